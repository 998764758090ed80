package org.engagements.jupyter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.engagements.ExternalTool;

/**
 * What the ITs that drive the kernel from Python share: the kernelspec installed by the built jar
 * ({@code kernel install --prefix}) into a test's own folder, and a unittest module of
 * {@code src/test/python} run against it with {@code /usr/bin/python3} (the Debian Python that has
 * jupyter_client), JUPYTER_PATH pointing there. Failsafe sets the properties in pom.xml.
 */
final class PythonKernelTests {
    private static final Duration INSTALL_LIMIT = Duration.ofMinutes(1);

    private PythonKernelTests() {
    }

    static Path property(String name) {
        String value = System.getProperty(name);
        assertTrue(value != null, name + " is not set; failsafe sets it in pom.xml");
        return Path.of(value);
    }

    /** Installs our kernelspec under {@code prefix}; returns its kernels folder. */
    static Path installKernel(Path prefix) throws IOException, InterruptedException {
        Path jar = property("engagements.jar");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path installLog = prefix.resolve("install.txt");
        int installed = ExternalCommand.run(List.of(java.toString(), "-jar", jar.toString(), "kernel", "install",
                "--prefix", prefix.toString()), jar.getParent(), Map.of(), installLog, INSTALL_LIMIT);
        assertEquals(0, installed, Files.readString(installLog, StandardCharsets.UTF_8));
        return prefix.resolve("share/jupyter/kernels");
    }

    /**
     * Runs {@code python3 -m unittest -v MODULE} against the kernels under {@code prefix}, its output to
     * {@code log}; returns its exit status and output.
     */
    static Outcome runModule(Path prefix, String module, Map<String, String> environment, Path log, Duration limit)
            throws IOException, InterruptedException {
        ExternalTool.require("jupyter_kernel_test", "jupyter_client", "ipykernel");
        String python = ExternalTool.PYTHON;
        Map<String, String> all = new HashMap<>(environment);
        all.put("JUPYTER_PATH", prefix.resolve("share").resolve("jupyter").toString());
        all.put("JUPYTER_RUNTIME_DIR", prefix.resolve("runtime").toString());
        all.put("PYTHONDONTWRITEBYTECODE", "1");
        int status = ExternalCommand.run(List.of(python, "-m", "unittest", "-v", module),
                property("engagements.python.tests"), all, log, limit);
        return new Outcome(status, Files.readString(log, StandardCharsets.UTF_8));
    }

    /** Installs the kernel, runs {@code module} and requires it to pass; {@code what} names it in the failure. */
    static void requirePasses(Path prefix, String module, String what, Duration limit)
            throws IOException, InterruptedException {
        installKernel(prefix);
        Outcome outcome = runModule(prefix, module, Map.of(), prefix.resolve(module + ".txt"), limit);
        assertEquals(0, outcome.status(), what + " failed on Java " + Runtime.version().feature() + ":\n"
                + outcome.output());
    }

    record Outcome(int status, String output) {
    }
}
