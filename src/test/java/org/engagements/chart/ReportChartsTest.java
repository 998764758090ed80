package org.engagements.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.engagements.analysis.EngagementTables;
import org.engagements.analysis.Filters;
import org.engagements.analysis.SampleData;
import org.engagements.chart.ChartExport.Format;
import org.engagements.data.Dataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.knowm.xchart.internal.chartpart.Chart;
import org.w3c.dom.Document;
import tech.tablesaw.api.Table;

class ReportChartsTest {
    static Stream<String> names() {
        return ReportCharts.NAMES.stream();
    }

    private static Chart<?, ?> chart(Dataset data, String name) {
        return ReportCharts.build(data).get(name);
    }

    @ParameterizedTest
    @MethodSource("names")
    void eachChartRendersAPngAtReportSize(String name) throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(ChartExport.png(chart(SampleData.realistic(), name))));
        assertEquals(ReportTheme.WIDTH * ReportTheme.PNG_SCALE, image.getWidth());
        assertEquals(ReportTheme.HEIGHT * ReportTheme.PNG_SCALE, image.getHeight());
        assertTrue(image.getWidth() >= 1600);
    }

    @ParameterizedTest
    @MethodSource("names")
    void eachChartRendersAnSvgThatParsesAndCarriesItsTitle(String name) throws Exception {
        Chart<?, ?> chart = chart(SampleData.realistic(), name);
        Document svg = parse(ChartExport.svg(chart));
        assertEquals("svg", svg.getDocumentElement().getNodeName());
        assertTrue(svg.getDocumentElement().getTextContent().contains(chart.getTitle()), chart.getTitle());
        assertTrue(svg.getDocumentElement().getTextContent().contains("Source: 5 articles, 27 engagements"));
    }

    @ParameterizedTest
    @MethodSource("names")
    void twoRendersOfTheSameDataAreByteIdentical(String name) {
        Chart<?, ?> first = chart(SampleData.realistic(), name);
        Chart<?, ?> second = chart(SampleData.realistic(), name);
        assertArrayEquals(ChartExport.png(first), ChartExport.png(second));
        assertArrayEquals(ChartExport.svg(first), ChartExport.svg(second));
        assertArrayEquals(ChartExport.png(first), ChartExport.png(first), "rendering twice changes nothing");
    }

    @Test
    void writeAllWritesEveryChartUnderItsStableName(@TempDir Path dir) throws IOException {
        List<Path> written = ReportCharts.writeAll(SampleData.realistic(), dir.resolve("charts"), ChartExport.DEFAULT_FORMATS);
        List<String> files = new java.util.ArrayList<>();
        for (String name : ReportCharts.NAMES) {
            files.addAll(List.of(name + ".png", name + ".svg", name + ".csv", name + "-data.html"));
        }
        assertEquals(files, written.stream().map(p -> p.getFileName().toString()).toList());
        try (Stream<Path> listed = Files.list(dir.resolve("charts"))) {
            assertEquals(4 * ReportCharts.NAMES.size(), listed.count(), "no temporary files left behind");
        }
    }

    @Test
    void writeAllWritesOnlyTheFormatsAsked(@TempDir Path dir) {
        List<Path> written = ReportCharts.writeAll(SampleData.realistic(), dir, EnumSet.of(Format.SVG));
        List<Path> images = written.stream().filter(p -> !p.toString().endsWith(".csv") && !p.toString().endsWith(".html"))
                .toList();
        assertEquals(ReportCharts.NAMES.size(), images.size());
        assertTrue(images.stream().allMatch(p -> p.toString().endsWith(".svg")));
    }

    @Test
    void everyChartRendersWithNoEngagementsAtAll() {
        Dataset empty = SampleData.dataset(new EngagementTables().engagements(), new java.util.TreeMap<>());
        for (Map.Entry<String, Chart<?, ?>> entry : ReportCharts.build(empty).entrySet()) {
            assertTrue(ChartExport.png(entry.getValue()).length > 0, entry.getKey());
            assertTrue(ChartExport.svg(entry.getValue()).length > 0, entry.getKey());
        }
    }

    @Test
    void everyChartRendersTenThousandEngagements() {
        for (Map.Entry<String, Chart<?, ?>> entry : ReportCharts.build(SampleData.synthetic(10_000, 7)).entrySet()) {
            assertTrue(ChartExport.png(entry.getValue()).length > 0, entry.getKey());
        }
    }

    @Test
    void theSourceLineCountsArticlesAndEngagements() {
        assertEquals("Source: 5 articles, 27 engagements", ReportCharts.source(SampleData.realistic()));
    }

    @Test
    void theSourceLineOfAViewSaysHowManyOfTheWholesEngagementsItShows() {
        Dataset data = SampleData.realistic();
        Dataset held = data.withEngagements(Filters.held(data.engagements()));
        int shown = held.engagements().rowCount();
        assertTrue(shown > 0 && shown < 27, "the fixture has held and other engagements");
        assertEquals("Source: 5 articles; " + shown + " of 27 engagements", ReportCharts.source(held));
        assertEquals(ReportCharts.source(data, held.engagements()), ReportCharts.source(held));
        assertEquals("Source: 5 articles, 27 engagements", ReportCharts.source(data.withEngagements(
                Filters.between(data.engagements(), null, null))), "a view that leaves nothing out");
    }

    /** Each factory given a dataset or a view draws what the table-taking one draws with its source line. */
    @Test
    void aFactoryGivenADatasetOrAViewDrawsWhatTheTableFactoryDrawsWithTheSourceLine() {
        Dataset whole = SampleData.realistic();
        for (Dataset data : List.of(whole, whole.withEngagements(Filters.held(whole.engagements())))) {
            Table e = data.engagements();
            String source = ReportCharts.source(whole, e);
            assertSvgEquals(FrequencyChart.byStatus(e, source), FrequencyChart.byStatus(data));
            assertSvgEquals(VenueChart.of(e, whole.places(), source), VenueChart.of(data));
            assertSvgEquals(IssueChart.of(e, whole.issues(), source), IssueChart.of(data));
            assertSvgEquals(CooccurrenceChart.of(e, whole.issues(), source), CooccurrenceChart.of(data));
            assertSvgEquals(TimelineChart.of(e, source), TimelineChart.of(data));
            assertSvgEquals(HostSideChart.of(e, source), HostSideChart.of(data));
        }
    }

    private static void assertSvgEquals(Chart<?, ?> expected, Chart<?, ?> actual) {
        assertEquals(new String(ChartExport.svg(expected), java.nio.charset.StandardCharsets.UTF_8),
                new String(ChartExport.svg(actual), java.nio.charset.StandardCharsets.UTF_8));
    }

    static Document parse(byte[] svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setValidating(false);
        // The SVG names the W3C DTD; never fetch it (tests run without network).
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg));
    }
}
