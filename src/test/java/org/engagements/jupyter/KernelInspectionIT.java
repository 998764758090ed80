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
 * Inspection through jupyter_client ({@code src/test/python/test_inspect.py}) against the kernel as
 * {@code kernel install} installs it from the built jar, on the JDK running the tests: inspect_request at
 * detail levels 0 and 1 shows the signatures and Javadoc of a JDK method, of Tablesaw's and of ours. So
 * this also checks what the build put beside the jar: {@code target/engagements-sources.jar} and the
 * library sources jars in {@code target/lib}.
 */
@Tag("python")
class KernelInspectionIT {
    private static final Duration INSTALL_LIMIT = Duration.ofMinutes(1);
    private static final Duration SUITE_LIMIT = Duration.ofMinutes(5);

    private static Path property(String name) {
        String value = System.getProperty(name);
        assertTrue(value != null, name + " is not set; failsafe sets it in pom.xml");
        return Path.of(value);
    }

    @Test
    void inspectRequestsShowSignaturesAndJavadocAtBothDetailLevels(@TempDir Path prefix)
            throws IOException, InterruptedException {
        Path jar = property("engagements.jar");
        Path tests = property("engagements.python.tests");
        String python = System.getProperty("engagements.python", "/usr/bin/python3");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");

        Path installLog = prefix.resolve("install.txt");
        int installed = ExternalCommand.run(List.of(java.toString(), "-jar", jar.toString(), "kernel", "install",
                "--prefix", prefix.toString()), jar.getParent(), Map.of(), installLog, INSTALL_LIMIT);
        assertEquals(0, installed, Files.readString(installLog, StandardCharsets.UTF_8));

        Path log = prefix.resolve("inspect.txt");
        int suite = ExternalCommand.run(List.of(python, "-m", "unittest", "-v", "test_inspect"), tests, Map.of(
                "JUPYTER_PATH", prefix.resolve("share").resolve("jupyter").toString(),
                "JUPYTER_RUNTIME_DIR", prefix.resolve("runtime").toString(),
                "PYTHONDONTWRITEBYTECODE", "1"), log, SUITE_LIMIT);
        assertEquals(0, suite, "inspecting through jupyter_client failed on Java " + Runtime.version().feature()
                + ":\n" + Files.readString(log, StandardCharsets.UTF_8));
    }
}
