package org.engagements.core;

import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The {@code PID-N} tag in the names of temporary files and folders a writer leaves beside its target
 * ({@link AtomicFile}'s {@code .NAME.PID-N.tmp}, the data writer's staging folders, the data folder
 * generator's {@code .NAME.tmp-PID-N/}): it says which process made them, so that the next writer can
 * tell the leftovers of a killed process from the work of one still running.
 *
 * <p>The one rule for removing leftovers, {@link #isLeftover}: a name that is exactly a writer's prefix,
 * a tag and its suffix, whose process is no longer running. A live writer's name is never one, nor is
 * a name without a tag, which a user could have chosen. Stateless.
 */
public final class WriterTag {
    private WriterTag() {
    }

    /** The start of this process's tags; the temporary-file API appends the {@code N}. */
    public static String thisProcess() {
        return ProcessHandle.current().pid() + "-";
    }

    /** A new tag of this process, {@code PID-N} with a random {@code N}, for names made without that API. */
    public static String unique() {
        return thisProcess() + ThreadLocalRandom.current().nextLong(Long.MAX_VALUE);
    }

    /** The process a {@code PID-N} tag names, or empty when {@code tag} is not one. */
    public static Optional<Long> processOf(String tag) {
        return tag.matches("\\d{1,18}-\\d+") ? Optional.of(Long.parseLong(tag.substring(0, tag.indexOf('-'))))
                : Optional.empty();
    }

    /**
     * Whether {@code name} is {@code prefix}, a {@code PID-N} tag and {@code suffix}, and process {@code PID}
     * is not running: what a writer of ours left when it was killed, safe to remove.
     */
    public static boolean isLeftover(String name, String prefix, String suffix) {
        if (!name.startsWith(prefix) || !name.endsWith(suffix) || name.length() < prefix.length() + suffix.length()) {
            return false;
        }
        String tag = name.substring(prefix.length(), name.length() - suffix.length());
        return processOf(tag).filter(pid -> !isRunning(pid)).isPresent();
    }

    /** Whether process {@code pid} is running. */
    public static boolean isRunning(long pid) {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }
}
