package org.engagements.core;

import java.util.Optional;

/**
 * The {@code PID-N} tag in the names of temporary files and folders a writer leaves beside its target
 * ({@link AtomicFile}'s {@code .NAME.PID-N.tmp}, the data writer's staging folders): it says which
 * process made them, so the next writer can tell the leftovers of a killed process from the work of
 * one still running. Stateless.
 */
public final class WriterTag {
    private WriterTag() {
    }

    /** The start of this process's tags; the temporary-file API appends the {@code N}. */
    public static String thisProcess() {
        return ProcessHandle.current().pid() + "-";
    }

    /** The process a {@code PID-N} tag names, or empty when {@code tag} is not one. */
    public static Optional<Long> processOf(String tag) {
        return tag.matches("\\d{1,18}-\\d+") ? Optional.of(Long.parseLong(tag.substring(0, tag.indexOf('-'))))
                : Optional.empty();
    }

    /** Whether process {@code pid} is running. */
    public static boolean isRunning(long pid) {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }
}
