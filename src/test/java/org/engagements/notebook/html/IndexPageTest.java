package org.engagements.notebook.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.engagements.notebook.executed.ExecutedNotebook;
import org.engagements.notebook.executed.TestRuns;
import org.junit.jupiter.api.Test;

class IndexPageTest {
    private static String index(List<String> charts) {
        ExecutedNotebook tour = TestRuns.run("tour", List.of(), false);
        return IndexPage.render(new IndexPage.Contents("Report", List.of(tour), tour.record(), charts));
    }

    @Test
    void aChartLinksItsImagesThenItsDataOnOneLine() {
        String html = index(List.of("charts/venues-data.html", "charts/venues.csv", "charts/venues.png",
                "charts/venues.svg"));
        assertTrue(html.contains("<li><span class=\"chart-name\">venues</span> <a href=\"charts/venues.png\">PNG</a> · "
                + "<a href=\"charts/venues.svg\">SVG</a> · Get the data: <a href=\"charts/venues.csv\">CSV</a> · "
                + "<a href=\"charts/venues-data.html\">engagements and quotes</a></li>"), html);
    }

    @Test
    void aChartWithoutDataLinksItsImagesAlone() {
        String html = index(List.of("charts/bars.png", "charts/bars.svg", "charts/venue-map-data.html",
                "charts/venue-map.csv", "charts/venue-map.png"));
        assertTrue(html.contains("<li><span class=\"chart-name\">bars</span> <a href=\"charts/bars.png\">PNG</a> · "
                + "<a href=\"charts/bars.svg\">SVG</a></li>"), html);
        assertEquals(2, html.split("<li><span class=\"chart-name\">", -1).length - 1, "one line per chart: " + html);
    }
}
