package org.engagements.jupyter;


import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * History requests through jupyter_client ({@code src/test/python/test_history.py}) against the kernel as
 * {@code kernel install} installs it: tail with n, range over the current and the previous session, search
 * with glob patterns, unique and n, outputs, silent cells left out, a restart starting a new session.
 */
@Tag("python")
class KernelHistoryIT {
    @Test
    void consolesRecallEarlierCellsThroughJupyterClient(@TempDir Path prefix) throws IOException, InterruptedException {
        PythonKernelTests.requirePasses(prefix, "test_history", "history through jupyter_client", Duration.ofMinutes(3));
    }
}
