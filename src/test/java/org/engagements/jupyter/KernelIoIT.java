package org.engagements.jupyter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
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
    private static final Duration INSTALL_LIMIT = Duration.ofMinutes(1);
    private static final Duration SUITE_LIMIT = Duration.ofMinutes(5);

    private static Path property(String name) {
        String value = System.getProperty(name);
        assertTrue(value != null, name + " is not set; failsafe sets it in pom.xml");
        return Path.of(value);
    }

    @Test
    void cellsReadInputAndUpdateTheirDisplaysThroughJupyterClient(@TempDir Path prefix)
            throws IOException, InterruptedException {
        Path jar = property("engagements.jar");
        Path tests = property("engagements.python.tests");
        String python = System.getProperty("engagements.python", "/usr/bin/python3");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");

        Path installLog = prefix.resolve("install.txt");
        int installed = ExternalCommand.run(List.of(java.toString(), "-jar", jar.toString(), "kernel", "install",
                "--prefix", prefix.toString()), jar.getParent(), Map.of(), installLog, INSTALL_LIMIT);
        assertEquals(0, installed, Files.readString(installLog, StandardCharsets.UTF_8));

        Path log = prefix.resolve("io.txt");
        int suite = ExternalCommand.run(List.of(python, "-m", "unittest", "-v", "test_io"), tests, Map.of(
                "JUPYTER_PATH", prefix.resolve("share").resolve("jupyter").toString(),
                "JUPYTER_RUNTIME_DIR", prefix.resolve("runtime").toString(),
                "PYTHONDONTWRITEBYTECODE", "1"), log, SUITE_LIMIT);
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertEquals(0, suite, "input and display updates through jupyter_client failed on Java "
                + Runtime.version().feature() + ":\n" + output);
    }
}
