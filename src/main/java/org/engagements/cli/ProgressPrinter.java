package org.engagements.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.engagements.notebook.Cell;
import org.engagements.notebook.CellMetadata;
import org.engagements.notebook.CellOutput;
import org.engagements.notebook.CellResult;
import org.engagements.notebook.Notebook;
import org.engagements.notebook.NotebookRun;
import org.engagements.notebook.session.RunListener;

/**
 * Prints a line per cell as a run goes, {@code 02-meeting-frequency  cell 3/9  "Monthly counts"  ok
 * 0.41 s}, followed by the report of a failure, and a line naming the cells a stop left unrun. Used by
 * one thread.
 */
final class ProgressPrinter implements RunListener {
    private final PrintWriter out;
    private final int nameWidth;

    /** {@code nameWidth}: the longest notebook name of the run, so the columns line up. */
    ProgressPrinter(PrintWriter out, int nameWidth) {
        this.out = out;
        this.nameWidth = Math.max(1, nameWidth);
    }

    @Override
    public void cellFinished(Notebook notebook, CellResult result) {
        String title = result.cell().title().isEmpty() ? "" : "\"" + result.cell().title() + "\"  ";
        String status = result.status().label() + (result.failureExpected() ? " (expected)" : "");
        String position = result.cell().metadata().hasTag(CellMetadata.INJECTED_PARAMETERS)
                ? "parameters" : String.format(Locale.ROOT, "cell %d/%d", result.cell().number(),
                notebook.cellCount());
        out.printf(Locale.ROOT, "%-" + nameWidth + "s  %s  %s%s  %.2f s%n", notebook.name(), position, title,
                status, result.duration().toMillis() / 1000.0);
        if (!result.isOk()) {
            result.findError().ifPresent(error -> printIndented(error));
        }
        out.flush();
    }

    @Override
    public void notebookFinished(NotebookRun run) {
        run.setupFailure().ifPresent(failure -> {
            out.printf(Locale.ROOT, "%-" + nameWidth + "s  could not start%n", run.notebook().name());
            failure.lines().forEach(line -> out.println("  " + line));
        });
        List<Cell> codeCells = run.notebook().codeCells();
        if (run.setupFailure().isEmpty() && !run.results().isEmpty() && run.results().size() < codeCells.size()) {
            List<Cell> notRun = codeCells.subList(run.results().size(), codeCells.size());
            int stoppedAt = run.results().get(run.results().size() - 1).cell().number();
            out.printf(Locale.ROOT, "%-" + nameWidth + "s  not run: %s %s, after cell %d stopped the notebook%n",
                    run.notebook().name(), notRun.size() == 1 ? "cell" : "cells",
                    notRun.stream().map(cell -> Integer.toString(cell.number())).collect(Collectors.joining(", ")),
                    stoppedAt);
        }
        out.flush();
    }

    private void printIndented(CellOutput.Error error) {
        error.traceback().forEach(line -> out.println("  " + line));
    }
}
