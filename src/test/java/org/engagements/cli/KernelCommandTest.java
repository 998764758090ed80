package org.engagements.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KernelCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void installWritesAKernelspecThatLaunchesThisKernelByAbsolutePath(@TempDir Path prefix) throws IOException {
        assertEquals(0, run("kernel", "install", "--prefix", prefix.toString()), err.toString());

        Path file = prefix.resolve("share/jupyter/kernels/engagements-java/kernel.json");
        JsonNode spec = new ObjectMapper().readTree(file.toFile());
        List<String> argv = new ArrayList<>();
        spec.get("argv").forEach(node -> argv.add(node.asText()));
        assertTrue(Path.of(argv.get(0)).isAbsolute(), argv.toString());
        assertEquals(List.of("kernel", "--connection-file", "{connection_file}"), argv.subList(argv.size() - 3, argv.size()));
        assertEquals("Java (engagements)", spec.get("display_name").asText());
        assertEquals("message", spec.get("interrupt_mode").asText());
        assertTrue(out.toString().contains(file.toString()), out.toString());
    }

    @Test
    void installTakesAName(@TempDir Path prefix) {
        assertEquals(0, run("kernel", "install", "--prefix", prefix.toString(), "--name", "java-dev"));
        assertTrue(Files.exists(prefix.resolve("share/jupyter/kernels/java-dev/kernel.json")));
    }

    @Test
    void userAndPrefixExcludeEachOther(@TempDir Path prefix) {
        assertEquals(1, run("kernel", "install", "--user", "--prefix", prefix.toString()));
        assertTrue(err.toString().contains("mutually exclusive"), err.toString());
    }

    @Test
    void anUnreadableConnectionFileIsAUserErrorNamingTheFile(@TempDir Path folder) {
        Path missing = folder.resolve("kernel-1.json");
        assertEquals(1, run("kernel", "--connection-file", missing.toString()));
        assertTrue(err.toString().startsWith("error: " + missing + ": cannot read connection file"), err.toString());
    }

    @Test
    void aNonLoopbackAddressIsRefusedWithAHintAtAllowRemote(@TempDir Path folder) throws IOException {
        Path file = Files.writeString(folder.resolve("kernel-2.json"), """
                {"ip": "0.0.0.0", "transport": "tcp", "key": "k", "signature_scheme": "hmac-sha256",
                 "shell_port": 0, "iopub_port": 0, "stdin_port": 0, "control_port": 0, "hb_port": 0}""");
        assertEquals(1, run("kernel", "--connection-file", file.toString()));
        assertTrue(err.toString().contains("--allow-remote"), err.toString());
    }
}
