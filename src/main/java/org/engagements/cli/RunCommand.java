package org.engagements.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.engagements.core.Locations;
import org.engagements.core.OutputFolder;
import org.engagements.notebook.executed.RunRecord;
import org.engagements.notebook.html.IndexPage;
import org.engagements.notebook.report.NotebookPublisher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code engagements run}: runs notebooks, each in a fresh JVM, printing a line per cell, and saves
 * each as an executed notebook and an HTML page in the output folder (with an index for several).
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Runs notebooks (.jsh, Jupytext percent format), each in a fresh JVM whose working "
                + "directory is the repository root, and prints a line per cell.",
            "Writes OUT/NAME.ipynb (the executed notebook) and OUT/NAME.html (a self-contained page) for each, "
                + "and OUT/index.html for several. For a folder to send, see 'engagements report'.",
            "A notebook whose inputs (source, parameters, data files, declared inputs, engagements code, JDK) "
                + "are unchanged since its last successful run into OUT, and whose outputs and charts are still "
                + "there, is not run again: its outputs are reused (--force runs it). Files read from outside the "
                + "data folder are declared in the notebook's header: // inputs: lookup.csv, extra/ (see "
                + "docs/incremental.md).",
            "Exit status 0 when every cell ran without error, else 1."})
final class RunCommand implements Callable<Integer> {
    @Mixin
    NotebookOptions notebookOptions;

    @Option(names = "--charts", paramLabel = "DIR",
            description = "Where notebooks write charts (default: charts/ in the repository, whose files are "
                + "committed; with -p or another --data, OUT/charts, beside the pages).")
    Path charts;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Where the executed notebooks and pages go (default: target/notebooks/ in the "
                + "repository); written file by file, each atomically.")
    Path out;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    private final Clock clock;

    RunCommand() {
        this(Clock.systemUTC());
    }

    /** With another clock: tests fix the date reports show. */
    RunCommand(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        Locations locations = notebookOptions.data.locations().withCharts(charts);
        notebookOptions.requireValid(List.of(folderProblem(out, "--out"), folderProblem(charts, "--charts")));
        Path folder = out == null ? locations.runOutput() : out.toAbsolutePath();
        Path chartFolder = locations.chartsOfRun(folder, notebookOptions.withParameters()).toAbsolutePath();
        NotebookBatch batch = NotebookBatch.prepare(notebookOptions, locations, clock, stdout,
                spec.commandLine().getErr(), Optional.of(chartFolder));
        try {
            return run(batch, folder, chartFolder, locations, stdout);
        } finally {
            batch.close();
        }
    }

    private Integer run(NotebookBatch batch, Path folder, Path chartFolder, Locations locations, PrintWriter stdout) {
        if (batch.isEmpty()) {
            stdout.println("no notebooks to run in " + locations.notebooks());
            return 0;
        }
        boolean withIndex = batch.size() > 1;
        if (withIndex) {
            batch.requirePagesBesideIndex();
        }
        long start = System.nanoTime();
        RunRecord record = batch.record();
        NotebookPublisher publisher = new NotebookPublisher(new NotebookPublisher.Options(folder, record, withIndex,
                Optional.of(chartFolder)));
        NotebookBatch.Outcome outcome = batch.run(chartFolder, new NotebookBatch.Previous(folder, chartFolder),
                publisher, stdout);
        if (withIndex) {
            IndexPage.write(new IndexPage.Contents("Notebooks", outcome.executed(), record, List.of()),
                    folder.resolve(IndexPage.FILE_NAME));
        }
        boolean passed = batch.summarize(outcome, start, stdout);
        if (!outcome.executed().isEmpty()) {
            stdout.println("executed notebooks and pages in " + folder);
            if (!chartFolder.equals(locations.charts().toAbsolutePath())) {
                stdout.println("charts in " + chartFolder + " (a run with parameters or other data leaves "
                        + locations.charts() + " alone)");
            }
        }
        stdout.flush();
        return passed ? 0 : 1;
    }

    /** What is wrong with a folder option, when it was given; the defaults are folders of the repository. */
    private static Optional<String> folderProblem(Path given, String option) {
        return given == null ? Optional.empty() : OutputFolder.findProblem(given, option);
    }
}
