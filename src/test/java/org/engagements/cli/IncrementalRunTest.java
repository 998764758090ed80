package org.engagements.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code run} and {@code report} skip notebooks whose inputs did not change since their last successful
 * run, and what they reuse is what a fresh run writes (run dates and durations masked, as in
 * {@code CrashSafetyIT}).
 */
class IncrementalRunTest {
    private static final String CHART = """
            // %% Chart
            var chart = new CategoryChartBuilder().width(200).height(120).title("c").build();
            chart.addSeries("s", List.of("a"), List.of(1));
            org.engagements.chart.ChartExport.write(chart, Path.of(System.getProperty("engagements.charts")), "bars",
                    org.engagements.chart.ChartExport.DEFAULT_FORMATS);
            display(chart);
            """;

    @TempDir
    Path folder;

    private record Outcome(int status, String out, String err) {
    }

    private Path data() throws IOException {
        Path data = folder.resolve("data");
        if (!Files.isDirectory(data)) {
            Path source = Path.of(System.getProperty("basedir"), "src/test/resources/data");
            try (Stream<Path> files = Files.walk(source)) {
                for (Path file : files.toList()) {
                    Path target = data.resolve(source.relativize(file).toString());
                    if (Files.isDirectory(file)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(file, target);
                    }
                }
            }
        }
        return data;
    }

