package org.engagements.jupyter;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Debian's Jupyter Notebook 6 server ({@code /usr/bin/jupyter-notebook}) on 127.0.0.1 with a random token,
 * for a browser test: every Jupyter folder (JUPYTER_PATH, JUPYTER_CONFIG_DIR, JUPYTER_DATA_DIR,
 * JUPYTER_RUNTIME_DIR) and HOME lie in {@code work}, so nothing reads or writes the user's own
 * {@code ~/.jupyter}. Its output goes to {@code log}. {@link #close()} stops it and every process it started
 * (kernels and their JVMs). Not thread-safe: one test owns it.
 */
final class NotebookServer implements AutoCloseable {
    static final Path PROGRAM = Path.of("/usr/bin/jupyter-notebook");
    /** The line saying it serves, with the URL it serves at: {@code ... is running at:} then the URL. */
    private static final Pattern SERVING = Pattern.compile("(http://127\\.0\\.0\\.1:\\d+/[^?\\s]*)\\?token=");
    private static final Duration STOP_GRACE = Duration.ofSeconds(10);

    private final Process process;
    private final String token;
    private final String url;

    private NotebookServer(Process process, String token, String url) {
        this.process = process;
        this.token = token;
        this.url = url;
    }

    /**
     * Starts the server on the kernelspecs under {@code jupyterPath}, serving {@code notebooks}, with
     * {@code java} as JAVA_HOME for the kernels it starts; returns once it listens, or throws with its log
     * if it did not within {@code limit}.
     */
    static NotebookServer start(Path work, Path jupyterPath, Path notebooks, Path java, Path log, Duration limit)
            throws IOException, InterruptedException {
        byte[] secret = new byte[16];
        new SecureRandom().nextBytes(secret);
        String token = HexFormat.of().formatHex(secret);
        ProcessBuilder builder = new ProcessBuilder(PROGRAM.toString(), "--no-browser", "--allow-root",
                "--ip=127.0.0.1", "--port=" + freePort(), "--port-retries=50", "--NotebookApp.token=" + token,
                "--notebook-dir=" + notebooks).directory(notebooks.toFile()).redirectErrorStream(true);
        builder.environment().putAll(Map.of(
                "HOME", Files.createDirectories(work.resolve("home")).toString(),
                "JUPYTER_PATH", jupyterPath.toString(),
                "JUPYTER_CONFIG_DIR", Files.createDirectories(work.resolve("config")).toString(),
                "JUPYTER_DATA_DIR", Files.createDirectories(work.resolve("data")).toString(),
                "JUPYTER_RUNTIME_DIR", Files.createDirectories(work.resolve("runtime")).toString(),
                "JAVA_HOME", java.toString(),
                "PYTHONDONTWRITEBYTECODE", "1",
                "PYDEVD_DISABLE_FILE_VALIDATION", "1"));   // quiets ipykernel's debugger when listing kernels
        Process process = builder.start();
        try {
            return new NotebookServer(process, token, awaitUrl(process, log, limit));
        } catch (IOException | InterruptedException | RuntimeException | Error e) {
            new NotebookServer(process, token, "").close();
            throw e;
        }
    }

    /** The base URL, ending in {@code /}, as the server printed it. */
    String url() {
        return url;
    }

    String token() {
        return token;
    }

    /**
     * Stops the server with SIGTERM, as Ctrl-C would, so that it shuts its kernels down; whatever it started
     * that is still alive after a grace period is killed.
     */
    @Override
    public void close() throws InterruptedException {
        List<ProcessHandle> started = new ArrayList<>(process.descendants().toList());
        process.destroy();
        if (!process.waitFor(STOP_GRACE.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
        started.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
        process.waitFor(STOP_GRACE.toSeconds(), TimeUnit.SECONDS);
    }

    /** Copies the server's output to {@code log} until it says where it serves, then on in the background. */
    private static String awaitUrl(Process process, Path log, Duration limit) throws IOException, InterruptedException {
        CompletableFuture<String> ready = new CompletableFuture<>();
        Thread copier = new Thread(() -> copyOutput(process, log, ready), "notebook-server-output");
        copier.setDaemon(true);
        copier.start();
        try {
            return ready.get(limit.toSeconds(), TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            throw new AssertionError(PROGRAM + " did not start within " + limit + ":\n" + read(log));
        } catch (ExecutionException e) {
            throw new AssertionError(PROGRAM + " stopped before it served:\n" + read(log));
        }
    }

    private static void copyOutput(Process process, Path log, CompletableFuture<String> ready) {
        try (BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8)); Writer copy = Files.newBufferedWriter(log, StandardCharsets.UTF_8)) {
            for (String line = output.readLine(); line != null; line = output.readLine()) {
                copy.write(line + "\n");
                copy.flush();
                Matcher serving = SERVING.matcher(line);
                if (serving.find()) {
                    ready.complete(serving.group(1));
                }
            }
        } catch (IOException e) {
            ready.completeExceptionally(new UncheckedIOException(e));
        }
        ready.completeExceptionally(new IllegalStateException("the server's output ended"));
    }

    static String read(Path log) throws IOException {
        return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "(no output)";
    }

    /** A port free now; the server tries the next ones if another process takes it first. */
    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
