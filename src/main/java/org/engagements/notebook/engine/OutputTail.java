package org.engagements.notebook.engine;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * The last few kilobytes a process wrote to its own standard output and error (JVM warnings, crash
 * notes), kept for the message that reports its death. A daemon thread drains the stream so the
 * process never blocks on a full pipe. Thread safe.
 */
final class OutputTail {
    private static final int LIMIT = 4096;
    private static final long FINAL_READ_MILLIS = 2000;
    private final StringBuilder tail = new StringBuilder();
    private Thread drainer;

    static OutputTail drain(InputStream stream, String threadName) {
        OutputTail output = new OutputTail();
        output.drainer = new Thread(() -> output.readAll(stream), threadName);
        output.drainer.setDaemon(true);
        output.drainer.start();
        return output;
    }

    private void readAll(InputStream stream) {
        byte[] buffer = new byte[1024];
        try (stream) {
            for (int n = stream.read(buffer); n != -1; n = stream.read(buffer)) {
                append(new String(buffer, 0, n, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            append("(output unreadable: " + e.getMessage() + ")");
        }
    }

    private synchronized void append(String text) {
        tail.append(text);
        if (tail.length() > LIMIT) {
            tail.delete(0, tail.length() - LIMIT);
        }
    }

    /** What was kept, trimmed, once the process has ended: waits a little for its last words. */
    String finalText() {
        try {
            drainer.join(FINAL_READ_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (this) {
            return tail.toString().strip();
        }
    }
}
