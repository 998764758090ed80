package org.engagements.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.engagements.ExternalTool;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

class ReportCommandTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-06-01T12:34:56Z"), ZoneOffset.UTC);
    private static final String CHART = """
            // %% Chart
            var chart = new CategoryChartBuilder().width(200).height(120).title("c").build();
            chart.addSeries("s", List.of("a"), List.of(1));
            org.engagements.chart.ChartExport.write(chart, Path.of(System.getProperty("engagements.charts")), "bars",
                    org.engagements.chart.ChartExport.DEFAULT_FORMATS);
            display(chart);
            """;

    /** The lock a report holds while it writes; it stays, empty of meaning once the writer ends. */
    private static final String LOCK = ".engagements-lock-report";

    @TempDir
    Path folder;

    private record Outcome(int status, String out, String err) {
    }

    private Outcome report(String... arguments) {
        List<String> all = new ArrayList<>(List.of("--out", out().toString(), "--data",
                Path.of(System.getProperty("basedir"), "src/test/resources/data").toString()));
        all.addAll(List.of(arguments));
        return reportWith(all.toArray(String[]::new));
    }

    /** {@code report ARGUMENTS NOTEBOOKS-FOLDER}, with nothing else given. */
    private Outcome reportWith(String... arguments) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> all = new ArrayList<>(List.of("report"));
        all.addAll(List.of(arguments));
        all.add(notebooks().toString());
        CommandLine.IFactory factory = new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> type) throws Exception {
                return type == ReportCommand.class ? type.cast(new ReportCommand(CLOCK))
                        : CommandLine.defaultFactory().create(type);
            }
        };
        int status = Main.execute(all.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err), factory);
        return new Outcome(status, out.toString(), err.toString());
    }

    private Path out() {
        return folder.resolve("report");
    }

    private Path notebooks() {
        return folder.resolve("notebooks");
    }

    private void notebook(String name, String text) throws IOException {
        Files.createDirectories(notebooks());
        Files.writeString(notebooks().resolve(name), text);
    }

    /** Every file under {@code root} with its bytes, to compare folders. */
    private static Map<String, String> snapshot(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(path).toString(), java.util.HexFormat.of().formatHex(Files.readAllBytes(path)));
            }
        }
        return files;
    }

    private List<String> siblings() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aReportHoldsAPageAndAnExecutedNotebookPerNotebookTheIndexAndTheCharts() throws IOException {
        notebook("01-first.jsh", "// %% [markdown]\n// # First\n" + CHART);
        notebook("02-second.jsh", "// %% tags=[\"parameters\"]\nString status = \"all\";\n// %%\nstatus\n");

        Outcome outcome = report("-p", "status=held");

        assertEquals(0, outcome.status(), outcome.out() + outcome.err());
        assertTrue(outcome.out().endsWith("report written to " + out() + "\n"), outcome.out());
        assertEquals(List.of(".engagements-report", ".run-inputs/01-first.txt", ".run-inputs/02-second.txt", "01-first.html", "01-first.ipynb", "02-second.html",
                "02-second.ipynb", "charts/bars.png", "charts/bars.svg", "index.html"),
                new ArrayList<>(snapshot(out()).keySet()));
        String index = Files.readString(out().resolve("index.html"));
        assertTrue(index.contains("Report · run 2024-06-01 12:34 UTC"));
        assertTrue(index.contains("<a href=\"01-first.html\">01-first</a><div class=\"subtitle\">First</div>"));
        assertTrue(index.contains("<li><span class=\"chart-name\">bars</span> <a href=\"charts/bars.png\">PNG</a> · "
                + "<a href=\"charts/bars.svg\">SVG</a></li>"), index);
        assertTrue(index.contains("<tr><td><code>status</code></td><td><code>String</code></td><td><code>"
                + "&quot;held&quot;</code></td><td>given with -p</td></tr>"));
        String first = Files.readString(out().resolve("01-first.html"));
        assertTrue(first.contains("src=\"data:image/png;base64,"), "the page holds its chart");
        assertFalse(first.matches("(?s).*src=\"(?!data:).*"), "and loads nothing else");
        assertEquals(List.of(LOCK, "notebooks", "report"), siblings());
    }

    @Test
    void theIndexAndThePageLinkEachChartOfOursToItsNumbersAndItsEngagementsWithQuotes() throws IOException {
        notebook("01-sides.jsh", "// %%\nEngagements.save(HostSideChart.of(Engagements.load()), \"sides\")\n");

        Outcome outcome = report();

        assertEquals(0, outcome.status(), outcome.out() + outcome.err());
        assertTrue(Files.readString(out().resolve("charts/sides.csv")).startsWith("host_side,share,label,engagements,"));
        String index = Files.readString(out().resolve("index.html"));
        assertTrue(index.contains("Get the data: <a href=\"charts/sides.csv\">CSV</a> · "
                + "<a href=\"charts/sides-data.html\">engagements and quotes</a>"), index);
        assertTrue(Files.readString(out().resolve("charts/sides-data.html")).contains("<blockquote>"),
                "the engagements with the articles' quotes");
        String page = Files.readString(out().resolve("01-sides.html"));
        assertTrue(page.contains("<p class=\"chart-data\">Get the data: <a href=\"charts/sides.csv\">CSV</a> · "
                + "<a href=\"charts/sides-data.html\">engagements and quotes</a></p>"), "the page links the chart's data");
    }

    @Test
    void withPdfTheReportAlsoHoldsReportPdfWithABookmarkPerNotebookAndTheSameBytesWhenRunAgain() throws IOException {
        notebook("01-first.jsh", "// %% [markdown]\n// # First\n" + CHART);
        notebook("02-second.jsh", "// %%\nSystem.out.println(\"second\");\n");
        ExternalTool.require("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
                "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf");

        Outcome outcome = report("--pdf");

        assertEquals(0, outcome.status(), outcome.out() + outcome.err());
        assertEquals("", outcome.err(), "the PDF renderer logs nothing");
        assertTrue(snapshot(out()).containsKey("report.pdf"));
        byte[] first = Files.readAllBytes(out().resolve("report.pdf"));
        try (PDDocument pdf = Loader.loadPDF(first)) {
            List<String> bookmarks = new ArrayList<>();
            pdf.getDocumentCatalog().getDocumentOutline().children().forEach(item -> bookmarks.add(item.getTitle()));
            assertEquals(List.of("First", "02-second"), bookmarks);
            assertTrue(pdf.getNumberOfPages() >= 4, "title page, contents, a section per notebook");
        }

        Outcome again = report("--pdf");

        assertEquals(0, again.status(), again.out() + again.err());
        assertTrue(again.out().contains("(2 reused)"), again.out());
        assertArrayEquals(first, Files.readAllBytes(out().resolve("report.pdf")),
                "the PDF of reused outputs is the PDF of the run they came from");
    }

    @Test
    void aFailedRunLeavesTheEarlierReportByteForByte() throws IOException {
        notebook("01-first.jsh", "// %%\nSystem.out.println(\"fine\");\n");
        assertEquals(0, report().status());
        Map<String, String> before = snapshot(out());

        notebook("02-broken.jsh", "// %%\nthrow new IllegalStateException(\"broken\");\n");
        Outcome outcome = report();

        assertEquals(1, outcome.status());
        assertTrue(outcome.out().endsWith("report not written: a notebook failed; " + out() + " is as it was\n"),
                outcome.out());
        assertEquals(before, snapshot(out()));
        assertEquals(List.of(LOCK, "notebooks", "report"), siblings());
    }

    @Test
    void aNotebookThatCannotBeReadStopsTheReportBeforeAnythingRunsOrIsLocked() throws IOException {
        notebook("01-first.jsh", "// %%\nSystem.out.println(\"fine\");\n");
        notebook("02-empty.jsh", "");

        Outcome outcome = report();

        assertEquals(1, outcome.status());
        assertEquals(notebooks().resolve("02-empty.jsh") + ":1: expected notebook cells (// %%), found an empty file\n"
                + "report not written: a notebook could not be read; " + out() + " is as it was\n", outcome.out());
        assertEquals(List.of("notebooks"), siblings());
    }

    @Test
    void theLeftoversOfAKilledRunAreCleanedUp() throws IOException {
        notebook("01-first.jsh", "// %%\n1\n");
        Path leftover = Files.createDirectories(folder.resolve(".report.report-999999999-12345.tmp/charts"));
        Files.writeString(leftover.resolveSibling(".engagements-report"), "");

        assertEquals(0, report().status());

        assertEquals(List.of(LOCK, "notebooks", "report"), siblings());
    }

    @Test
    void foldersTheUserNamedLikeLeftoversSurviveAReport() throws IOException {
        notebook("01-first.jsh", "// %%\n1\n");
        for (String mine : List.of("report.old-june", "report.tmp-notes", "report.old-2024")) {
            Files.createDirectories(folder.resolve(mine));
            Files.writeString(folder.resolve(mine).resolve("notes.txt"), "mine");
        }

        Outcome outcome = report();

        assertEquals(0, outcome.status(), outcome.out() + outcome.err());
        assertTrue(Files.isRegularFile(out().resolve("01-first.html")));
        assertEquals(List.of(LOCK, "notebooks", "report", "report.old-2024", "report.old-june", "report.tmp-notes"),
                siblings());
        for (String mine : List.of("report.old-june", "report.tmp-notes", "report.old-2024")) {
            assertEquals("mine", Files.readString(folder.resolve(mine).resolve("notes.txt")), mine);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"index.jsh", "INDEX.jsh"})
    void aNotebookWhosePageWouldBeTheIndexIsRefusedBeforeAnythingRuns(String name) throws IOException {
        notebook("01-first.jsh", "// %%\n1\n");
        notebook(name, "// %%\n2\n");

        Outcome outcome = report();

        assertEquals(1, outcome.status());
        assertEquals("", outcome.out());
        String page = name.replace(".jsh", ".html");
        assertEquals("error: " + notebooks().resolve(name) + ": its page would be " + page + ", which is the index "
                + "page (index.html) on this or another file system; rename the notebook\n", outcome.err());
        assertEquals(List.of("notebooks"), siblings());
    }

    @Test
    void everyBadOptionIsNamedBeforeAnythingRunsOrIsWritten() throws IOException {
        notebook("01-first.jsh", "// %%\n1\n");
        Path noData = folder.resolve("no-data");

        Outcome outcome = reportWith("--out", "/", "--jobs", "0", "--data", noData.toString());

        assertEquals(1, outcome.status());
        assertEquals("", outcome.out());
        assertEquals("error: --jobs must be at least 1, not 0\n"
                + "--data " + noData + ": expected a data folder; there is none at " + noData + "\n"
                + "/: is the root folder; --out must name a folder inside another, as the report is built beside it "
                + "and swapped in\n", outcome.err());
        assertEquals(List.of("notebooks"), siblings());
    }

    @Test
    void aBadParameterFailsBeforeAnythingRunsOrIsWritten() throws IOException {
        notebook("01-first.jsh", "// %% tags=[\"parameters\"]\nLocalDate from = LocalDate.of(2018, 1, 1);\n");

        Outcome outcome = report("-p", "from=yesterday");

        assertEquals(1, outcome.status());
        assertEquals("", outcome.out());
        assertEquals("error: " + notebooks().resolve("01-first.jsh") + ", cell 1, line 1: parameter from: "
                + "\"yesterday\" is not a date (yyyy-MM-dd, such as 2021-01-31), as declared by: "
                + "LocalDate from = LocalDate.of(2018, 1, 1);\n", outcome.err());
        assertEquals(List.of("notebooks"), siblings());
    }
}
