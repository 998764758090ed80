package org.engagements.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two real {@code report} processes (the built jar) into one {@code --out}: while the first runs its
 * notebooks, the second is refused, naming the first's process, and touches nothing; the first's report
 * then arrives whole, and a later {@code report} replaces it as usual.
 *
 * <p>The first report's notebook waits for a file the test writes once the second has ended, so the
 * overlap does not depend on timing; it gives up after a minute, and every wait here is bounded. About
 * 15 to 30 s on a loaded two-core machine. Failsafe runs it in {@code mvn -Pslow verify}.
 */
@Tag("slow")
class SecondWriterIT {
    private static final Duration LIMIT = Duration.ofMinutes(2);
    private static final String WAITS = """
            // %% Tells the test it runs, then waits for its go
            Path home = Path.of(System.getProperty("engagements.home"));
            Files.writeString(home.resolve("started"), "");
            long giveUp = System.nanoTime() + 60_000_000_000L;
            while (!Files.exists(home.resolve("go")) && System.nanoTime() < giveUp) {
                Thread.sleep(20);
            }
            // %% Chart
            var chart = new CategoryChartBuilder().width(200).height(120).title("c").build();
            chart.addSeries("s", List.of("a"), List.of(1));
            org.engagements.Engagements.save(chart, "bars");
            """;

    @TempDir
    Path work;

    @Test
    void aSecondReportIntoTheSameFolderIsRefusedWhileTheFirstRunsAndTheFirstArrivesWhole() throws Exception {
        Jar jar = Jar.in(repository());
        Path report = jar.home().resolve("report");
        Path firstLog = work.resolve("first.log");
        Process first = jar.start(firstLog, "report");
        try {
            awaitFile(jar.home().resolve("started"), first, firstLog);

            Path secondLog = work.resolve("second.log");
            Process second = jar.start(secondLog, "report", "other/quick.jsh");
            assertTrue(second.waitFor(LIMIT.toMillis(), TimeUnit.MILLISECONDS), "the second report did not end");
            assertEquals("error: " + report + ": another `engagements report` (pid " + first.pid() + ") is writing "
                    + "this folder; wait for it or choose another --out\n", Jar.read(secondLog));
            assertEquals(1, second.exitValue());

            Files.writeString(jar.home().resolve("go"), "");
            assertTrue(first.waitFor(LIMIT.toMillis(), TimeUnit.MILLISECONDS), "the first report did not end");
            assertEquals(0, first.exitValue(), () -> Jar.read(firstLog));
        } finally {
            if (first.isAlive()) {
                jar.kill(first);
            }
        }
        assertEquals(List.of(".engagements-report", ".run-inputs", ".run-inputs/slow.txt", "charts", "charts/bars.png",
                "charts/bars.svg", "index.html", "slow.html", "slow.ipynb"), tree(report));

        jar.runToEnd(work.resolve("third.log"), LIMIT, "report", "other/quick.jsh");

        assertEquals(List.of(".engagements-report", ".run-inputs", ".run-inputs/quick.txt", "index.html", "quick.html",
                "quick.ipynb"), tree(report));
        assertEquals(List.of(".engagements-lock-report", "go", "notebooks", "other", "report", "started"),
                tree(jar.home()).stream().filter(path -> !path.contains("/")).toList());
    }

    /** A repository of the test's own: notebooks/slow.jsh, which waits for the test, and other/quick.jsh. */
    private Path repository() throws IOException {
        Path home = Files.createDirectories(work.resolve("home"));
        Files.createDirectories(home.resolve("notebooks"));
        Files.writeString(home.resolve("notebooks/slow.jsh"), WAITS);
        Files.createDirectories(home.resolve("other"));
        Files.writeString(home.resolve("other/quick.jsh"), "// %%\n1 + 1\n");
        return home;
    }

    /** Waits until {@code file} exists, failing if {@code process} ends first or it takes too long. */
    private static void awaitFile(Path file, Process process, Path log) throws InterruptedException {
        long deadline = System.nanoTime() + LIMIT.toNanos();
        while (!Files.exists(file)) {
            assertTrue(process.isAlive(), () -> "the first report ended before its notebook started:\n"
                    + Jar.read(log));
            assertTrue(System.nanoTime() < deadline, file + " did not appear within " + LIMIT);
            process.waitFor(20, TimeUnit.MILLISECONDS);
        }
    }

    /** Every file and folder under {@code root}, relative, sorted. */
    private static List<String> tree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            return paths.filter(path -> !path.equals(root)).map(path -> root.relativize(path).toString()).sorted()
                    .toList();
        }
    }
}
