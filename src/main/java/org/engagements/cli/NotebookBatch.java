package org.engagements.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.engagements.core.EngagementsException;
import org.engagements.core.Locations;
import org.engagements.notebook.Notebook;
import org.engagements.notebook.NotebookParser;
import org.engagements.notebook.NotebookRun;
import org.engagements.notebook.session.NotebookRunner;
import org.engagements.notebook.NotebookSyntaxException;
import org.engagements.notebook.session.RunListener;
import org.engagements.notebook.session.RunOptions;
import org.engagements.notebook.session.SessionOptions;
import org.engagements.notebook.session.StartingSession;
import org.engagements.notebook.executed.ExecutedNotebook;
import org.engagements.notebook.executed.RunInputs;
import org.engagements.notebook.executed.RunRecord;
import org.engagements.notebook.report.OutputReuse;
import org.engagements.notebook.report.PreviousRun;
import org.engagements.notebook.session.ClassPath;
import org.engagements.notebook.html.IndexPage;
import org.engagements.notebook.html.NotebookPage;
import org.engagements.notebook.parameters.Assignment;
import org.engagements.notebook.parameters.ParameterException;
import org.engagements.notebook.parameters.Parameterized;
import org.engagements.notebook.parameters.Parameterizer;
import org.engagements.notebook.report.NotebookPublisher;

/**
 * The steps {@code run} and {@code report} share, in order: find the notebooks, read them, inject the
 * parameters (every bad value is reported before anything runs), then run them with the given
 * listeners and print a summary. Used by one thread.
 */
final class NotebookBatch {
    /**
     * The default of {@code --jobs} on a many-core machine: each notebook JVM may use up to 2 GB, and
     * the host compiles every cell, so more notebooks at once mostly add memory.
     */
    static final int MAX_DEFAULT_JOBS = 4;
    private final List<Notebook> notebooks;
    private final long unreadable;
    private final NotebookOptions options;
    private final Locations locations;
    private final Clock clock;
    private Optional<Ahead> ahead;

    /** The first notebook's session, started before the notebooks were read, for charts in {@code charts}. */
    private record Ahead(Path charts, StartingSession session) {
    }

    private NotebookBatch(List<Notebook> notebooks, long unreadable, NotebookOptions options, Locations locations,
                          Clock clock, Optional<Ahead> ahead) {
        this.notebooks = notebooks;
        this.unreadable = unreadable;
        this.options = options;
        this.locations = locations;
        this.clock = clock;
        this.ahead = ahead;
    }

    /**
     * Finds, reads and parameterizes the notebooks {@code options} name. Syntax errors are printed to
     * {@code out} and the notebook skipped (the run will fail); warnings go to {@code err}.
     *
     * @throws ParameterException listing every bad parameter of every notebook
     * @throws EngagementsException when a named notebook is missing or two would write the same files
     *         ({@code --data} and the other options were checked by {@link NotebookOptions#requireValid})
     */
    static NotebookBatch prepare(NotebookOptions options, Locations locations, Clock clock, PrintWriter out,
                                 PrintWriter err) {
        return prepare(options, locations, clock, out, err, Optional.empty());
    }

    /**
     * As {@link #prepare(NotebookOptions, Locations, Clock, PrintWriter, PrintWriter)}; with {@code --force}
     * and the folder the run will write charts to, the first notebook's session starts at once, before
     * the notebooks are read and their inputs hashed: every notebook runs, so its JVM may as well boot,
     * and JShell compile the session's imports, while this thread reads. {@link #run} uses it, and
     * {@link #close} ends it when nothing ran.
     */
    static NotebookBatch prepare(NotebookOptions options, Locations locations, Clock clock, PrintWriter out,
                                 PrintWriter err, Optional<Path> charts) {
        List<NotebookFiles.Found> files = NotebookFiles.find(options.targets, locations.notebooks());
        // Not for a file that is not there: its error comes at once, without a JVM booted for nothing.
        Optional<Ahead> ahead = options.force && !files.isEmpty() && Files.isRegularFile(files.get(0).file())
                ? charts.map(folder -> new Ahead(folder, StartingSession.start(
                        sessionOptions(options, locations, clock, folder), files.get(0).shownAs().toString())))
                : Optional.empty();
        try {
            List<Notebook> read = readAll(files, out);
            List<Notebook> parameterized = parameterize(read, assignments(options.parameters), err);
            requireDistinctNames(parameterized);
            return new NotebookBatch(parameterized, files.size() - read.size(), options, locations, clock, ahead);
        } catch (RuntimeException e) {
            ahead.ifPresent(started -> started.session().close());
            throw e;
        }
    }

