package org.engagements.chart;

import static org.engagements.analysis.AnalysisColumns.ENGAGEMENTS;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.engagements.analysis.Venues;
import org.engagements.data.Dataset;
import org.engagements.data.Schema;
import org.knowm.xchart.HorizontalBarChart;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** Engagements by venue: horizontal bars, most frequent venue on top. */
public final class VenueChart {
    private VenueChart() {
    }

    /** In: a dataset, or a {@link Dataset#withEngagements view} of it. Out: its venues, with the source line. */
    public static HorizontalBarChart of(Dataset data) {
        return ReportCharts.withQuotes(of(data.engagements(), data.places(), ReportCharts.source(data)), data);
    }

    /** In: engagements, places, the source line. Out: one bar per venue (the top venues, the rest summed). */
    public static HorizontalBarChart of(Table engagements, Table places, String source) {
        Table venues = Venues.byVenue(engagements, places);
        StringColumn venueColumn = engagements.stringColumn(Schema.VENUE);
        Map<String, List<String>> ids = EngagementIds.by(engagements, i -> venueOf(venueColumn, i));
        List<BarCharts.Bar> bars = new ArrayList<>();
        int total = 0;
        for (int i = 0; i < venues.rowCount(); i++) {
            String country = venues.stringColumn(Schema.COUNTRY).get(i);
            String label = venues.stringColumn(Schema.CITY).get(i) + (country.isEmpty() ? "" : " (" + country + ")");
            String venue = venues.stringColumn(Schema.VENUE).get(i);
            bars.add(new BarCharts.Bar(List.of(venue, venues.stringColumn(Schema.CITY).get(i), country), label,
                    venues.intColumn(ENGAGEMENTS).get(i), EngagementIds.of(ids, venue)));
            total += venues.intColumn(ENGAGEMENTS).get(i);
        }
        int without = engagements.rowCount() - total;
        Caption caption = new Caption("Where US and Chinese officials meet",
                "Engagements by venue city (country code), any status. "
                        + String.format(java.util.Locale.ROOT, "%,d", without) + (without == 1 ? " engagement has" : " engagements have") + " no venue (calls) and "
                        + (without == 1 ? "is" : "are") + " not shown.", source);
        FramedHorizontalBarChart chart = BarCharts.of(caption, bars, "Engagements");
        chart.setData(BarCharts.data(List.of(Schema.VENUE, Schema.CITY, Schema.COUNTRY), bars,
                ChartData.Behind.of(engagements)));
        return chart;
    }

    /** The venue id of row {@code i} of the engagements' venue column, as {@link Venues#byVenue} counts it; null for none (a call). */
    static String venueOf(StringColumn venues, int i) {
        String venue = venues.get(i);
        String id = venue == null ? "" : venue.strip();
        return id.isEmpty() ? null : id;
    }
}
