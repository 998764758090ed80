package org.engagements.notebook.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.engagements.core.AtomicFile;
import org.engagements.core.EngagementsException;
import org.engagements.notebook.CellOutput;
import org.engagements.notebook.CellResult;
import org.engagements.notebook.CellStatus;
import org.engagements.notebook.Notebook;
import org.engagements.notebook.NotebookRun;
import org.engagements.notebook.executed.CellIds;
import org.engagements.notebook.executed.ExecutedNotebook;
import org.engagements.notebook.executed.RunInputs;
import org.engagements.notebook.executed.RunRecord;
import org.engagements.notebook.ipynb.IpynbDocument;
import org.engagements.notebook.ipynb.IpynbOutputs;
import org.engagements.notebook.session.RunListener;

/**
 * Incremental runs: a notebook whose inputs ({@link RunInputs}) equal those of its last successful run,
 * whose executed notebook and page are still there and whose charts are there unchanged, is not run
 * again; its outputs are reused (copied, when the run writes to a new folder as {@code report} does).
 *
 * <p>As a listener placed after the {@link NotebookPublisher}, it removes a notebook's
 * {@link PreviousRun} before anything of its is overwritten and writes a new one once its outputs are
 * saved, only when it passed: a failed or interrupted run leaves none, so it is never reused.
 *
 * <p>The charts a notebook wrote are the chart files modified while it ran, with {@link #MTIME_SLACK}
 * either side for the file system's clock. "While it ran" is the run's own start and end
 * when its clock is the wall clock (its start falls within this batch); with a clock of another time
 * (tests fix it) it is from when this listener heard the notebook start to when it heard it finish.
 * A chart modified within the run of a notebook that finished before is that notebook's, not a later
 * one's, even when the slack reaches back into it: one after another, the next notebook starts within
 * milliseconds of the last chart of the one before. Notebooks running at once may still claim each
 * other's charts; that only makes reuse more careful, never less. Called by one thread; not thread safe.
 */
public final class OutputReuse implements RunListener {
    /**
     * How far a file's modification time may lie from the wall clock: Linux stamps files with the
     * kernel's coarse clock, a tick (up to 10 ms) behind. File systems that keep whole seconds (FAT keeps
     * 2 s) are recognised by a time without fraction and get {@link #COARSE_SLACK}.
     */
    static final Duration MTIME_SLACK = Duration.ofMillis(100);
    static final Duration COARSE_SLACK = Duration.ofSeconds(2);

    /**
     * Where the outputs were and are going.
     *
     * @param previous       the folder holding the last run's executed notebooks, pages and records
     * @param previousCharts the charts folder of the last run
     * @param folder         where this run writes them (the same as {@code previous} for {@code run})
     * @param charts         where this run's notebooks write charts
     * @param inputs         each notebook's inputs in this run, by notebook name
     */
    public record Options(Path previous, Path previousCharts, Path folder, Path charts, Map<String, RunInputs> inputs) {
        public Options {
            Objects.requireNonNull(previous, "previous");
            Objects.requireNonNull(previousCharts, "previousCharts");
            Objects.requireNonNull(folder, "folder");
            Objects.requireNonNull(charts, "charts");
            inputs = Map.copyOf(inputs);
        }
    }

    private final Options options;
    private final Clock wall;
    private final Map<String, Instant> heardStarting = new HashMap<>();
    /** The spans, without slack, of the notebooks of this batch that have finished, by name. */
    private final Map<String, Span> finishedSpans = new HashMap<>();
    /** The outputs in the executed notebook of each reusable notebook found, by notebook name, then cell id. */
    private final Map<String, Map<String, List<CellOutput>>> reusableOutputs = new HashMap<>();
    private final Instant batchStart;

    public OutputReuse(Options options) {
        this(options, Clock.systemUTC());
    }

    /** With {@code wall} the clock file modification times are compared with: the system's, in use. */
    OutputReuse(Options options, Clock wall) {
        this.options = options;
        this.wall = wall;
        this.batchStart = wall.instant();
    }

    /**
     * The last successful run of {@code notebook}, when its outputs can be reused: same inputs, its
     * executed notebook (readable) and page present, its charts present and unchanged.
     */
    public Optional<PreviousRun> findReusable(Notebook notebook) {
        String name = notebook.name();
        RunInputs inputs = requireInputs(name);
        return PreviousRun.find(PreviousRun.file(options.previous(), name))
                .filter(previous -> previous.inputs().equals(inputs))
                .filter(previous -> Files.isRegularFile(NotebookPublisher.htmlFile(options.previous(), name)))
                .filter(this::chartsUnchanged)
                .filter(previous -> readOutputs(notebook));
    }

    /**
     * Reads the outputs of the previous executed notebook of {@code notebook}, for {@link #reuse}; false
     * when it is missing or unreadable (edited by hand, say), and then the notebook runs again.
     */
    private boolean readOutputs(Notebook notebook) {
        Path file = NotebookPublisher.ipynbFile(options.previous(), notebook.name());
        if (!Files.isRegularFile(file)) {
            return false;
        }
        try {
            reusableOutputs.put(notebook.name(), IpynbOutputs.read(IpynbDocument.read(file, file)));
            return true;
        } catch (EngagementsException e) {
            return false;
        }
    }

