package org.engagements.chart;

import static org.engagements.analysis.AnalysisColumns.ENGAGEMENTS;
import static org.engagements.analysis.AnalysisColumns.ISSUE_A;
import static org.engagements.analysis.AnalysisColumns.ISSUE_B;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.engagements.analysis.Filters;
import org.engagements.analysis.Frequency;
import org.engagements.analysis.Issues;
import org.engagements.analysis.SampleData;
import org.engagements.analysis.Venues;
import org.engagements.chart.ChartExport.Format;
import org.engagements.data.Dataset;
import org.engagements.data.Level;
import org.engagements.data.Schema;
import org.engagements.display.MimeType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.knowm.xchart.CategoryChart;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.io.csv.CsvReadOptions;

class ChartDataTest {
    /** Every report chart of three datasets: the fixture, a view of it, and one large enough to bin the timeline. */
    static Stream<Arguments> charts() {
        Dataset realistic = SampleData.realistic();
        List<Dataset> datasets = List.of(realistic, realistic.withEngagements(Filters.held(realistic.engagements())),
                SampleData.synthetic(1_500, 11));
        List<Arguments> all = new ArrayList<>();
        for (int d = 0; d < datasets.size(); d++) {
            for (String name : ReportCharts.NAMES) {
                all.add(Arguments.of(name, d, datasets.get(d)));
            }
        }
        return all.stream();
    }

    /** The issue's "done when": the CSV's totals equal the analysis table the chart was drawn from. */
    @ParameterizedTest(name = "{0} of dataset {1}")
    @MethodSource("charts")
    void theCsvTotalEqualsTheAnalysisTableTheChartWasDrawnFrom(String name, int which, Dataset data) {
        Table csv = read(ChartData.find(ReportCharts.build(data, name)).orElseThrow().csv());
        int total = csv.intColumn(ENGAGEMENTS).asList().stream().mapToInt(Integer::intValue).sum();
        assertEquals(expectedTotal(name, data), total, name);
        assertTrue(total > 0, "the fixture draws something on " + name);
    }

    /** Each row's ids are as many as its number, all of engagements of the table the chart was drawn from. */
    @ParameterizedTest(name = "{0} of dataset {1}")
    @MethodSource("charts")
    void everyNumberHasAsManyEngagementIdsAsItCounts(String name, int which, Dataset data) {
        Table csv = read(ChartData.find(ReportCharts.build(data, name)).orElseThrow().csv());
        Set<String> known = new HashSet<>(data.engagements().stringColumn(Schema.ID).asList());
        for (int i = 0; i < csv.rowCount(); i++) {
            String cell = csv.stringColumn(ChartData.ENGAGEMENT_IDS).get(i);
            List<String> ids = cell.isEmpty() ? List.of() : List.of(cell.split(Schema.LIST_SEPARATOR));
            assertEquals(csv.intColumn(ENGAGEMENTS).get(i), ids.size(), name + " row " + (i + 1) + ": " + cell);
            assertEquals(ids.size(), new HashSet<>(ids).size(), "no id twice in a row: " + cell);
            assertTrue(known.containsAll(ids), cell);
        }
    }

    private static int expectedTotal(String name, Dataset data) {
        Table e = data.engagements();
        return switch (name) {
            case "frequency-by-status" -> sum(Frequency.byStatus(e, FrequencyChart.choosePeriod(e)));
            case "venues" -> sum(Venues.byVenue(e, data.places()));
            case "issues" -> sum(Issues.tagged(e, data.issues()));
            case "issue-cooccurrence" -> shownPairs(Issues.cooccurrence(e, data.issues()));
            case "timeline" -> (int) java.util.stream.IntStream.range(0, e.rowCount())
                    .filter(i -> !e.dateColumn(Schema.DATE_START).isMissing(i)
                            && Level.find(e.stringColumn(Schema.LEVEL).get(i)).isPresent()).count();
            case "host-side" -> sum(Venues.byHostSide(e));
            case "venue-map" -> {
                Table venues = Venues.byVenue(e, data.places());
                yield sum(venues.where(venues.doubleColumn(Schema.LATITUDE).isNotMissing()
                        .and(venues.doubleColumn(Schema.LONGITUDE).isNotMissing())));
            }
            default -> throw new AssertionError("a chart this test does not know: " + name);
        };
    }

