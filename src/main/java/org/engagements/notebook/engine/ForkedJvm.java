package org.engagements.notebook.engine;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;

/**
 * A notebook's JVM as seen from the host: the process running {@link Agent}, its socket, and what
 * it printed outside JShell's streams. Owning the process (rather than letting JDI own it) is what
 * gives the exit status of a {@code System.exit(3)}. Thread safe.
 */
public final class ForkedJvm implements AutoCloseable {
    private static final Duration CONNECT_LIMIT = Duration.ofSeconds(60);
    private static final Duration EXIT_WAIT = Duration.ofSeconds(5);

    private final Process process;
    private final Socket socket;
    private final OutputTail tail;

    private ForkedJvm(Process process, Socket socket, OutputTail tail) {
        this.process = process;
        this.socket = socket;
        this.tail = tail;
    }

    /** Starts {@code java <vmOptions> Agent <port>} in {@code directory} and waits for it to connect. */
    static ForkedJvm start(List<String> vmOptions, Path directory) throws IOException {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.addAll(vmOptions);
            command.add(Agent.class.getName());
            command.add(Integer.toString(server.getLocalPort()));
            Process process = new ProcessBuilder(command).directory(directory.toFile())
                    .redirectErrorStream(true).start();
            OutputTail tail = OutputTail.drain(process.getInputStream(), "engagements-jvm-output");
            Socket socket = accept(server, process, tail);
            socket.setTcpNoDelay(true);
            return new ForkedJvm(process, socket, tail);
        }
    }

    private static Socket accept(ServerSocket server, Process process, OutputTail tail) throws IOException {
        long deadline = System.nanoTime() + CONNECT_LIMIT.toNanos();
        server.setSoTimeout(100);
        while (true) {
            try {
                return server.accept();
            } catch (SocketTimeoutException e) {
                if (!process.isAlive() || System.nanoTime() > deadline) {
                    String why = process.isAlive() ? "it did not connect within " + CONNECT_LIMIT.toSeconds() + " s"
                            : "it exited before connecting";
                    process.destroyForcibly();
                    throw new IOException(why + ": " + tail.finalText());
                }
            }
        }
    }

    InputStream input() throws IOException {
        return socket.getInputStream();
    }

    OutputStream output() throws IOException {
        return socket.getOutputStream();
    }

    /** Asks the agent to stop the notebook code it is running; harmless when it runs none. */
    synchronized void interrupt() {
        try {
            OutputStream control = process.getOutputStream();
            control.write(Agent.STOP);
            control.flush();
        } catch (IOException e) {
            // the JVM is gone; the session notices on its own
        }
    }

    /** Sends the answer to a request for input (see {@link InputAnswer}); dropped if the JVM is gone. */
    public synchronized void answerInput(InputAnswer answer) {
        try {
            DataOutputStream control = new DataOutputStream(process.getOutputStream());
            control.write(Agent.INPUT);
            answer.writeTo(control);
            control.flush();
        } catch (IOException e) {
            // the JVM is gone; the session notices on its own
        }
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** The exit status, after waiting a few seconds for the process to end; empty if it has not. */
    public OptionalInt awaitExit() {
        try {
            return process.waitFor(EXIT_WAIT.toMillis(), TimeUnit.MILLISECONDS)
                    ? OptionalInt.of(process.exitValue()) : OptionalInt.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return OptionalInt.empty();
        }
    }

    /**
     * What the JVM printed on its own standard output and error (not the notebook's streams), such
     * as a crash report. Call after it has ended.
     */
    public String diagnostics() {
        return tail.finalText();
    }

    /** Ends the process at once. */
    public void kill() {
        process.destroyForcibly();
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException e) {
            // closing anyway
        }
        try {
            process.getOutputStream().close();   // end of input: the agent halts
        } catch (IOException e) {
            // the process is already gone
        }
        if (awaitExit().isEmpty()) {
            kill();
        }
    }
}
