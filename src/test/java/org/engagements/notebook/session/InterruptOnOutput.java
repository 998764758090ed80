package org.engagements.notebook.session;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.engagements.notebook.CellOutput;

/**
 * The sink of a cell that a test interrupts once it has printed: another thread calls
 * {@link NotebookSession#interrupt()} on the first output, so the cell is stopped while it runs, not
 * before it began. {@link #join()} waits for that thread after the cell has ended.
 */
final class InterruptOnOutput implements OutputSink {
    private final CountDownLatch printed = new CountDownLatch(1);
    private final Thread interrupter;

    InterruptOnOutput(NotebookSession session) {
        interrupter = new Thread(() -> {
            try {
                if (printed.await(30, TimeUnit.SECONDS)) {
                    session.interrupt();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        interrupter.start();
    }

    @Override
    public void output(CellOutput output) {
        printed.countDown();
    }

    void join() throws InterruptedException {
        interrupter.join();
    }
}
