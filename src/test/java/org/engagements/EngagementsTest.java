package org.engagements;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.engagements.chart.ChartExport;
import org.engagements.chart.HostSideChart;
import org.engagements.core.Locations;
import org.engagements.data.DataValidationException;
import org.engagements.data.Dataset;
import org.engagements.data.Schema;
import org.engagements.display.Html;
import org.engagements.data.Fixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knowm.xchart.CategoryChart;

class EngagementsTest {
    @TempDir
    Path temp;

    @Test
    void loadsAFolderGivenAsPathOrString() {
        Path data = Fixture.copyTo(temp);
        assertEquals(4, Engagements.load(data).engagements().rowCount());
        assertEquals(4, Engagements.load(data.toString()).mentions().rowCount());
    }

    @Test
    void loadingBadDataFailsWithTheProblems() throws Exception {
        Path data = Fixture.copyTo(temp);
        Files.delete(data.resolve("mentions.csv"));
        DataValidationException e = assertThrows(DataValidationException.class, () -> Engagements.load(data));
        assertEquals("data/mentions.csv: expected a file; there is none", e.problems().get(0).message());
    }

    @Test
    void saveWritesPngAndSvgByDefaultAndTheFormatsAskedOtherwise() throws Exception {
        String before = System.getProperty(Locations.CHARTS_PROPERTY);
        System.setProperty(Locations.CHARTS_PROPERTY, temp.toString());
        try {
            CategoryChart chart = new CategoryChart(200, 120);
            chart.setTitle("c");
            chart.addSeries("s", List.of("a"), List.of(1));
            assertEquals(chart, Engagements.save(chart, "both"));
            assertEquals(chart, Engagements.save(chart, "vector", ChartExport.Format.PDF, ChartExport.Format.SVG));
            try (Stream<Path> files = Files.list(temp)) {
                assertEquals(List.of("both.png", "both.svg", "vector.pdf", "vector.svg"),
                        files.map(p -> p.getFileName().toString()).sorted().toList());
            }
            assertThrows(IllegalArgumentException.class, () -> Engagements.save(chart, "none", new ChartExport.Format[0]));
        } finally {
            if (before == null) {
                System.clearProperty(Locations.CHARTS_PROPERTY);
            } else {
                System.setProperty(Locations.CHARTS_PROPERTY, before);
            }
        }
    }

    @Test
    void saveWritesTheDataOfAChartOfOursBesideItWithTheArticlesQuotes() throws Exception {
        Path data = Fixture.copyTo(temp);
        Path charts = temp.resolve("charts");
        String before = System.getProperty(Locations.CHARTS_PROPERTY);
        System.setProperty(Locations.CHARTS_PROPERTY, charts.toString());
        try {
            Dataset dataset = Engagements.load(data);
            Engagements.save(HostSideChart.of(dataset), "sides");
            try (Stream<Path> files = Files.list(charts)) {
                assertEquals(List.of("sides-data.html", "sides.csv", "sides.png", "sides.svg"),
                        files.map(p -> p.getFileName().toString()).sorted().toList());
            }
            assertTrue(Files.readString(charts.resolve("sides.csv")).startsWith(
                    "host_side,share,label,engagements,engagement_ids\n"));
            String quote = dataset.mentions().stringColumn(Schema.QUOTE).get(0);
            assertTrue(Files.readString(charts.resolve("sides-data.html")).contains(Html.escape(quote)),
                    "the page quotes the articles");
        } finally {
            if (before == null) {
                System.clearProperty(Locations.CHARTS_PROPERTY);
            } else {
                System.setProperty(Locations.CHARTS_PROPERTY, before);
            }
        }
    }
}
