package org.engagements.chart;

import static org.engagements.analysis.AnalysisColumns.ENGAGEMENTS;
import static org.engagements.analysis.AnalysisColumns.SHARE;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import org.engagements.analysis.Venues;
import org.engagements.data.Dataset;
import org.engagements.data.HostSide;
import org.engagements.data.Schema;
import org.knowm.xchart.HorizontalBarChart;
import tech.tablesaw.api.Table;

/** Whose ground engagements are on: four bars (US, China, third country, none), always all four. */
public final class HostSideChart {
    private HostSideChart() {
    }

    /** In: a dataset, or a {@link Dataset#withEngagements view} of it. Out: its host sides, with the source line. */
    public static HorizontalBarChart of(Dataset data) {
        return ReportCharts.withQuotes(of(data.engagements(), ReportCharts.source(data)), data);
    }

    /** In: engagements, the source line. Out: one bar per host side, labelled with its share. */
    public static HorizontalBarChart of(Table engagements, String source) {
        Table sides = Venues.byHostSide(engagements);
        var hostSides = engagements.stringColumn(Schema.HOST_SIDE);
        Map<String, List<String>> ids = EngagementIds.by(engagements, hostSides::get);
        List<BarCharts.Bar> bars = new ArrayList<>();
        for (int i = 0; i < sides.rowCount(); i++) {
            String code = sides.stringColumn(Schema.HOST_SIDE).get(i);
            String share = String.format(Locale.ROOT, "%.0f%%", 100 * sides.doubleColumn(SHARE).getDouble(i));
            String exactShare = String.format(Locale.ROOT, "%.4f", sides.doubleColumn(SHARE).getDouble(i));
            bars.add(new BarCharts.Bar(List.of(code, exactShare), name(code) + " · " + share,
                    sides.intColumn(ENGAGEMENTS).get(i), EngagementIds.of(ids, code)));
        }
        Caption caption = new Caption("Whose ground: where engagements take place",
                "Engagements by host side, any status; share of all " + engagements.rowCount()
                        + " engagements after each name. Calls have no host.", source);
        FramedHorizontalBarChart chart = BarCharts.of(caption, bars, "Engagements");
        chart.setData(BarCharts.data(List.of(Schema.HOST_SIDE, SHARE), bars, ChartData.Behind.of(engagements)));
        return chart;
    }

    private static String name(String code) {
        return HostSide.find(code).map(ReportTheme::hostSideName).orElse(code.isEmpty() ? "(missing)" : code);
    }
}
