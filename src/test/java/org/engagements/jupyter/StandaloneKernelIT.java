package org.engagements.jupyter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.engagements.jupyter.wire.ControlContent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code engagements kernel} started by hand, without Jupyter's connection file, writes its own: it holds
 * the signing key, so the kernel deletes it when it ends, whether asked to by a client or by SIGTERM.
 */
class StandaloneKernelIT {
    @TempDir
    Path temp;

    private Process start() throws IOException {
        String jar = System.getProperty("engagements.jar");
        assertTrue(jar != null && Files.isRegularFile(Path.of(jar)), "engagements.jar is not built: " + jar);
        return new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.io.tmpdir=" + temp, "-Djava.awt.headless=true", "-jar", jar, "kernel")
                .redirectErrorStream(true).start();
    }

    /** The path the kernel announces on its first line. */
    private static Path announced(Process kernel) throws IOException {
        BufferedReader lines = new BufferedReader(new InputStreamReader(kernel.getInputStream(), StandardCharsets.UTF_8));
        String prefix = "kernel: connection file ";
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            if (line.startsWith(prefix)) {
                return Path.of(line.substring(prefix.length()));
            }
        }
        throw new AssertionError("the kernel ended without announcing its connection file");
    }

    private List<Path> connectionFiles() throws IOException {
        try (var files = Files.list(temp)) {
            return files.filter(file -> file.getFileName().toString().startsWith("kernel-engagements-")).toList();
        }
    }

    @Test
    void aShutdownRequestDeletesTheConnectionFile() throws Exception {
        Process kernel = start();
        try {
            Path file = announced(kernel);
            assertTrue(Files.isRegularFile(file));
            assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(
                    Files.getPosixFilePermissions(file)));
            try (KernelClient client = new KernelClient(ConnectionFile.read(file))) {
                client.awaitReady();
                client.control(new ControlContent.ShutdownRequest(false));
                client.controlReply();
            }
            assertTrue(kernel.waitFor(30, TimeUnit.SECONDS), "the kernel did not end after shutdown_request");
            assertEquals(List.of(), connectionFiles());
        } finally {
            kernel.destroyForcibly();
        }
    }

    @Test
    void sigtermDeletesTheConnectionFile() throws Exception {
        Process kernel = start();
        try {
            Path file = announced(kernel);
            assertTrue(Files.isRegularFile(file));
            kernel.destroy();
            assertTrue(kernel.waitFor(30, TimeUnit.SECONDS), "the kernel did not end on SIGTERM");
            assertFalse(Files.exists(file), "left " + file);
            assertEquals(List.of(), connectionFiles());
        } finally {
            kernel.destroyForcibly();
        }
    }
}
