package org.engagements.notebook.executed;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.engagements.notebook.Cell;
import org.engagements.notebook.CellResult;
import org.engagements.notebook.NotebookRun;
import org.engagements.notebook.parameters.NotebookParameters;
import org.engagements.notebook.parameters.Parameter;

/**
 * A notebook as it ran, with everything the {@code .ipynb} and HTML writers show: the run, its
 * parameters, when each cell ran (if asked) and the run's record.
 *
 * @param run        the outcome; its notebook holds any injected-parameters cell
 * @param parameters as {@link NotebookParameters#read} finds them in the notebook
 * @param timings    the notebook's and each result's start and end, when timestamps were asked for
 * @param record     facts about the whole run
 */
public record ExecutedNotebook(NotebookRun run, List<Parameter> parameters, Optional<Timings> timings,
                               RunRecord record) {
    /** The executed notebook's file is {@code NAME.ipynb}, its page {@code NAME.html}, side by side. */
    public static final String IPYNB_EXTENSION = ".ipynb";
    public static final String HTML_EXTENSION = ".html";

    /** When the notebook ran, and each cell that ran, in the order of {@link NotebookRun#results()}. */
    public record Timings(Timing notebook, List<Timing> cells) {
        public Timings {
            Objects.requireNonNull(notebook, "notebook");
            cells = List.copyOf(cells);
        }
    }

    public ExecutedNotebook {
        Objects.requireNonNull(run, "run");
        Objects.requireNonNull(timings, "timings");
        Objects.requireNonNull(record, "record");
        parameters = List.copyOf(parameters);
        if (timings.isPresent() && timings.get().cells().size() != run.results().size()) {
            throw new IllegalArgumentException(timings.get().cells().size() + " cell timings for "
                    + run.results().size() + " results");
        }
    }

    /** The executed notebook of {@code run}, its parameters read from its cells. */
    public static ExecutedNotebook of(NotebookRun run, Optional<Timings> timings, RunRecord record) {
        return new ExecutedNotebook(run, NotebookParameters.read(run.notebook()), timings, record);
    }

    public String name() {
        return run.notebook().name();
    }

    /** The result of the {@code index}-th code cell (0-based), if it ran. */
    public Optional<CellResult> result(int index) {
        return index < run.results().size() ? Optional.of(run.results().get(index)) : Optional.empty();
    }

    /** When the {@code index}-th code cell ran, if timestamps were recorded and it ran. */
    public Optional<Timing> timing(int index) {
        return timings.filter(t -> index < t.cells().size()).map(t -> t.cells().get(index));
    }

    /** The code cells, in order; {@link #result(int)} takes an index into this list. */
    public List<Cell> codeCells() {
        return run.notebook().codeCells();
    }

    /** The result that stopped the run: the last one, when it failed and cells after it did not run. */
    public Optional<CellResult> stoppedAt() {
        List<CellResult> results = run.results();
        if (results.isEmpty() || results.size() == codeCells().size()) {
            return Optional.empty();
        }
        CellResult last = results.get(results.size() - 1);
        return last.failsRun() || !last.isOk() ? Optional.of(last) : Optional.empty();
    }
}
