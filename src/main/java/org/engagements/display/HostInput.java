package org.engagements.display;

import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

/**
 * The standard input of a notebook's JVM: each read that finds nothing left asks the host for a line
 * with an {@link DisplayFrame.InputRequested} frame and waits for the answer, which the engine's
 * agent hands to {@link #answer} or {@link #refuse}. The host asks the person (Jupyter's
 * {@code input_request}) or refuses (a batch run, {@code allow_stdin} false).
 *
 * <ul>
 *   <li>A line is read as its text and a newline.
 *   <li>The end of input (Jupyter: an empty reply) makes that read return -1, as Ctrl-D does in a
 *       terminal; the next read asks again.
 *   <li>A refusal throws {@link NoInputException} with the host's reason.
 *   <li>An interrupt (the cell being stopped) ends the wait with an {@link InterruptedIOException};
 *       an answer that comes later is dropped.
 * </ul>
 *
 * <p>Thread safe: reads are serialised; answers come on another thread.
 */
public final class HostInput extends InputStream {
    private final Predicate<DisplayFrame.InputRequested> requests;      // true when sent
    private final AtomicLong numbers = new AtomicLong();
    private volatile Pending pending;           // the request waiting for its answer, if any
    private byte[] buffer = new byte[0];        // guarded by this: the rest of the last line
    private int position;                       // guarded by this

    /** The host's answer to one request: a line, the end of input (no line), or a refusal. */
    private record Answer(Optional<String> line, Optional<String> refusal) {
    }

    private record Pending(long request, CompletableFuture<Answer> answer) {
    }

    /** An input that sends its requests with {@code requests}, which says whether it could. */
    HostInput(Predicate<DisplayFrame.InputRequested> requests) {
        this.requests = Objects.requireNonNull(requests, "requests");
    }

    /** An input that asks on the display channel ({@link Display#attach}), as the engine's agent needs. */
    public static HostInput overDisplayChannel() {
        return new HostInput(Display::send);
    }

    @Override
    public synchronized int read() throws InterruptedIOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) == -1 ? -1 : one[0] & 0xFF;
    }

    @Override
    public synchronized int read(byte[] bytes, int offset, int length) throws InterruptedIOException {
        Objects.checkFromIndexSize(offset, length, bytes.length);
        if (length == 0) {
            return 0;
        }
        if (position == buffer.length) {
            Optional<String> line = ask("", false);
            if (line.isEmpty()) {
                return -1;
            }
            buffer = (line.get() + "\n").getBytes(StandardCharsets.UTF_8);
            position = 0;
        }
        int count = Math.min(length, buffer.length - position);
        System.arraycopy(buffer, position, bytes, offset, count);
        position += count;
        return count;
    }

    @Override
    public synchronized int available() {
        return buffer.length - position;
    }

    /**
     * Asks the host for one line, with {@code prompt}, hidden if {@code password}: the line without its
     * newline, or empty at the end of input. Does not touch what earlier reads left unread.
     *
     * @throws NoInputException      when the host has no input to give
     * @throws InterruptedIOException when the thread is interrupted (the cell is stopped) meanwhile
     */
    synchronized Optional<String> ask(String prompt, boolean password) throws InterruptedIOException {
        Pending asked = new Pending(numbers.incrementAndGet(), new CompletableFuture<>());
        pending = asked;
        try {
            if (!requests.test(new DisplayFrame.InputRequested(asked.request(), password, prompt))) {
                throw new NoInputException("standard input cannot be read: there is no host to ask");
            }
            Answer answer = asked.answer().get();
            if (answer.refusal().isPresent()) {
                throw new NoInputException(answer.refusal().get());
            }
            return answer.line();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting for input");
        } catch (ExecutionException e) {
            throw new IllegalStateException("an input answer failed", e.getCause());
        } finally {
            pending = null;
        }
    }

    /** The host's answer to {@code request}: a line (without newline), or empty for the end of input. */
    public void answer(long request, Optional<String> line) {
        complete(request, new Answer(line, Optional.empty()));
    }

    /** The host has no input for {@code request}, for {@code reason} (a sentence for the person). */
    public void refuse(long request, String reason) {
        complete(request, new Answer(Optional.empty(), Optional.of(reason)));
    }

    /** Hands the answer to the read waiting for it; dropped when that read is no longer waiting. */
    private void complete(long request, Answer answer) {
        Pending waiting = pending;
        if (waiting != null && waiting.request() == request) {
            waiting.answer().complete(answer);
        }
    }
}
