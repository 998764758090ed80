package org.engagements.notebook.report;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.engagements.core.FileNames;
import org.engagements.notebook.Cell;
import org.engagements.notebook.CellResult;
import org.engagements.notebook.Notebook;
import org.engagements.notebook.NotebookRun;
import org.engagements.notebook.RunListener;
import org.engagements.notebook.executed.ExecutedNotebook;
import org.engagements.notebook.executed.RunRecord;
import org.engagements.notebook.executed.Timing;
import org.engagements.notebook.html.NotebookPage;
import org.engagements.notebook.ipynb.IpynbWriter;

/**
 * Saves each notebook as it finishes: {@code <folder>/<name>.ipynb} and {@code <folder>/<name>.html},
 * each written atomically. A listener of the run, beside progress printing; it notes when cells start
 * and end by the injected clock (for {@code --timestamps}). Called on the running thread only (it
 * ignores {@link #cellOutput}); not thread safe.
 */
public final class NotebookPublisher implements RunListener {
    /**
     * Where and how to save.
     *
     * @param folder      the output folder, created when missing
     * @param record      the run's record, shown on every page
     * @param clock       the clock cell times are read from; the runner's clock
     * @param linkToIndex whether pages link to an {@code index.html} beside them
     */
    public record Options(Path folder, RunRecord record, Clock clock, boolean linkToIndex) {
        public Options {
            Objects.requireNonNull(folder, "folder");
            Objects.requireNonNull(record, "record");
            Objects.requireNonNull(clock, "clock");
        }
    }

    private final Options options;
    private final List<ExecutedNotebook> published = new ArrayList<>();
    private final List<Timing> cellTimes = new ArrayList<>();
    private Instant notebookStart;
    private Instant cellStart;

    public NotebookPublisher(Options options) {
        this.options = options;
    }

    @Override
    public void notebookStarted(Notebook notebook) {
        notebookStart = options.clock().instant();
        cellTimes.clear();
    }

    @Override
    public void cellStarted(Notebook notebook, Cell cell) {
        cellStart = options.clock().instant();
    }

    @Override
    public void cellFinished(Notebook notebook, CellResult result) {
        cellTimes.add(new Timing(cellStart, options.clock().instant()));
    }

    @Override
    public void notebookFinished(NotebookRun run) {
        Optional<ExecutedNotebook.Timings> timings = options.record().timestamps()
                ? Optional.of(new ExecutedNotebook.Timings(new Timing(notebookStart, options.clock().instant()),
                        cellTimes))
                : Optional.empty();
        ExecutedNotebook executed = ExecutedNotebook.of(run, timings, options.record());
        IpynbWriter.write(executed, ipynbFile(options.folder(), executed.name()));
        NotebookPage.write(executed, options.linkToIndex(), htmlFile(options.folder(), executed.name()));
        published.add(executed);
    }

    /** The notebooks saved so far, in run order. */
    public List<ExecutedNotebook> published() {
        return List.copyOf(published);
    }

    /** {@code folder/name.ipynb}. @throws org.engagements.core.UnsafeFileNameException for a name that is a path */
    public static Path ipynbFile(Path folder, String name) {
        return FileNames.resolveInside(folder, name + IpynbWriter.EXTENSION, "notebook name");
    }

    /** {@code folder/name.html}. @throws org.engagements.core.UnsafeFileNameException for a name that is a path */
    public static Path htmlFile(Path folder, String name) {
        return FileNames.resolveInside(folder, name + NotebookPage.EXTENSION, "notebook name");
    }
}
