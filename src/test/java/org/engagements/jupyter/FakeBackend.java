package org.engagements.jupyter;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.engagements.display.MimeBundle;
import org.engagements.jupyter.wire.LanguageInfo;

/**
 * A scripted execution backend: each cell's code names a script set with {@link #on}; unknown code runs
 * as an empty, successful cell. Records what the kernel asked of it. Thread-safe.
 */
final class FakeBackend implements ExecutionBackend {
    static final Duration BOUND = Duration.ofSeconds(10);

    /** What a scripted cell does. */
    @FunctionalInterface
    interface Cell {
        ExecutionOutcome run(OutputListener live, FakeBackend backend) throws InterruptedException;
    }

    private final Map<String, Cell> cells = new ConcurrentHashMap<>();
    final BlockingQueue<String> interrupts = new LinkedBlockingQueue<>();
    final BlockingQueue<String> started = new LinkedBlockingQueue<>();
    final List<Integer> executionCounts = new CopyOnWriteArrayList<>();
    final AtomicInteger interruptCount = new AtomicInteger();
    final AtomicInteger restartCount = new AtomicInteger();
    final CountDownLatch closed = new CountDownLatch(1);
    /** The stdin of the cell running now (or last). */
    volatile Stdin stdin = Stdin.NONE;

    FakeBackend on(String code, Cell cell) {
        cells.put(code, cell);
        return this;
    }

    /** A cell that returns {@code text} as its text/plain value. */
    static Cell value(String text) {
        return (live, backend) -> ExecutionOutcome.ok(MimeBundle.text(text));
    }

    /** A cell that prints {@code text} on stdout and returns {@code value}. */
    static Cell printsThenValue(String text, String value) {
        return (live, backend) -> {
            live.stdout(text);
            return ExecutionOutcome.ok(MimeBundle.text(value));
        };
    }

    static Cell fails(String ename, String evalue) {
        return (live, backend) -> ExecutionOutcome.failed(ename, evalue, List.of("cell 1, line 1: " + evalue));
    }

    /** A cell that blocks until the kernel interrupts it (or the bound passes, a test failure). */
    static Cell blocksUntilInterrupted() {
        return (live, backend) -> {
            String signal = backend.interrupts.poll(BOUND.toMillis(), TimeUnit.MILLISECONDS);
            return signal == null ? ExecutionOutcome.failed("NotInterrupted", "no interrupt came", List.of())
                    : ExecutionOutcome.failed("Interrupted", "the cell was interrupted", List.of("Interrupted"));
        };
    }

    @Override
    public ExecutionOutcome execute(String code, int executionCount, OutputListener live, Stdin stdin) {
        this.stdin = stdin;
        executionCounts.add(executionCount);
        started.add(code);
        try {
            return cells.getOrDefault(code, (l, b) -> ExecutionOutcome.ok()).run(live, this);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ExecutionOutcome.failed("Interrupted", "thread interrupted", List.of());
        }
    }

    @Override
    public IsCompleteResult isComplete(String code) {
        if (code.endsWith("{")) {
            return IsCompleteResult.incomplete("    ");
        }
        return code.startsWith(")") ? IsCompleteResult.invalid() : IsCompleteResult.complete();
    }

    /** Completes the word before the cursor with "Alpha" or "Beta"; positions in chars. */
    @Override
    public CompletionResult complete(String code, int cursor) {
        int start = cursor;
        while (start > 0 && Character.isLetter(code.charAt(start - 1))) {
            start--;
        }
        return new CompletionResult(List.of("Alpha", "Beta"), start, cursor);
    }

    @Override
    public InspectionResult inspect(String code, int cursor, int detailLevel) {
        return code.contains("String") ? InspectionResult.found(MimeBundle.text("java.lang.String, level " + detailLevel
                + ", cursor " + cursor)) : InspectionResult.notFound();
    }

    @Override
    public void interrupt() {
        interruptCount.incrementAndGet();
        interrupts.add("interrupt");
    }

    @Override
    public void restart() {
        restartCount.incrementAndGet();
    }

    @Override
    public LanguageInfo languageInfo() {
        return new LanguageInfo("java", "17", "text/x-java-source", ".jsh", "java", "text/x-java", null);
    }

    @Override
    public void close() {
        closed.countDown();
    }
}
