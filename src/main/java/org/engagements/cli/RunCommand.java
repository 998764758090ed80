package org.engagements.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.engagements.display.Display;
import org.engagements.notebook.Notebook;
import org.engagements.notebook.NotebookParser;
import org.engagements.notebook.NotebookRun;
import org.engagements.notebook.NotebookRunner;
import org.engagements.notebook.NotebookSyntaxException;
import org.engagements.notebook.RunOptions;
import org.engagements.notebook.SessionOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code engagements run}: runs notebooks, each in a fresh JVM, printing a line per cell. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Runs notebooks (.jsh, Jupytext percent format), each in a fresh JVM whose working "
                + "directory is the repository root, and prints a line per cell.",
            "Exit status 0 when every cell ran without error, else 1."})
final class RunCommand implements Callable<Integer> {
    @Parameters(paramLabel = "NOTEBOOK|DIR", arity = "0..*",
            description = "Notebooks or folders of them (default: every *.jsh in notebooks/, sorted).")
    List<Path> targets = new ArrayList<>();

    @Option(names = "--continue-on-error", description = "Run the remaining cells after a failing one.")
    boolean continueOnError;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "120",
            description = "Time limit of one cell, in seconds (default: ${DEFAULT-VALUE}).")
    double timeoutSeconds;

    @Option(names = "--charts", paramLabel = "DIR",
            description = "Where notebooks write charts (default: charts/ in the repository).")
    Path charts;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Path home = Home.path();
        List<NotebookFiles.Found> files = NotebookFiles.find(targets, home);
        if (files.isEmpty()) {
            out.println("no notebooks to run in " + home.resolve(NotebookFiles.FOLDER));
            return 0;
        }
        long start = System.nanoTime();
        List<Notebook> notebooks = readAll(files, out);
        long unreadable = files.size() - notebooks.size();
        List<NotebookRun> runs = new NotebookRunner(options(home), new ProgressPrinter(out, nameWidth(files)))
                .runAll(notebooks);
        long cells = runs.stream().mapToLong(run -> run.results().size()).sum();
        long failed = unreadable + runs.stream()
                .mapToLong(run -> run.failedCells() + (run.setupFailure().isPresent() ? 1 : 0)).sum();
        out.printf(Locale.ROOT, "%s, %s, %d failed, %.1f s%n", count(files.size(), "notebook"),
                count(cells, "cell"), failed, (System.nanoTime() - start) / 1e9);
        out.flush();
        return unreadable == 0 && runs.stream().allMatch(NotebookRun::passed) ? 0 : 1;
    }

    /** The notebooks that parse; the syntax errors of the others are printed. */
    private static List<Notebook> readAll(List<NotebookFiles.Found> files, PrintWriter out) {
        List<Notebook> notebooks = new ArrayList<>();
        for (NotebookFiles.Found file : files) {
            try {
                notebooks.add(NotebookParser.read(file.file(), file.shownAs()));
            } catch (NotebookSyntaxException e) {
                out.println(e.getMessage());
            }
        }
        return notebooks;
    }

    private RunOptions options(Path home) {
        Path chartFolder = charts == null ? home.resolve("charts") : charts.toAbsolutePath();
        if (!(timeoutSeconds > 0)) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--timeout must be a positive number of seconds, not " + timeoutSeconds);
        }
        List<String> jvmOptions = new ArrayList<>(List.of("-D" + Display.HOME_PROPERTY + "=" + home,
                "-D" + Display.CHARTS_PROPERTY + "=" + chartFolder));
        jvmOptions.addAll(hostHeap());
        SessionOptions session = SessionOptions.defaults()
                .withCellTimeout(Duration.ofMillis(Math.round(timeoutSeconds * 1000)))
                .withDirectory(home)
                .withJvmOptions(jvmOptions);
        return RunOptions.defaults().withSession(session).withContinueOnError(continueOnError);
    }

    /**
     * The heap limit this JVM was started with ({@code ENGAGEMENTS_JAVA_OPTS=-Xmx4g}), if any, so that
     * notebooks loading large data get it too (it overrides the notebook JVMs' default -Xmx2g).
     */
    static List<String> hostHeap() {
        return ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(argument -> argument.startsWith("-Xmx")).reduce((first, last) -> last).stream().toList();
    }

    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static int nameWidth(List<NotebookFiles.Found> files) {
        return files.stream().mapToInt(file -> Notebook.nameOf(file.shownAs()).length()).max().orElse(1);
    }
}
