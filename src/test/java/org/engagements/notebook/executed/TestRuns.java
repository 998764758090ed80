package org.engagements.notebook.executed;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.engagements.Engagements;
import org.engagements.core.Locations;
import org.engagements.notebook.Notebook;
import org.engagements.notebook.NotebookParser;
import org.engagements.notebook.session.NotebookRunner;
import org.engagements.notebook.session.RunOptions;
import org.engagements.notebook.session.SessionOptions;
import org.engagements.notebook.parameters.Assignment;
import org.engagements.notebook.parameters.Parameterizer;
import org.engagements.notebook.report.NotebookPublisher;

/**
 * Runs the test notebooks of {@code src/test/resources/notebooks/report} for real, in a session, as
 * {@code engagements run} does, and keeps each executed notebook so test classes share the runs.
 * Notebooks are named {@code notebooks/report/NAME.jsh}, so outputs do not depend on where the
 * repository is; they load the test data in {@code src/test/resources/data}.
 */
public final class TestRuns {
    private static final Map<String, ExecutedNotebook> RUNS = new ConcurrentHashMap<>();

    private TestRuns() {
    }

    public static Path basedir() {
        return Path.of(System.getProperty("basedir"));
    }

    /** The test notebooks' folder. */
    public static Path notebooks() {
        return basedir().resolve("src/test/resources/notebooks/report");
    }

    public static Path testData() {
        return basedir().resolve("src/test/resources/data");
    }

    /** {@code NAME.jsh} as parsed, with the name messages and outputs use. */
    public static Notebook read(String name) {
        return NotebookParser.read(notebooks().resolve(name + ".jsh"), Path.of("notebooks/report/" + name + ".jsh"));
    }

    /** {@code NAME.jsh} run with {@code parameters} ({@code name=value}), saved into a scratch folder. */
    public static ExecutedNotebook run(String name, List<String> parameters, boolean timestamps) {
        return RUNS.computeIfAbsent(name + parameters + timestamps, key -> execute(name, parameters, timestamps));
    }

    private static ExecutedNotebook execute(String name, List<String> parameters, boolean timestamps) {
        return execute(Parameterizer.parameterize(read(name), parameters.stream().map(Assignment::parse).toList())
                .notebook(), timestamps);
    }

    /** {@code notebook} run as {@link #run} runs a test notebook, without timestamps; not kept. */
    public static ExecutedNotebook execute(Notebook notebook) {
        return execute(notebook, false);
    }

    private static ExecutedNotebook execute(Notebook notebook, boolean timestamps) {
        try {
            Path scratch = Files.createTempDirectory("test-runs");
            Clock clock = Clock.systemUTC();
            RunRecord record = RunRecord.of(clock, testData(), "src/test/resources/data", timestamps);
            NotebookPublisher publisher = new NotebookPublisher(
                    new NotebookPublisher.Options(scratch, record, false));
            new NotebookRunner(options(scratch, clock), publisher).run(notebook);
            deleteRecursively(scratch);
            return publisher.published().get(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteRecursively(Path folder) throws IOException {
        try (var paths = Files.walk(folder)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private static RunOptions options(Path scratch, Clock clock) {
        SessionOptions session = SessionOptions.defaults().withStartup(List.of(org.engagements.Engagements.sessionImportStatements()))
                .withDirectory(basedir()).withClock(clock)
                .withJvmOptions(Locations.of(basedir()).withCharts(scratch.resolve("charts")).withData(testData())
                        .jvmOptions());
        return RunOptions.defaults().withSession(session);
    }
}
