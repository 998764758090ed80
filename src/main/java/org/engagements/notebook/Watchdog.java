package org.engagements.notebook;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Enforces a cell's time limit from a daemon thread: when the limit passes it asks the running code
 * to stop; if the code is still running after a grace period, it ends the JVM. Thread safe.
 */
final class Watchdog implements AutoCloseable {
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "engagements-watchdog");
        thread.setDaemon(true);
        return thread;
    });

    /** Watches one evaluation; close it when the evaluation returns. */
    final class Guard implements AutoCloseable {
        private final ScheduledFuture<?> stopper;
        private volatile ScheduledFuture<?> killer;
        private volatile boolean fired;
        private volatile boolean killed;

        private Guard(Duration limit, Runnable stop, Duration grace, Runnable kill) {
            stopper = timer.schedule(() -> {
                fired = true;
                stop.run();
                killer = timer.schedule(() -> {
                    killed = true;
                    kill.run();
                }, grace.toNanos(), TimeUnit.NANOSECONDS);
            }, limit.toNanos(), TimeUnit.NANOSECONDS);
        }

        /** Whether the limit passed and a stop was requested. */
        boolean fired() {
            return fired;
        }

        /** Whether the grace period passed too and the JVM was ended. */
        boolean killed() {
            return killed;
        }

        @Override
        public void close() {
            stopper.cancel(false);
            ScheduledFuture<?> pending = killer;
            if (pending != null) {
                pending.cancel(false);
            }
        }
    }

    /** Runs {@code stop} after {@code limit}, then {@code kill} after a further {@code grace}. */
    Guard arm(Duration limit, Runnable stop, Duration grace, Runnable kill) {
        return new Guard(limit, stop, grace, kill);
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