    private Outcome command(String name, List<String> options, String... arguments) throws IOException {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> all = new ArrayList<>(List.of(name, "--data", data().toString()));
        all.addAll(options);
        all.addAll(List.of(arguments));
        int status = Main.execute(all.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
        return new Outcome(status, Cli.maskDurations(out.toString()).replace(folder.toString(), "TMP"), err.toString());
    }

    private Outcome run(String... arguments) throws IOException {
        return command("run", List.of("--charts", folder.resolve("charts").toString(), "--out",
                folder.resolve("out").toString()), arguments);
    }

    private Outcome report(String... arguments) throws IOException {
        return command("report", List.of("--out", folder.resolve("report").toString()), arguments);
    }

    private Path notebook(String name, String text) throws IOException {
        Path file = folder.resolve("notebooks").resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }

    private String notebooks() {
        return folder.resolve("notebooks").toString();
    }

    /**
     * Every file under {@code root} with its content, run dates and durations in pages masked. The
     * records of the last runs ({@code .run-inputs/}) are left out: they hold each run's start.
     */
    private static Map<String, String> snapshot(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.filter(Files::isRegularFile).toList()) {
                String name = root.relativize(path).toString();
                if (name.startsWith(".run-inputs")) {
                    continue;
                }
                byte[] bytes = Files.readAllBytes(path);
                files.put(name, name.endsWith(".html") ? masked(new String(bytes, StandardCharsets.UTF_8))
                        : java.util.HexFormat.of().formatHex(bytes));
            }
        }
        return files;
    }

    private static String masked(String html) {
        return html.replaceAll("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} UTC", "<run date>")
                .replaceAll("\\d+\\.\\d+ s\\b", "<seconds>");
    }

    @Test
    void aSecondRunReusesTheOutputsOfUnchangedNotebooksAndTheyAreWhatAFreshRunWrites() throws IOException {
        notebook("a.jsh", "// %% [markdown]\n// # A\n" + CHART);
        notebook("b.jsh", "// %%\nSystem.out.println(\"b\");\n");
        assertEquals(0, run(notebooks()).status());

        Outcome second = run(notebooks());
        Map<String, String> reused = snapshot(folder.resolve("out"));
        Map<String, String> reusedCharts = snapshot(folder.resolve("charts"));

        assertEquals("""
                a  unchanged, outputs reused
                b  unchanged, outputs reused
                2 notebooks (2 reused), 0 cells, 0 failed, #.# s
                executed notebooks and pages in TMP/out
                """, second.out());
        assertEquals(0, second.status());
        Outcome forced = run("--force", notebooks());
        assertTrue(forced.out().contains("a  cell 2/2  \"Chart\"  ok"), forced.out());
        assertTrue(forced.out().contains("2 notebooks, 2 cells, 0 failed"), forced.out());
        assertEquals(reused, snapshot(folder.resolve("out")));
        assertEquals(reusedCharts, snapshot(folder.resolve("charts")));
    }

    @Test
    void aChangedSourceReRunsThatNotebookOnly() throws IOException {
        notebook("a.jsh", "// %%\n1\n");
        Path b = notebook("b.jsh", "// %%\n2\n");
        run(notebooks());
        Files.writeString(b, "// %%\n3\n");

        Outcome outcome = run(notebooks());

        assertEquals("""
                a  unchanged, outputs reused
                b  cell 1/1  ok  #.## s
                2 notebooks (1 reused), 1 cell, 0 failed, #.# s
                executed notebooks and pages in TMP/out
                """, outcome.out());
    }

    @Test
    void changedDataReRuns() throws IOException {
        Path a = notebook("a.jsh", "// %%\n1\n");
        run(a.toString());
        assertTrue(run(a.toString()).out().startsWith("a  unchanged, outputs reused\n"));
        Path engagements = data().resolve("engagements.csv");
        Files.writeString(engagements, Files.readString(engagements) + "\n");

        assertTrue(run(a.toString()).out().startsWith("a  cell 1/1  ok"));
        assertTrue(run(a.toString()).out().startsWith("a  unchanged, outputs reused\n"));
    }

    @Test
    void aChangedParameterReRuns() throws IOException {
        Path a = notebook("a.jsh", "// %% tags=[\"parameters\"]\nint top = 10;\n// %%\ntop\n");
        run(a.toString(), "-p", "top=5");

        assertTrue(run(a.toString(), "-p", "top=5").out().startsWith("a  unchanged, outputs reused\n"));
        Outcome changed = run(a.toString(), "-p", "top=6");

        assertTrue(changed.out().startsWith("a  cell 1/2  ok"), changed.out());
        assertTrue(Files.readString(folder.resolve("out/a.ipynb")).contains("\"6\""));
    }

    @Test
    void aDeclaredInputOutsideTheDataFolderThatChangedReRuns() throws IOException {
        Path lookup = Files.writeString(folder.resolve("lookup.csv"), "a,b\n");
        Path a = notebook("a.jsh", "// Reads a lookup table.\n// inputs: " + lookup + "\n// %%\n"
                + "Files.readString(Path.of(\"" + lookup + "\"))\n");
        run(a.toString());
        assertTrue(run(a.toString()).out().startsWith("a  unchanged, outputs reused\n"));

        Files.writeString(lookup, "a,c\n");

        assertTrue(run(a.toString()).out().startsWith("a  cell 1/1  ok"));
        assertTrue(Files.readString(folder.resolve("out/a.ipynb")).contains("a,c"));
    }

    @Test
    void aFailedRunIsNeverReused() throws IOException {
        Path a = notebook("a.jsh", "// %%\nthrow new IllegalStateException(\"boom\");\n");
        assertEquals(1, run(a.toString()).status());

        Outcome again = run(a.toString());

        assertEquals(1, again.status());
        assertTrue(again.out().startsWith("a  cell 1/1  error"), again.out());
    }

    @Test
    void aChartThatWasRemovedOrChangedReRunsTheNotebookThatWroteIt() throws IOException {
        Path a = notebook("a.jsh", CHART);
        Path b = notebook("b.jsh", "// %%\n2\n");
        // One at a time: notebooks run at once may claim each other's charts (see OutputReuse).
        run("-j", "1", notebooks());
        Files.delete(folder.resolve("charts/bars.svg"));

        Outcome outcome = run("-j", "1", notebooks());

        assertTrue(outcome.out().startsWith("b  unchanged, outputs reused\na  cell 1/1"), outcome.out());
        assertTrue(Files.exists(folder.resolve("charts/bars.svg")));
        Files.writeString(folder.resolve("charts/bars.png"), "not the chart");
        Outcome changed = run("-j", "1", a.toString(), b.toString());
        assertTrue(changed.out().startsWith("b  unchanged, outputs reused\na  cell 1/1"), changed.out());
    }

    @Test
    void aReportReusesUnchangedNotebooksWithTheirChartsAndEqualsAFreshReport() throws IOException {
        notebook("01-chart.jsh", "// %% [markdown]\n// # Chart\n" + CHART);
        notebook("02-text.jsh", "// %%\n\"text\"\n");
        assertEquals(0, report(notebooks()).status());

        Outcome second = report(notebooks());
        Map<String, String> reused = snapshot(folder.resolve("report"));

        assertTrue(second.out().startsWith("01-chart  unchanged, outputs reused\n02-text   unchanged, outputs reused\n"
                + "2 notebooks (2 reused), 0 cells, 0 failed"), second.out());
        assertTrue(reused.containsKey("charts/bars.png"), reused.keySet().toString());
        Outcome forced = report("--force", notebooks());
        assertFalse(forced.out().contains("reused"), forced.out());
        assertEquals(reused, snapshot(folder.resolve("report")));
        assertNotEquals(0, reused.size());
    }
}
