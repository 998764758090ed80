package org.engagements.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.engagements.core.Locations;
import org.engagements.notebook.executed.RunRecord;
import org.engagements.notebook.html.IndexPage;
import org.engagements.notebook.report.ChartFiles;
import org.engagements.notebook.report.NotebookPublisher;
import org.engagements.notebook.report.ReportFolder;
import org.engagements.notebook.report.ReportPdf;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code engagements report}: runs every notebook and writes one folder to send: an HTML page and an
 * executed notebook per notebook, an index and the charts. The folder is replaced whole, and only
 * when every notebook passed; otherwise the previous report stays as it was. See {@link ReportFolder}
 * for the lock against a second writer, the leftovers removed and a linked {@code --out}.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Runs every notebook (or those named) and writes a report folder: NAME.html (self-contained "
                + "page) and NAME.ipynb (executed notebook) per notebook, index.html, and charts/ with the "
                + "charts the notebooks drew; with --pdf also report.pdf, the whole report in one document.",
            "The folder is built beside OUT and swapped in only when every notebook ran without error; "
                + "otherwise OUT is left as it was. When OUT is a link, the folder it leads to is replaced and "
                + "the link kept. One report at a time writes OUT: a second is refused while the first runs.",
            "A notebook whose inputs (source, parameters, data files, declared inputs, engagements code, JDK) "
                + "are unchanged since its last successful run into OUT has its page, executed notebook and charts "
                + "copied from OUT instead of running again (--force runs it). Files read from outside the data "
                + "folder are declared in the notebook's header: // inputs: lookup.csv, extra/ (see "
                + "docs/incremental.md).",
            "Exit status 0 when the report was written, else 1."})
final class ReportCommand implements Callable<Integer> {

    @Mixin
    NotebookOptions notebookOptions;

    @Option(names = "--out", paramLabel = "DIR",
            description = "The report folder (default: report/ in the repository); replaced whole.")
    Path out;

    @Option(names = "--pdf",
            description = "Also write report.pdf: the whole report on A4 pages, with a table of contents, page "
                    + "numbers and a bookmark per notebook (fonts: DejaVu, from fonts-dejavu-core).")
    boolean pdf;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    private final Clock clock;

    ReportCommand() {
        this(Clock.systemUTC());
    }

    /** With another clock: tests fix the date reports show. */
    ReportCommand(Clock clock) {
        this.clock = clock;
    }

    /**
     * The recipe: check every option, read the notebooks and their parameters, lock the report folder
     * (a second {@code report} into it is refused here), and only then run the notebooks.
     */
    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        Locations locations = notebookOptions.data.locations();
        Path target = out == null ? locations.reportOutput() : out;
        notebookOptions.requireValid(List.of(ReportFolder.findProblem(target),
                pdf ? ReportPdf.findProblem() : Optional.empty()));
        NotebookBatch batch = NotebookBatch.prepare(notebookOptions, locations, clock, stdout,
                spec.commandLine().getErr());
        if (batch.isEmpty()) {
            stdout.println("no notebooks to run in " + locations.notebooks());
            return 0;
        }
        if (!batch.allRead()) {
            stdout.println("report not written: a notebook could not be read; " + target + " is as it was");
            stdout.flush();
            return 1;
        }
        batch.requirePagesBesideIndex();
        try (ReportFolder folder = ReportFolder.open(target)) {
            boolean passed = build(batch, new NotebookBatch.Previous(target, target.resolve(Locations.CHARTS)),
                    folder.path(), stdout);
            if (!passed) {
                stdout.println("report not written: a notebook failed; " + target + " is as it was");
                return 1;
            }
            folder.commit();
            stdout.println("report written to " + target);
            return 0;
        } finally {
            stdout.flush();
        }
    }

    /**
     * Runs the notebooks, saving each into {@code folder} (those unchanged since {@code previous} copied
     * from it), then the index; true when all passed.
     */
    private boolean build(NotebookBatch batch, NotebookBatch.Previous previous, Path folder, PrintWriter stdout) {
        long start = System.nanoTime();
        RunRecord record = batch.record();
        Path charts = folder.resolve(Locations.CHARTS);
        NotebookPublisher publisher = new NotebookPublisher(new NotebookPublisher.Options(folder, record, true,
                Optional.of(charts)));
        NotebookBatch.Outcome outcome = batch.run(charts, previous, publisher, stdout);
        List<String> chartNames = ChartFiles.list(charts).stream()
                .map(chart -> Locations.CHARTS + "/" + chart.getFileName()).toList();
        IndexPage.Contents index = new IndexPage.Contents("Engagements report", outcome.executed(), record, chartNames);
        IndexPage.write(index, folder.resolve(IndexPage.FILE_NAME));
        boolean passed = batch.summarize(outcome, start, stdout);
        if (passed && pdf) {
            // Only for a report that will be kept: the PDF takes a few seconds to lay out.
            ReportPdf.write(index, folder.resolve(ReportPdf.FILE_NAME));
        }
        return passed;
    }
}
