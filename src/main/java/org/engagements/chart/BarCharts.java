package org.engagements.chart;

import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.HorizontalBarSeries;

/** Horizontal bar charts of one series: categories top to bottom in the order given. */
final class BarCharts {
    /** The most bars one chart shows; the rest are summed into a last "other" bar. */
    static final int MAX_BARS = 20;

    private BarCharts() {
    }

    /**
     * A category and its count.
     *
     * @param key   what the bar stands for, in the columns of its {@link ChartData} (such as a venue id)
     * @param label the label drawn
     * @param value the length drawn
     * @param ids   the engagements counted in it
     */
    record Bar(List<String> key, String label, int value, List<String> ids) {
    }

    /**
     * The numbers of a chart of {@code bars}, as {@link #of} draws them: one row per bar (the last of
     * them summing the rest, when there are too many), with the columns {@code keyColumns} then
     * {@code label}.
     */
    static ChartData data(List<String> keyColumns, List<Bar> bars, ChartData.Behind behind) {
        List<String> columns = new ArrayList<>(keyColumns);
        columns.add("label");
        List<ChartData.Row> rows = new ArrayList<>();
        for (Bar bar : capped(bars)) {
            List<String> values = new ArrayList<>(bar.key());
            values.add(bar.label());
            rows.add(new ChartData.Row(values, bar.value(), bar.ids()));
        }
        return new ChartData(columns, rows, behind);
    }

    static FramedHorizontalBarChart of(Caption caption, List<Bar> bars, String valueAxisTitle) {
        List<Bar> shown = capped(bars);
        FramedHorizontalBarChart chart = new FramedHorizontalBarChart(caption);
        var s = chart.getStyler();
        s.setLegendVisible(false);
        s.setPlotGridHorizontalLinesVisible(false);
        s.setAvailableSpaceFill(0.7);
        s.setLabelsVisible(true);
        s.setLabelsFont(ReportTheme.labelFont());
        s.setLabelsFontColor(java.awt.Color.WHITE);
        s.setLabelsPosition(0.9);
        s.setXAxisTickMarkSpacingHint(8); // XChart thins category labels by this hint, on either axis
        s.setXAxisTicksVisible(false); // bars carry their values; a value axis would repeat them
        s.setPlotGridVerticalLinesVisible(false);
        s.setAxisTicksLineVisible(false);
        s.setAxisTicksMarksVisible(false);
        s.setLabelsFontColorAutomaticEnabled(false);
        chart.setXAxisTitle(valueAxisTitle);
        chart.setYAxisTitle("");
        s.setYAxisTitleVisible(false);
        int max = shown.stream().mapToInt(Bar::value).max().orElse(0);
        s.setXAxisMin(0.0); // no value axis is drawn, so the longest bar may use the full width
        s.setXAxisMax((double) Math.max(1, max));
        s.setXAxisDecimalPattern("#,##0");
        List<String> labels = new ArrayList<>();
        List<Integer> values = new ArrayList<>();
        for (Bar bar : shown) { // XChart draws the first category at the top
            labels.add(bar.label());
            values.add(bar.value());
        }
        if (labels.isEmpty()) {
            labels.add("(none)");
            values.add(0);
        }
        HorizontalBarSeries series = chart.addSeries("engagements", values, labels);
        series.setFillColor(ReportTheme.ACCENT);
        return chart;
    }

    private static List<Bar> capped(List<Bar> bars) {
        if (bars.size() <= MAX_BARS) {
            return bars;
        }
        List<Bar> shown = new ArrayList<>(bars.subList(0, MAX_BARS - 1));
        int rest = bars.subList(MAX_BARS - 1, bars.size()).stream().mapToInt(Bar::value).sum();
        List<String> ids = EngagementIds.concat(bars.subList(MAX_BARS - 1, bars.size()).stream().map(Bar::ids).toList());
        List<String> noKey = bars.get(0).key().stream().map(value -> "").toList();
        shown.add(new Bar(noKey, (bars.size() - MAX_BARS + 1) + " others", rest, ids));
        return shown;
    }
}
