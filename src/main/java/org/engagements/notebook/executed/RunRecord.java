package org.engagements.notebook.executed;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What a report says about the run as a whole: when it started, on which Java, with which data. The
 * notebook JVMs run the host's {@code java}, so the host's version is theirs.
 *
 * @param started     the run's start by the injected clock; the date a report shows
 * @param javaVersion the bare version, {@code 17.0.15}, as an executed notebook's language metadata has it
 * @param javaRuntime the full description, {@code 17.0.15+6-Debian-1deb12u1 (Debian, OpenJDK 64-Bit Server VM)}
 * @param dataFolder  the data folder as named to the user ({@code data})
 * @param dataFiles   every file of the data folder with its checksum, sorted by path
 * @param timestamps  whether executed notebooks record when each cell ran (nbclient's
 *                    {@code execution} metadata); without, they are the same for the same outputs
 */
public record RunRecord(Instant started, String javaVersion, String javaRuntime, String dataFolder,
                        List<DataFile> dataFiles, boolean timestamps) {
    public RunRecord {
        Objects.requireNonNull(started, "started");
        Objects.requireNonNull(javaVersion, "javaVersion");
        Objects.requireNonNull(javaRuntime, "javaRuntime");
        Objects.requireNonNull(dataFolder, "dataFolder");
        dataFiles = List.copyOf(dataFiles);
    }

    /**
     * A record for a run starting now by {@code clock}, on this JVM's Java, hashing every file under
     * {@code dataFolder} (named {@code shownAs} to the user).
     */
    public static RunRecord of(Clock clock, Path dataFolder, String shownAs, boolean timestamps) {
        String runtime = System.getProperty("java.runtime.version", Runtime.version().toString()) + " ("
                + System.getProperty("java.vendor", "unknown vendor") + ", "
                + System.getProperty("java.vm.name", "unknown VM") + ")";
        return new RunRecord(clock.instant(), System.getProperty("java.version", "unknown"), runtime, shownAs,
                DataFiles.hash(dataFolder), timestamps);
    }
}
