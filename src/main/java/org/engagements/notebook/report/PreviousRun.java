package org.engagements.notebook.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.engagements.core.AtomicFile;
import org.engagements.core.FileNames;
import org.engagements.notebook.executed.RunInputs;

/**
 * What a successful run of one notebook leaves beside its outputs so that the next run can reuse them:
 * its inputs, the charts it wrote with their checksums, and when it ran and for how long (the index
 * shows both). Stored as {@code FOLDER/.run-inputs/NAME.txt}, tab-separated lines, written atomically;
 * a file that cannot be read or parsed counts as no previous run, so the notebook simply runs again.
 *
 * @param inputs   the notebook's inputs in that run
 * @param charts   chart file names in the charts folder, with their SHA-256
 * @param started  when the run started, by the run's clock
 * @param duration how long it ran
 */
public record PreviousRun(RunInputs inputs, SortedMap<String, String> charts, Instant started, Duration duration) {
    /** The folder, inside an output folder, holding one file per notebook that last ran successfully. */
    public static final String FOLDER = ".run-inputs";
    private static final String HEADER = "engagements run inputs 1";

    public PreviousRun {
        Objects.requireNonNull(inputs, "inputs");
        Objects.requireNonNull(started, "started");
        Objects.requireNonNull(duration, "duration");
        charts = Collections.unmodifiableSortedMap(new TreeMap<>(charts));
    }

    /** {@code folder/.run-inputs/name.txt}. @throws org.engagements.core.UnsafeFileNameException for a name that is a path */
    public static Path file(Path folder, String name) {
        return FileNames.resolveInside(folder.resolve(FOLDER), name + ".txt", "notebook name");
    }

    /** The previous run saved in {@code file}, if it is there and whole. */
    public static Optional<PreviousRun> find(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The previous run {@code text} describes, or empty when it is not one ({@link #toText()} writes it). */
    static Optional<PreviousRun> parse(String text) {
        SortedMap<String, String> inputs = new TreeMap<>();
        SortedMap<String, String> charts = new TreeMap<>();
        Instant started = null;
        Duration duration = null;
        var lines = text.lines().toList();
        if (lines.isEmpty() || !lines.get(0).equals(HEADER)) {
            return Optional.empty();
        }
        try {
            for (String line : lines.subList(1, lines.size())) {
                String[] fields = line.split("\t", -1);
                switch (fields[0]) {
                    case "started" -> started = Instant.parse(fields[1]);
                    case "duration" -> duration = Duration.parse(fields[1]);
                    case "chart" -> charts.put(fields[1], fields[2]);
                    case "input" -> inputs.put(fields[1], fields[2]);
                    default -> {
                        return Optional.empty();
                    }
                }
            }
        } catch (ArrayIndexOutOfBoundsException | DateTimeParseException e) {
            return Optional.empty();
        }
        return started == null || duration == null ? Optional.empty()
                : Optional.of(new PreviousRun(new RunInputs(inputs), charts, started, duration));
    }

    String toText() {
        StringBuilder text = new StringBuilder(HEADER).append('\n');
        text.append("started\t").append(started).append('\n');
        text.append("duration\t").append(duration).append('\n');
        charts.forEach((name, sha) -> text.append("chart\t").append(name).append('\t').append(sha).append('\n'));
        inputs.values().forEach((key, value) -> text.append("input\t").append(key).append('\t')
                .append(value.replace('\t', ' ').replace('\n', ' ')).append('\n'));
        return text.toString();
    }

    /** Writes this run to {@code file} atomically, creating its folder. */
    public void write(Path file) {
        AtomicFile.writeString(file, toText());
    }
}
