package org.engagements.chart;

import static org.engagements.analysis.AnalysisColumns.ENGAGEMENTS;

import java.util.ArrayList;
import java.util.List;
import org.engagements.analysis.Venues;
import org.engagements.data.Dataset;
import org.engagements.data.Schema;
import org.knowm.xchart.HorizontalBarChart;
import tech.tablesaw.api.Table;

/** Engagements by venue: horizontal bars, most frequent venue on top. */
public final class VenueChart {
    private VenueChart() {
    }

    /** In: a dataset, or a {@link Dataset#withEngagements view} of it. Out: its venues, with the source line. */
    public static HorizontalBarChart of(Dataset data) {
        return of(data.engagements(), data.places(), ReportCharts.source(data));
    }

    /** In: engagements, places, the source line. Out: one bar per venue (the top venues, the rest summed). */
    public static HorizontalBarChart of(Table engagements, Table places, String source) {
        Table venues = Venues.byVenue(engagements, places);
        List<BarCharts.Bar> bars = new ArrayList<>();
        int total = 0;
        for (int i = 0; i < venues.rowCount(); i++) {
            String country = venues.stringColumn(Schema.COUNTRY).get(i);
            String label = venues.stringColumn(Schema.CITY).get(i) + (country.isEmpty() ? "" : " (" + country + ")");
            bars.add(new BarCharts.Bar(label, venues.intColumn(ENGAGEMENTS).get(i)));
            total += venues.intColumn(ENGAGEMENTS).get(i);
        }
        int without = engagements.rowCount() - total;
        Caption caption = new Caption("Where US and Chinese officials meet",
                "Engagements by venue city (country code), any status. "
                        + String.format(java.util.Locale.ROOT, "%,d", without) + (without == 1 ? " engagement has" : " engagements have") + " no venue (calls) and "
                        + (without == 1 ? "is" : "are") + " not shown.", source);
        return BarCharts.of(caption, bars, "Engagements");
    }
}
