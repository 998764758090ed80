package org.engagements.jupyter;


import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Input and updating displays through jupyter_client ({@code src/test/python/test_io.py}) against the
 * kernel as {@code kernel install} installs it, on the JDK running the tests: input_request with its
 * prompt and password mode, the reply fed to the cell, an empty reply as the end of input, the error
 * without allow_stdin, an interrupt while waiting; update_display_data with the display's id,
 * clear_output, a progress bar updated in place.
 */
@Tag("python")
class KernelIoIT {
    @Test
    void cellsReadInputAndUpdateTheirDisplaysThroughJupyterClient(@TempDir Path prefix)
            throws IOException, InterruptedException {
        PythonKernelTests.requirePasses(prefix, "test_io", "input and display updates through jupyter_client", Duration.ofMinutes(5));
    }
}
