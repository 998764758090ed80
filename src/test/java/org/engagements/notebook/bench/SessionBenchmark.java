package org.engagements.notebook.bench;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.engagements.notebook.Cell;
import org.engagements.notebook.CellResult;
import org.engagements.notebook.CellStatus;
import org.engagements.notebook.session.NotebookSession;
import org.engagements.notebook.session.OutputSink;
import org.engagements.notebook.session.SessionOptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Timings, not a timed test: prints them and asserts nothing about speed. Excluded by default; run
 * with {@code mvn test -Dtest=SessionBenchmark -Dsurefire.excludedGroups=}.
 *
 * <ul>
 *   <li>cold: wall time of {@code engagements run} on the four notebooks of
 *       {@code notebooks/bench} in a new JVM (host start, compiler warm-up, four session JVMs);</li>
 *   <li>warm: medians of a trivial cell and of a chart cell in one session after warm-up;</li>
 *   <li>after definitions: the trivial cell's median once the session holds {@value #DEFINITIONS} more
 *       definitions (variables and methods in turn, as {@code bench/kernel-roundtrip.py} defines them), and
 *       its ratio to the figure before them.</li>
 * </ul>
 */
@Tag("benchmark")
class SessionBenchmark {
    private static final int WARM_UP = 30;
    private static final int SAMPLES = 40;
    private static final int DEFINITIONS = 200;

    @Test
    void printTimings() throws Exception {
        System.out.printf(Locale.ROOT, "cold run of 4 notebooks: %.2f s%n", coldRunSeconds());
        try (NotebookSession session = NotebookSession.start(SessionOptions.defaults(), "bench")) {
            double fresh = medianMillis(session, "1 + 1");
            System.out.printf(Locale.ROOT, "warm trivial cell: median %.1f ms%n", fresh);
            session.execute(Cell.code(1, "", "double[] xs = {1, 2, 3}, ys = {3, 1, 2};"), OutputSink.NONE);
            System.out.printf(Locale.ROOT, "warm chart cell: median %.1f ms%n", medianMillis(session, """
                    var chart = new XYChartBuilder().width(600).height(400).title("bench").build();
                    chart.addSeries("s", xs, ys);
                    display(chart);"""));
            for (int i = 0; i < DEFINITIONS; i++) {
                session.execute(Cell.code(i + 1, "", definition(i)), OutputSink.NONE);
            }
            double defined = medianMillis(session, "1 + 1");
            System.out.printf(Locale.ROOT, "warm trivial cell after %d definitions: median %.1f ms (%.2fx)%n",
                    DEFINITIONS, defined, defined / fresh);
        }
    }

    /** The i-th definition: a variable, a method or a string, in turn. */
    private static String definition(int i) {
        return switch (i % 3) {
            case 0 -> "int v" + i + " = " + i + ";";
            case 1 -> "int m" + i + "(int a) { return a + " + i + "; }";
            default -> "String s" + i + " = \"x" + i + "\";";
        };
    }

    private static double coldRunSeconds() throws IOException, InterruptedException, URISyntaxException {
        Path folder = Path.of(SessionBenchmark.class.getResource("/notebooks/bench").toURI());
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "org.engagements.cli.Main", "run", folder.toString());
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).inheritIO().start();
        if (process.waitFor() != 0) {
            throw new IllegalStateException("the benchmark notebooks failed");
        }
        return (System.nanoTime() - start) / 1e9;
    }

    private static double medianMillis(NotebookSession session, String source) {
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < WARM_UP + SAMPLES; i++) {
            long start = System.nanoTime();
            CellResult result = session.execute(Cell.code(i + 1, "", source), OutputSink.NONE);
            if (result.status() != CellStatus.OK) {
                throw new IllegalStateException(result.findError().orElseThrow().message());
            }
            if (i >= WARM_UP) {
                millis.add((System.nanoTime() - start) / 1e6);
            }
        }
        millis.sort(Double::compare);
        return millis.get(millis.size() / 2);
    }
}