    private boolean chartsUnchanged(PreviousRun previous) {
        for (Map.Entry<String, String> chart : previous.charts().entrySet()) {
            Path file = options.previousCharts().resolve(chart.getKey());
            try {
                if (!Files.isRegularFile(file) || !RunInputs.hashFile(file).equals(chart.getValue())) {
                    return false;
                }
            } catch (UncheckedIOException e) {
                return false;
            }
        }
        return true;
    }

    /**
     * Reuses {@code previous}'s outputs of {@code notebook}: copies them into this run's folders when
     * those are not the previous ones, and returns the executed notebook the index shows for it.
     */
    public ExecutedNotebook reuse(Notebook notebook, PreviousRun previous, RunRecord record) {
        String name = notebook.name();
        if (!options.previous().toAbsolutePath().normalize().equals(options.folder().toAbsolutePath().normalize())) {
            copy(NotebookPublisher.ipynbFile(options.previous(), name), NotebookPublisher.ipynbFile(options.folder(), name));
            copy(NotebookPublisher.htmlFile(options.previous(), name), NotebookPublisher.htmlFile(options.folder(), name));
            copy(PreviousRun.file(options.previous(), name), PreviousRun.file(options.folder(), name));
        }
        if (!options.previousCharts().toAbsolutePath().normalize()
                .equals(options.charts().toAbsolutePath().normalize())) {
            previous.charts().keySet().forEach(chart -> copy(options.previousCharts().resolve(chart),
                    options.charts().resolve(chart)));
        }
        Map<String, List<CellOutput>> outputs = reusableOutputs.getOrDefault(name, Map.of());
        return ExecutedNotebook.of(summary(notebook, previous, outputs), Optional.empty(), record);
    }

    /**
     * The run the index and the PDF show for a reused notebook: every code cell ok, as it was (only passed
     * runs are reused), with the outputs its executed notebook holds ({@code outputs}, by cell id) and
     * the previous run's start and duration.
     */
    static NotebookRun summary(Notebook notebook, PreviousRun previous, Map<String, List<CellOutput>> outputs) {
        var results = notebook.codeCells().stream().map(cell -> new CellResult(cell, CellStatus.OK,
                outputs.getOrDefault(CellIds.of(notebook.name(), cell), List.of()), previous.started(),
                Duration.ZERO, 0)).toList();
        return new NotebookRun(notebook, results, previous.started(), previous.duration(), Optional.empty());
    }

    private static void copy(Path from, Path to) {
        AtomicFile.write(to, out -> Files.copy(from, out));
    }

    @Override
    public void notebookStarted(Notebook notebook) {
        heardStarting.put(notebook.name(), wall.instant());
        Path file = PreviousRun.file(options.folder(), notebook.name());
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new EngagementsException(file + ": cannot remove the record of the last run before running "
                    + notebook.source() + " again (" + e.getMessage() + ")", e);
        }
    }

    @Override
    public void notebookFinished(NotebookRun run) {
        if (!run.passed()) {
            return;
        }
        String name = run.notebook().name();
        new PreviousRun(requireInputs(name), chartsWrittenDuring(run), run.started(), run.duration())
                .write(PreviousRun.file(options.folder(), name));
    }

    private SortedMap<String, String> chartsWrittenDuring(NotebookRun run) {
        Instant now = wall.instant();
        boolean wallClock = !run.started().isBefore(batchStart.minus(MTIME_SLACK)) && !run.started().isAfter(now);
        String name = run.notebook().name();
        Span span = wallClock ? new Span(run.started(), run.started().plus(run.duration()))
                : new Span(heardStarting.getOrDefault(name, batchStart), now);
        SortedMap<String, String> charts = new TreeMap<>();
        for (Path chart : ChartFiles.list(options.charts())) {
            try {
                Instant modified = Files.getLastModifiedTime(chart).toInstant();
                Duration slack = modified.getNano() == 0 ? COARSE_SLACK : MTIME_SLACK;
                if (span.widened(slack).holds(modified) && !writtenByAnother(name, modified)) {
                    charts.put(chart.getFileName().toString(), RunInputs.hashFile(chart));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + chart, e);
            }
        }
        finishedSpans.put(name, span);
        return charts;
    }

    private boolean writtenByAnother(String name, Instant modified) {
        return finishedSpans.entrySet().stream()
                .anyMatch(other -> !other.getKey().equals(name) && other.getValue().holds(modified));
    }

    /** A notebook's run, from its start to its end, both included. */
    private record Span(Instant from, Instant to) {
        Span widened(Duration slack) {
            return new Span(from.minus(slack), to.plus(slack));
        }

        boolean holds(Instant time) {
            return !time.isBefore(from) && !time.isAfter(to);
        }
    }

    private RunInputs requireInputs(String name) {
        RunInputs inputs = options.inputs().get(name);
        if (inputs == null) {
            throw new IllegalArgumentException("no inputs for notebook " + name);
        }
        return inputs;
    }
}
