package org.engagements.notebook.session;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.engagements.core.JvmFlags;

/**
 * How to start a {@link NotebookSession}; build from {@link #defaults()} with the {@code with…} copies.
 *
 * @param cellTimeout     the time limit of one cell; then it is stopped
 * @param extraClassPath  entries after the running JVM's own class path
 * @param startup         snippets evaluated after the standard imports and helper
 *                        ({@code import org.engagements.*;} for the domain)
 * @param jvmOptions      options for the notebook's JVM after {@link #STANDARD_JVM_OPTIONS}, such as
 *                        {@code -Dengagements.home=...}
 * @param directory       the notebook JVM's working directory, so relative paths resolve from it
 * @param clock           measures cell durations; fixed in tests
 * @param classData       class-data sharing for the notebook's JVM, if any (see {@link ClassDataArchive})
 */
public record SessionOptions(Duration cellTimeout, List<Path> extraClassPath, List<String> startup,
                             List<String> jvmOptions, Path directory, Clock clock,
                             Optional<ClassDataArchive> classData) {
    /**
     * Options of every notebook JVM. C1 only and class-data sharing for a quick start (notebooks run
     * seconds, not hours), serial GC for a small footprint, a heap cap so a runaway cell fails with
     * OutOfMemoryError instead of swapping, and a fixed locale and zone for reproducible output.
     */
    public static final List<String> STANDARD_JVM_OPTIONS = Stream.concat(Stream.of(
            "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx2g",
            "-Djava.awt.headless=true", "-Duser.timezone=UTC", "-Duser.language=en",
            "-Duser.country=US", "-Dfile.encoding=UTF-8", "-Dslf4j.internal.verbosity=ERROR"),
            JvmFlags.forRunningJdk().stream()).toList();
    public static final Duration DEFAULT_CELL_TIMEOUT = Duration.ofSeconds(120);

    public SessionOptions {
        Objects.requireNonNull(cellTimeout, "cellTimeout");
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(classData, "classData");
        if (cellTimeout.isNegative() || cellTimeout.isZero()) {
            throw new IllegalArgumentException("cell timeout must be positive: " + cellTimeout);
        }
        extraClassPath = List.copyOf(extraClassPath);
        startup = List.copyOf(startup);
        jvmOptions = List.copyOf(jvmOptions);
    }

    /** 120 s per cell, nothing extra, the host's working directory, the system clock. */
    public static SessionOptions defaults() {
        return new SessionOptions(DEFAULT_CELL_TIMEOUT, List.of(), List.of(), List.of(),
                Path.of("").toAbsolutePath(), Clock.systemUTC(), Optional.empty());
    }

    public SessionOptions withCellTimeout(Duration timeout) {
        return new SessionOptions(timeout, extraClassPath, startup, jvmOptions, directory, clock, classData);
    }

    public SessionOptions withExtraClassPath(List<Path> entries) {
        return new SessionOptions(cellTimeout, entries, startup, jvmOptions, directory, clock, classData);
    }

    public SessionOptions withStartup(List<String> snippets) {
        return new SessionOptions(cellTimeout, extraClassPath, snippets, jvmOptions, directory, clock, classData);
    }

    public SessionOptions withJvmOptions(List<String> options) {
        return new SessionOptions(cellTimeout, extraClassPath, startup, options, directory, clock, classData);
    }

    public SessionOptions withDirectory(Path workingDirectory) {
        return new SessionOptions(cellTimeout, extraClassPath, startup, jvmOptions, workingDirectory, clock, classData);
    }

    public SessionOptions withClassData(ClassDataArchive archive) {
        return new SessionOptions(cellTimeout, extraClassPath, startup, jvmOptions, directory, clock,
                Optional.of(archive));
    }

    public SessionOptions withClock(Clock newClock) {
        return new SessionOptions(cellTimeout, extraClassPath, startup, jvmOptions, directory, newClock, classData);
    }
}