    /** Closes the session started ahead if {@link #run} did not take it (the run stopped before it). */
    void close() {
        ahead.ifPresent(started -> started.session().close());
        ahead = Optional.empty();
    }

    boolean isEmpty() {
        return notebooks.isEmpty() && unreadable == 0;
    }

    int size() {
        return notebooks.size();
    }

    /** Whether every notebook could be read; the ones that could not have had their errors printed. */
    boolean allRead() {
        return unreadable == 0;
    }

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

    private static List<Assignment> assignments(List<String> texts) {
        List<Assignment> assignments = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (String text : texts) {
            try {
                assignments.add(Assignment.parse(text));
            } catch (ParameterException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new ParameterException(problems);
        }
        return assignments;
    }

    private static List<Notebook> parameterize(List<Notebook> notebooks, List<Assignment> assignments,
                                               PrintWriter err) {
        List<Notebook> parameterized = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Notebook notebook : notebooks) {
            try {
                Parameterized result = Parameterizer.parameterize(notebook, assignments);
                result.warnings().forEach(warning -> err.println("warning: " + warning));
                parameterized.add(result.notebook());
            } catch (ParameterException e) {
                problems.addAll(e.problems());
            }
        }
        err.flush();
        if (!problems.isEmpty()) {
            throw new ParameterException(problems);
        }
        return parameterized;
    }

    private static void requireDistinctNames(List<Notebook> notebooks) {
        Map<String, Notebook> byName = new HashMap<>();
        for (Notebook notebook : notebooks) {
            Notebook other = byName.putIfAbsent(notebook.name(), notebook);
            if (other != null) {
                throw new EngagementsException(notebook.source() + ": has the same name as " + other.source()
                        + "; their executed notebooks and pages would overwrite each other");
            }
        }
    }

    /**
     * For a run that writes an index page beside the notebooks' pages: no notebook's page may be it. A
     * notebook named {@code index} (in any case: the folder may be unpacked where case is ignored)
     * would have its page overwritten by the index, which would then link to itself.
     *
     * @throws EngagementsException naming the notebook, before anything runs
     */
    void requirePagesBesideIndex() {
        for (Notebook notebook : notebooks) {
            String page = notebook.name() + NotebookPage.EXTENSION;
            if (page.equalsIgnoreCase(IndexPage.FILE_NAME)) {
                throw new EngagementsException(notebook.source() + ": its page would be " + page + ", which is the "
                        + "index page (" + IndexPage.FILE_NAME + ") on this or another file system; rename the "
                        + "notebook");
            }
        }
    }

    /** The record of a run starting now: the data folder the notebooks load, as the reports describe it. */
    RunRecord record() {
        return RunRecord.of(clock, locations.data().toAbsolutePath().normalize(), options.data.shownAs(),
                options.timestamps);
    }

    /**
     * What a run did: the notebooks it ran, and every notebook's executed form in notebook order, reused
     * ones included, for the index.
     */
    record Outcome(List<NotebookRun> runs, List<ExecutedNotebook> executed, int reused) {
    }

    /**
     * Where a run finds the outputs of the last one, to reuse those of unchanged notebooks.
     *
     * @param folder the last run's output folder ({@code run}: the same as this run's)
     * @param charts the last run's charts folder
     */
    record Previous(Path folder, Path charts) {
    }

