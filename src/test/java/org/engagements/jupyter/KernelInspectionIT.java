package org.engagements.jupyter;


import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
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
    @Test
    void inspectRequestsShowSignaturesAndJavadocAtBothDetailLevels(@TempDir Path prefix)
            throws IOException, InterruptedException {
        PythonKernelTests.requirePasses(prefix, "test_inspect", "inspecting through jupyter_client", Duration.ofMinutes(5));
    }
}
