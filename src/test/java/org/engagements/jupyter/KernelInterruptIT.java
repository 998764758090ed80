package org.engagements.jupyter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
 * Interrupts through jupyter_client ({@code src/test/python/test_interrupt.py}) against the kernel as
 * {@code kernel install} installs it, on the JDK running the tests: once with Jupyter's interrupt
 * message, once with its signal (a second kernelspec with {@code interrupt_mode: signal}). An endless
 * loop, a sleep, blocking I/O, a loop that swallows every Throwable and nested calls each stop within a
 * second, and the next cell sees the variables of earlier ones.
 */
@Tag("python")
class KernelInterruptIT {
    private static final Duration INSTALL_LIMIT = Duration.ofMinutes(1);
    private static final Duration SUITE_LIMIT = Duration.ofMinutes(5);

    private static Path property(String name) {
        String value = System.getProperty(name);
        assertTrue(value != null, name + " is not set; failsafe sets it in pom.xml");
        return Path.of(value);
    }

    @Test
    void interruptsStopCellsAndKeepTheSessionInBothModes(@TempDir Path prefix) throws IOException, InterruptedException {
        Path jar = property("engagements.jar");
        Path tests = property("engagements.python.tests");
        String python = System.getProperty("engagements.python", "/usr/bin/python3");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");

        Path installLog = prefix.resolve("install.txt");
        int installed = ExternalCommand.run(List.of(java.toString(), "-jar", jar.toString(), "kernel", "install",
                "--prefix", prefix.toString()), jar.getParent(), Map.of(), installLog, INSTALL_LIMIT);
        assertEquals(0, installed, Files.readString(installLog, StandardCharsets.UTF_8));
        Path kernels = prefix.resolve("share/jupyter/kernels");
        ObjectMapper json = new ObjectMapper();
        ObjectNode spec = (ObjectNode) json.readTree(kernels.resolve("engagements-java/kernel.json").toFile());
        spec.put("interrupt_mode", "signal");
        Files.createDirectories(kernels.resolve("engagements-java-signal"));
        json.writeValue(kernels.resolve("engagements-java-signal/kernel.json").toFile(), spec);

        Path log = prefix.resolve("interrupt.txt");
        int suite = ExternalCommand.run(List.of(python, "-m", "unittest", "-v", "test_interrupt"), tests, Map.of(
                "JUPYTER_PATH", prefix.resolve("share").resolve("jupyter").toString(),
                "JUPYTER_RUNTIME_DIR", prefix.resolve("runtime").toString(),
                "KERNEL_NAMES", "engagements-java,engagements-java-signal",
                "PYTHONDONTWRITEBYTECODE", "1"), log, SUITE_LIMIT);
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertEquals(0, suite, "interrupting through jupyter_client failed on Java "
                + Runtime.version().feature() + ":\n" + output);
    }
}
