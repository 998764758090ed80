package org.engagements.chart;

import static org.engagements.analysis.AnalysisColumns.ENGAGEMENTS;
import static org.engagements.analysis.AnalysisColumns.KEY;
import static org.engagements.analysis.AnalysisColumns.PERIOD;
import static org.engagements.analysis.AnalysisColumns.PERIOD_START;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.engagements.analysis.Frequency;
import org.engagements.analysis.Granularity;
import org.engagements.data.Dataset;
import org.engagements.data.Schema;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategorySeries;
import tech.tablesaw.api.Table;

/**
 * Engagements over time, stacked by status. The period is picked from the span: months while they fit
 * ({@value #MAX_BARS} bars at most), else quarters, else years; the table is aggregated before plotting,
 * so the chart costs the same for 20 or 20,000 engagements.
 */
public final class FrequencyChart {
    /** The most bars the chart draws. */
    static final int MAX_BARS = 40;
    /** A lower bound of the plot's width, legend on the right, in logical pixels. */
    private static final double PLOT_WIDTH = ReportTheme.WIDTH - 260;

    private FrequencyChart() {
    }

    /**
     * In: a dataset, or a {@link Dataset#withEngagements view} of some of its engagements. Out: its
     * engagements per period as a stacked bar chart, with the source line.
     */
    public static CategoryChart byStatus(Dataset data) {
        return ReportCharts.withQuotes(byStatus(data.engagements(), ReportCharts.source(data)), data);
    }

    /** In: engagements and the source line. Out: a stacked bar chart, one bar per period. */
    public static CategoryChart byStatus(Table engagements, String source) {
        Granularity period = choosePeriod(engagements);
        Table counts = Frequency.byStatus(engagements, period);
        Map<String, List<Integer>> series = new LinkedHashMap<>();
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < counts.rowCount(); i++) {
            String label = counts.stringColumn(PERIOD).get(i);
            if (labels.isEmpty() || !labels.get(labels.size() - 1).equals(label)) {
                labels.add(label);
            }
            series.computeIfAbsent(counts.stringColumn(KEY).get(i), k -> new ArrayList<>())
                    .add(counts.intColumn(ENGAGEMENTS).get(i));
        }
        String span = labels.isEmpty() ? "" : ", " + labels.get(0) + " to " + labels.get(labels.size() - 1);
        Caption caption = new Caption("US–China engagements per " + period.code(),
                "By " + period.code() + " of start date, stacked by latest reported status" + span
                        + "; empty " + period.code() + "s kept.", source);
        FramedCategoryChart chart = new FramedCategoryChart(caption);
        style(chart, labels);
        chart.setXAxisTitle(capitalised(period.code()));
        chart.setYAxisTitle("Engagements");
        int max = 0;
        for (int p = 0; p < labels.size(); p++) {
            int sum = 0;
            for (List<Integer> values : series.values()) {
                sum += values.get(p);
            }
            max = Math.max(max, sum);
        }
        Axes.integerYAxis(chart.getStyler(), max);
        addSeries(chart, labels, series);
        chart.setData(data(engagements, period, counts, series));
        return chart;
    }

    /**
     * One row per stacked segment of a status drawn (in the legend): period, period_start, status, the
     * count and its engagements. Empty periods keep their zero rows.
     */
    private static ChartData data(Table engagements, Granularity period, Table counts, Map<String, List<Integer>> series) {
        var dates = engagements.dateColumn(Schema.DATE_START);
        var statuses = engagements.stringColumn(Schema.STATUS);
        // A million rows fall on a few thousand days: each day's label is made once.
        Map<Integer, String> labels = new HashMap<>();
        Map<List<String>, List<String>> ids = EngagementIds.by(engagements, i -> dates.isMissing(i) ? null
                : List.of(labels.computeIfAbsent(dates.getIntInternal(i), day -> period.label(dates.get(i))),
                        statuses.get(i)));
        List<ChartData.Row> rows = new ArrayList<>();
        for (int i = 0; i < counts.rowCount(); i++) {
            String key = counts.stringColumn(KEY).get(i);
            if (series.get(key).stream().anyMatch(v -> v > 0)) {
                String label = counts.stringColumn(PERIOD).get(i);
                rows.add(new ChartData.Row(List.of(label, counts.dateColumn(PERIOD_START).get(i).toString(), key),
                        counts.intColumn(ENGAGEMENTS).get(i), EngagementIds.of(ids, List.of(label, key))));
            }
        }
        return new ChartData(List.of(PERIOD, PERIOD_START, Schema.STATUS), rows, ChartData.Behind.of(engagements));
    }

    private static void addSeries(FramedCategoryChart chart, List<String> labels, Map<String, List<Integer>> series) {
        if (labels.isEmpty()) {
            chart.addSeries("no engagements", List.of("none"), List.of(0)).setShowInLegend(false);
            return;
        }
        series.forEach((key, values) -> {
            if (values.stream().anyMatch(v -> v > 0)) {
                // The count in brackets is information, and gives every legend label the same height
                // (XChart centres legend text on its ink, so "held" would sit higher than "planned").
                String name = (key.isEmpty() ? "(missing)" : key) + " (" + values.stream().mapToInt(v -> v).sum() + ")";
                CategorySeries s = chart.addSeries(name, labels, values);
                s.setFillColor(ReportTheme.statusColor(key));
                s.setLineColor(ReportTheme.statusColor(key));
            }
        });
        if (chart.getSeriesCollection().isEmpty()) {
            chart.addSeries("no engagements", labels, labels.stream().map(l -> 0).toList()).setShowInLegend(false);
        }
    }

    private static void style(FramedCategoryChart chart, List<String> labels) {
        int bars = labels.size();
        var s = chart.getStyler();
        s.setStacked(true);
        s.setOverlapped(false);
        s.setAvailableSpaceFill(0.8);
        s.setPlotGridVerticalLinesVisible(false);
        // Every bar keeps its own label (XChart's thinning spreads labels evenly, off their bars);
        // labels wider than their bar's slot are turned 45 degrees so they never overlap.
        s.setXAxisTickMarkSpacingHint(8);
        s.setXAxisLabelRotation(labelWidth(labels) > 0.8 * PLOT_WIDTH / Math.max(1, bars) ? 45 : 0);
        ReportTheme.statusLegend(s);
    }

    /** The widest label's width in the tick label font, in logical pixels. */
    private static double labelWidth(List<String> labels) {
        var context = new java.awt.font.FontRenderContext(null, true, true);
        double widest = 0;
        for (String label : labels) {
            widest = Math.max(widest, ReportTheme.labelFont().getStringBounds(label, context).getWidth());
        }
        return widest;
    }

    static Granularity choosePeriod(Table engagements) {
        LocalDate first = engagements.dateColumn(Schema.DATE_START).min();
        LocalDate last = engagements.dateColumn(Schema.DATE_START).max();
        return first == null ? Granularity.QUARTER : Granularity.choose(first, last, MAX_BARS);
    }

    private static String capitalised(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
