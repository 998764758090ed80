package org.engagements.notebook.session;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Stops a cell from a daemon thread, at its time limit or when a person interrupts it: asks the
 * running code to stop, again every {@link #STOP_REPEAT} (a request that arrives while the host is
 * still compiling finds no code to stop), and if the code is still running after a grace period, ends
 * the JVM. Thread safe.
 */
final class Watchdog implements AutoCloseable {
    /** How often a stop request is repeated while the code keeps running. */
    static final Duration STOP_REPEAT = Duration.ofMillis(100);

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "engagements-watchdog");
        thread.setDaemon(true);
        return thread;
    });

    /** Why a guard stopped its evaluation. */
    enum Reason {
        TIME_LIMIT, INTERRUPT
    }

    /** Watches one evaluation; close it when the evaluation returns. */
    final class Guard implements AutoCloseable {
        private final Runnable stop;
        private final Duration grace;
        private final Runnable kill;
        private final ScheduledFuture<?> limiter;
        private ScheduledFuture<?> repeater;        // guarded by this
        private ScheduledFuture<?> killer;          // guarded by this
        private boolean closed;                     // guarded by this
        private volatile Reason reason;
        private volatile boolean killed;

        private Guard(Duration limit, Runnable stop, Duration grace, Runnable kill) {
            this.stop = stop;
            this.grace = grace;
            this.kill = kill;
            limiter = timer.schedule(() -> fire(Reason.TIME_LIMIT), limit.toNanos(), TimeUnit.NANOSECONDS);
        }

        /** Stops the evaluation now, as the time limit would; nothing once it has fired or closed. */
        void interrupt() {
            fire(Reason.INTERRUPT);
        }

        private synchronized void fire(Reason why) {
            if (reason != null || closed) {
                return;
            }
            reason = why;
            try {
                repeater = timer.scheduleWithFixedDelay(stop, 0, STOP_REPEAT.toNanos(), TimeUnit.NANOSECONDS);
                killer = timer.schedule(() -> {
                    killed = true;
                    kill.run();
                }, grace.toNanos(), TimeUnit.NANOSECONDS);
            } catch (RejectedExecutionException closing) {
                stop.run();     // the session is closing, which ends its JVM anyway
            }
        }

        /** Whether a stop was requested, by the time limit or an interrupt. */
        boolean fired() {
            return reason != null;
        }

        /** Why the stop was requested, once it was. */
        Optional<Reason> reason() {
            return Optional.ofNullable(reason);
        }

        /** Whether the grace period passed too and the JVM was ended. */
        boolean killed() {
            return killed;
        }

        @Override
        public synchronized void close() {
            closed = true;
            limiter.cancel(false);
            if (repeater != null) {
                repeater.cancel(false);
            }
            if (killer != null) {
                killer.cancel(false);
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