    private static int sum(Table analysis) {
        return (int) analysis.intColumn(ENGAGEMENTS).sum();
    }

    /** The heat map shows the first {@value CooccurrenceChart#MAX_ISSUES} issues: their pairs' counts. */
    private static int shownPairs(Table pairs) {
        List<String> shown = new ArrayList<>();
        for (int i = 0; i < pairs.rowCount() && shown.size() < CooccurrenceChart.MAX_ISSUES; i++) {
            if (pairs.stringColumn(ISSUE_A).get(i).equals(pairs.stringColumn(ISSUE_B).get(i))) {
                shown.add(pairs.stringColumn(ISSUE_A).get(i));
            }
        }
        int total = 0;
        for (int i = 0; i < pairs.rowCount(); i++) {
            if (shown.contains(pairs.stringColumn(ISSUE_A).get(i)) && shown.contains(pairs.stringColumn(ISSUE_B).get(i))) {
                total += pairs.intColumn(ENGAGEMENTS).get(i);
            }
        }
        return total;
    }

    @Test
    void theCsvOfTheSameDataIsByteIdentical() {
        for (String name : ReportCharts.NAMES) {
            assertArrayEquals(ChartData.find(ReportCharts.build(SampleData.realistic(), name)).orElseThrow().csv(),
                    ChartData.find(ReportCharts.build(SampleData.realistic(), name)).orElseThrow().csv(), name);
        }
    }

    @Test
    void fieldsWithCommasAndQuotesAreQuoted() {
        ChartData data = new ChartData(List.of("label"), List.of(ChartData.Row.of(List.of("Rome, \"Italy\""),
                List.of("e2", "e1"))), ChartData.Behind.of(SampleData.realistic().engagements()));
        assertEquals("label,engagements,engagement_ids\n\"Rome, \"\"Italy\"\"\",2,e1;e2\n",
                new String(data.csv(), StandardCharsets.UTF_8));
    }

    @Test
    void writeAllPutsEachChartsCsvAndDataPageBesideItsImages(@TempDir Path dir) throws IOException {
        List<Path> written = ReportCharts.writeAll(SampleData.realistic(), dir, EnumSet.of(Format.PNG));
        assertEquals(List.of("venues.png", "venues.csv", "venues-data.html"), written.stream()
                .map(p -> p.getFileName().toString()).filter(f -> f.startsWith("venues.") || f.startsWith("venues-"))
                .toList());
        String page = Files.readString(dir.resolve("venues-data.html"));
        assertTrue(page.contains("<a href=\"venues.csv\">"), "the page links its CSV");
        assertTrue(page.contains("(no article quoted)"), "the fixture has no mentions, and the page says so");
    }

    @Test
    void theDataPageQuotesTheArticlesAndEscapesTheirWords() {
        Dataset data = SampleData.realistic();
        ChartData numbers = ChartData.find(VenueChart.of(data)).orElseThrow();
        String id = numbers.rows().get(0).ids().get(0);
        Table mentions = Table.create(StringColumn.create(Schema.ARTICLE_ID, "a1"),
                StringColumn.create(Schema.ENGAGEMENT_ID, id),
                StringColumn.create(Schema.QUOTE, "They met. <script>alert(1)</script> & more"));
        Table articles = Table.create(StringColumn.create(Schema.ID, "a1"), StringColumn.create(Schema.TITLE, "A <b>title</b>"),
                StringColumn.create(Schema.OUTLET, "Outlet"), StringColumn.create(Schema.PUBLISHED, "2024-01-02"),
                StringColumn.create(Schema.URL, "javascript:alert(1)"));
        String page = ChartDataPage.render("Venues <i>", "venues", numbers.with(new ChartData.Behind(data.engagements(),
                java.util.Optional.of(mentions), java.util.Optional.of(articles))));
        assertTrue(page.contains("<blockquote>They met. &lt;script&gt;alert(1)&lt;/script&gt; &amp; more</blockquote>"), page);
        assertTrue(page.contains("<tr id=\"e-" + id + "\">"), "the engagement's row is the target of its links");
        assertFalse(page.contains("<script>") || page.contains("<b>title") || page.contains("<i>"), "no markup from the data");
        assertFalse(page.contains("javascript:"), "only web addresses become links");
    }