    /**
     * Runs every notebook whose inputs changed since its last successful run (every notebook with
     * {@code --force}), charts going to {@code charts} and outputs to {@code publisher}'s folder; the
     * others' outputs are reused from {@code previous} and a line says so. Prints a progress line per
     * cell on {@code progress}.
     */
    Outcome run(Path charts, Previous previous, NotebookPublisher publisher, PrintWriter progress) {
        RunRecord record = publisher.record();
        OutputReuse reuse = new OutputReuse(new OutputReuse.Options(previous.folder(), previous.charts(),
                publisher.folder(), charts, inputs(record, publisher.linksToIndex())));
        Map<String, ExecutedNotebook> reused = new HashMap<>();
        List<Notebook> toRun = new ArrayList<>();
        for (Notebook notebook : notebooks) {
            Optional<PreviousRun> last = options.force ? Optional.empty() : reuse.findReusable(notebook);
            if (last.isPresent()) {
                reused.put(notebook.name(), reuse.reuse(notebook, last.get(), record));
                progress.printf("%-" + nameWidth() + "s  unchanged, outputs reused%n", notebook.name());
            } else {
                toRun.add(notebook);
            }
        }
        progress.flush();
        RunListener listener = RunListener.all(List.of(new ProgressPrinter(progress, nameWidth()), publisher, reuse));
        Optional<StartingSession> first = ahead.filter(started -> started.charts().equals(charts))
                .map(Ahead::session);
        if (first.isEmpty()) {
            close();
        }
        ahead = Optional.empty();   // the runner's now: it runs the notebook in it, or closes it
        List<NotebookRun> runs = new NotebookRunner(runOptions(charts), listener).runAll(toRun, first);
        Map<String, ExecutedNotebook> ran = new HashMap<>();
        publisher.published().forEach(executed -> ran.put(executed.name(), executed));
        List<ExecutedNotebook> executed = notebooks.stream()
                .map(notebook -> reused.getOrDefault(notebook.name(), ran.get(notebook.name())))
                .filter(Objects::nonNull).toList();
        return new Outcome(runs, executed, reused.size());
    }

    /**
     * Each notebook's inputs, by name: its source, the data files of {@code record}, its declared inputs,
     * and what every notebook shares (class path, JDK, the options that change what is written).
     */
    private Map<String, RunInputs> inputs(RunRecord record, boolean linksToIndex) {
        RunInputs.Environment environment = RunInputs.Environment.of(ClassPath.ofRunningJvm().entries(),
                "timestamps=" + options.timestamps + " index=" + linksToIndex + " data=" + options.data.shownAs());
        Map<String, RunInputs> inputs = new HashMap<>();
        notebooks.forEach(notebook -> inputs.put(notebook.name(),
                RunInputs.of(notebook, record, environment, locations.home())));
        return inputs;
    }

    /** The options of the run; {@link NotebookOptions#requireValid} has checked them. */
    private RunOptions runOptions(Path charts) {
        int jobs = options.jobs != null ? options.jobs
                : Math.min(MAX_DEFAULT_JOBS, Runtime.getRuntime().availableProcessors());
        return RunOptions.defaults().withSession(sessionOptions(options, locations, clock, charts))
                .withContinueOnError(options.continueOnError).withJobs(jobs);
    }

    private static SessionOptions sessionOptions(NotebookOptions options, Locations locations, Clock clock,
                                                 Path charts) {
        return NotebookSessions.options(locations.withCharts(charts)).withCellTimeout(options.timeout)
                .withClock(clock);
    }

    /**
     * Prints {@code 2 notebooks, 9 cells, 0 failed, 4.2 s}, with {@code (1 reused)} after the notebooks
     * when some were; true when every notebook passed.
     */
    boolean summarize(Outcome outcome, long startNanos, PrintWriter out) {
        List<NotebookRun> runs = outcome.runs();
        long cells = runs.stream().mapToLong(run -> run.results().size()).sum();
        long failed = unreadable + runs.stream()
                .mapToLong(run -> run.failedCells() + (run.setupFailure().isPresent() ? 1 : 0)).sum();
        String reused = outcome.reused() == 0 ? "" : " (" + outcome.reused() + " reused)";
        out.printf(Locale.ROOT, "%s%s, %s, %d failed, %.1f s%n",
                count(unreadable + runs.size() + outcome.reused(), "notebook"), reused, count(cells, "cell"), failed, (System.nanoTime() - startNanos) / 1e9);
        out.flush();
        return unreadable == 0 && runs.stream().allMatch(NotebookRun::passed);
    }

    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /** The longest notebook name, so progress columns line up. */
    private int nameWidth() {
        return notebooks.stream().mapToInt(notebook -> notebook.name().length()).max().orElse(1);
    }
}
