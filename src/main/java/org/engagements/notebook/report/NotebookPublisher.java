package org.engagements.notebook.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.engagements.core.FileNames;
import org.engagements.notebook.NotebookRun;
import org.engagements.notebook.session.RunListener;
import org.engagements.notebook.executed.ExecutedNotebook;
import org.engagements.notebook.executed.RunRecord;
import org.engagements.notebook.executed.Timing;
import org.engagements.notebook.html.NotebookPage;
import org.engagements.notebook.ipynb.IpynbWriter;

/**
 * Saves each notebook as it finishes: {@code <folder>/<name>.ipynb} and {@code <folder>/<name>.html},
 * each written atomically. A listener of the run, beside progress printing; when timestamps are asked
 * for, it takes them from the results (each records when it started). Called by one thread at a time;
 * not thread safe.
 */
public final class NotebookPublisher implements RunListener {
    /**
     * Where and how to save.
     *
     * @param folder      the output folder, created when missing
     * @param record      the run's record, shown on every page
     * @param linkToIndex whether pages link to an {@code index.html} beside them
     * @param charts      the charts folder, when the pages link the data saved with their charts
     */
    public record Options(Path folder, RunRecord record, boolean linkToIndex, Optional<Path> charts) {
        public Options {
            Objects.requireNonNull(folder, "folder");
            Objects.requireNonNull(record, "record");
            Objects.requireNonNull(charts, "charts");
        }

        /** Pages that do not link the files saved with their charts. */
        public Options(Path folder, RunRecord record, boolean linkToIndex) {
            this(folder, record, linkToIndex, Optional.empty());
        }

        /** The charts folder relative to the pages' folder, {@code /}-separated ({@code charts}, {@code ../../charts}). */
        Optional<String> chartsPath() {
            return charts.map(folderOfCharts -> {
                Path relative = folder.toAbsolutePath().normalize().relativize(folderOfCharts.toAbsolutePath().normalize());
                List<String> names = new ArrayList<>();
                relative.forEach(name -> names.add(name.toString()));
                return String.join("/", names);
            });
        }
    }

    private final Options options;
    private final List<ExecutedNotebook> published = new ArrayList<>();

    public NotebookPublisher(Options options) {
        this.options = options;
    }

    @Override
    public void notebookFinished(NotebookRun run) {
        Optional<ExecutedNotebook.Timings> timings = options.record().timestamps()
                ? Optional.of(timings(run)) : Optional.empty();
        ExecutedNotebook executed = ExecutedNotebook.of(run, timings, options.record());
        IpynbWriter.write(executed, ipynbFile(options.folder(), executed.name()));
        NotebookPage.write(executed, options.linkToIndex(), options.chartsPath(), htmlFile(options.folder(), executed.name()));
        published.add(executed);
    }

    private static ExecutedNotebook.Timings timings(NotebookRun run) {
        List<Timing> cells = run.results().stream()
                .map(result -> new Timing(result.started(), result.started().plus(result.duration()))).toList();
        return new ExecutedNotebook.Timings(new Timing(run.started(), run.started().plus(run.duration())), cells);
    }

    /** The run's record, shown on every page. */
    public RunRecord record() {
        return options.record();
    }

    /** Where the executed notebooks and pages go. */
    public Path folder() {
        return options.folder();
    }

    /** Whether pages link to an index beside them. */
    public boolean linksToIndex() {
        return options.linkToIndex();
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