    @Test
    void aNumberOfManyEngagementsLinksAFewAndSendsTheReaderToTheCsvForTheRest() {
        Dataset data = SampleData.synthetic(1_500, 11);
        ChartData numbers = ChartData.find(VenueChart.of(data)).orElseThrow();
        ChartData.Row biggest = numbers.rows().stream().max(java.util.Comparator.comparingInt(r -> r.ids().size()))
                .orElseThrow();
        int more = biggest.ids().size() - ChartDataPage.LISTED_PER_NUMBER;
        assertTrue(more > 0, "the synthetic data has a venue of many engagements");
        String page = ChartDataPage.render("Venues", "venues", numbers);
        assertTrue(page.contains(" … and " + more + " more in <a href=\"venues.csv\">venues.csv</a>"), page);
        assertTrue(page.contains("<tr id=\"e-" + biggest.ids().get(0) + "\">"), "the first are listed");
        assertFalse(page.contains("<tr id=\"e-" + biggest.ids().get(biggest.ids().size() - 1) + "\">"),
                "the rest are only in the CSV");
        assertTrue(page.contains("up to " + ChartDataPage.LISTED_PER_NUMBER + " for each number"), "the page says so");
    }

    @Test
    void aChartBuiltStraightFromXChartGetsNoDataAndStaleDataIsRemoved(@TempDir Path dir) throws IOException {
        ReportCharts.writeAll(SampleData.realistic(), dir, EnumSet.of(Format.SVG));
        assertTrue(Files.exists(dir.resolve("venues.csv")));
        CategoryChart plain = new CategoryChart(400, 300);
        plain.addSeries("s", List.of("a"), List.of(1));
        assertEquals(List.of(dir.resolve("venues.svg")), ChartExport.write(plain, dir, "venues", EnumSet.of(Format.SVG)));
        assertEquals(List.of(), ChartExport.writeData(plain, dir, "venues"));
        assertFalse(Files.exists(dir.resolve("venues.csv")), "the CSV of another chart would mislead");
        assertFalse(Files.exists(dir.resolve("venues-data.html")));
        assertTrue(ChartData.find(plain).isEmpty());
    }

    @Test
    void aSavedChartsDisplayListsItsDataFilesSoAPageCanLinkThem(@TempDir Path dir) {
        var chart = HostSideChart.of(SampleData.realistic());
        var renderer = new org.engagements.display.ChartRenderer();
        assertTrue(renderer.render(chart).orElseThrow().find(MimeType.TEXT_URI_LIST).isEmpty(), "not saved yet");
        ChartExport.writeData(chart, dir, "sides");
        assertEquals("sides.csv\nsides-data.html",
                renderer.render(chart).orElseThrow().find(MimeType.TEXT_URI_LIST).orElseThrow());
    }

    private static Table read(byte[] csv) {
        try {
            return Table.read().usingOptions(CsvReadOptions.builder(new StringReader(new String(csv, StandardCharsets.UTF_8)))
                    .maxCharsPerColumn(10_000_000)
                    .columnTypes(column -> column.equals(ENGAGEMENTS) ? ColumnType.INTEGER : ColumnType.STRING));
        } catch (RuntimeException e) {
            String text = new String(csv, StandardCharsets.UTF_8);
            throw new AssertionError("the CSV does not parse: " + text.substring(0, Math.min(500, text.length())), e);
        }
    }
}
