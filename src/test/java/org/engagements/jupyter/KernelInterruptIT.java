package org.engagements.jupyter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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
    private static final Duration SUITE_LIMIT = Duration.ofMinutes(5);

    @Test
    void interruptsStopCellsAndKeepTheSessionInBothModes(@TempDir Path prefix) throws IOException, InterruptedException {
        Path kernels = PythonKernelTests.installKernel(prefix);
        ObjectMapper json = new ObjectMapper();
        ObjectNode spec = (ObjectNode) json.readTree(kernels.resolve("engagements-java/kernel.json").toFile());
        spec.put("interrupt_mode", "signal");
        Files.createDirectories(kernels.resolve("engagements-java-signal"));
        json.writeValue(kernels.resolve("engagements-java-signal/kernel.json").toFile(), spec);

        PythonKernelTests.Outcome suite = PythonKernelTests.runModule(prefix, "test_interrupt",
                Map.of("KERNEL_NAMES", "engagements-java,engagements-java-signal"), prefix.resolve("interrupt.txt"),
                SUITE_LIMIT);
        assertEquals(0, suite.status(), "interrupting through jupyter_client failed on Java "
                + Runtime.version().feature() + ":\n" + suite.output());
    }
}
