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
 * Jupyter's own kernel test suite ({@code src/test/python/test_kernel.py}, a jupyter_kernel_test.KernelTests)
 * against the built jar: installs the kernelspec into a temporary prefix with {@code kernel install}, then
 * runs {@code /usr/bin/python3 -m unittest} with JUPYTER_PATH pointing there. Failsafe runs it in
 * {@code mvn verify}, after {@code package}; {@code -DskipITs} skips it. The suite's output is kept in
 * {@code target/kernel-test-suite.txt}.
 */
@Tag("python")
class KernelTestSuiteIT {
    private static final Duration INSTALL_LIMIT = Duration.ofMinutes(1);
    private static final Duration SUITE_LIMIT = Duration.ofMinutes(5);

    private static Path property(String name) {
        String value = System.getProperty(name);
        assertTrue(value != null, name + " is not set; failsafe sets it in pom.xml");
        return Path.of(value);
    }

    @Test
    void passesJupytersKernelTestSuite(@TempDir Path prefix) throws IOException, InterruptedException {
        Path jar = property("engagements.jar");
        Path tests = property("engagements.python.tests");
        Path log = property("engagements.kernel.test.log");
        String python = System.getProperty("engagements.python", "/usr/bin/python3");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");

        Path installLog = prefix.resolve("install.txt");
        int installed = ExternalCommand.run(List.of(java.toString(), "-jar", jar.toString(), "kernel", "install", "--prefix",
                prefix.toString()), jar.getParent(), Map.of(), installLog, INSTALL_LIMIT);
        assertEquals(0, installed, Files.readString(installLog, StandardCharsets.UTF_8));

        int suite = ExternalCommand.run(List.of(python, "-m", "unittest", "-v", "test_kernel"), tests, Map.of(
                "JUPYTER_PATH", prefix.resolve("share").resolve("jupyter").toString(),
                "JUPYTER_RUNTIME_DIR", prefix.resolve("runtime").toString(),
                "PYTHONDONTWRITEBYTECODE", "1"), log, SUITE_LIMIT);
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertTrue(!output.contains("No module named"), "python3 lacks the Jupyter test packages (Debian: "
                + "python3-jupyter-kernel-test python3-jupyter-client python3-ipykernel):\n" + output);
        assertEquals(0, suite, "Jupyter's kernel test suite failed:\n" + output);
    }
}
