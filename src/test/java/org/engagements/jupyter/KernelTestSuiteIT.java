package org.engagements.jupyter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
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
    private static final Duration SUITE_LIMIT = Duration.ofMinutes(5);

    @Test
    void passesJupytersKernelTestSuite(@TempDir Path prefix) throws IOException, InterruptedException {
        PythonKernelTests.installKernel(prefix);
        PythonKernelTests.Outcome suite = PythonKernelTests.runModule(prefix, "test_kernel", Map.of(),
                PythonKernelTests.property("engagements.kernel.test.log"), SUITE_LIMIT);
        assertEquals(0, suite.status(), "Jupyter's kernel test suite failed:\n" + suite.output());
    }
}
