package org.engagements.jupyter;

import java.util.Optional;
import java.util.logging.Logger;

/**
 * Ends the kernel when the Jupyter process that started it is gone, as ipykernel's parent poller
 * does: a server killed with {@code kill -9} cannot send {@code shutdown_request}, and the kernel and
 * its notebook JVM would otherwise live on. Jupyter names its process in the {@code JPY_PARENT_PID}
 * environment variable; without it (a kernel started by hand) nothing is watched. PID 1 is never
 * watched: it is init, which a process is re-parented to, not a front end.
 */
final class ParentWatch {
    static final String VARIABLE = "JPY_PARENT_PID";
    private static final Logger LOG = Logger.getLogger(ParentWatch.class.getName());

    private ParentWatch() {
    }

    /**
     * Runs {@code onExit} once the process {@code parentPid} (the value of {@link #VARIABLE}) has
     * ended, at once if it already has. Returns whether a process is watched.
     */
    static boolean watch(String parentPid, Runnable onExit) {
        Optional<Long> pid = parse(parentPid);
        if (pid.isEmpty()) {
            return false;
        }
        Optional<ProcessHandle> parent = ProcessHandle.of(pid.get());
        if (parent.isEmpty()) {
            LOG.warning(VARIABLE + "=" + pid.get() + ": no such process; the kernel ends");
            onExit.run();
            return true;
        }
        parent.get().onExit().thenRun(() -> {
            LOG.warning("the Jupyter process " + pid.get() + " that started this kernel has ended; the kernel ends");
            onExit.run();
        });
        return true;
    }

    private static Optional<Long> parse(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            long pid = Long.parseLong(value.strip());
            return pid > 1 ? Optional.of(pid) : Optional.empty();
        } catch (NumberFormatException e) {
            LOG.warning(VARIABLE + "=" + value + ": expected a process id; not watching a parent");
            return Optional.empty();
        }
    }
}
