package org.engagements.data;

import java.util.concurrent.Callable;

/**
 * One task run on a thread of its own while the caller does other work: loading has independent
 * halves (engagements; articles, their texts and mentions) and the machine at least two cores.
 * {@link #join()} returns the task's result or rethrows its failure as it was thrown, so an
 * {@link OutOfMemoryError} still reaches the loader's boundary and a bug keeps its stack trace. The
 * task must not share mutable state with the caller until {@code join} returns (which publishes it).
 */
final class BackgroundTask<T> {
    private final Thread thread;
    private T result;
    private Throwable failure;

    private BackgroundTask(String name, Callable<T> task) {
        thread = new Thread(() -> {
            try {
                result = task.call();
            } catch (Throwable e) {   // handed to join(), which rethrows it in the caller
                failure = e;
            }
        }, name);
        thread.setDaemon(true);
    }

    /** Starts {@code task} on a new daemon thread named {@code name}. */
    static <T> BackgroundTask<T> start(String name, Callable<T> task) {
        BackgroundTask<T> background = new BackgroundTask<>(name, task);
        background.thread.start();
        return background;
    }

    /** Waits for the task; its result, or its exception or error rethrown unchanged. */
    T join() {
        boolean interrupted = false;
        while (true) {
            try {
                thread.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;   // the task cannot be abandoned half-way: wait, then restore the flag
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        if (failure instanceof RuntimeException e) {
            throw e;
        }
        if (failure instanceof Error e) {
            throw e;
        }
        if (failure != null) {
            throw new IllegalStateException("background task failed: " + failure, failure);
        }
        return result;
    }
}
