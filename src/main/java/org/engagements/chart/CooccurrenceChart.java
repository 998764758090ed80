package org.engagements.chart;

import static org.engagements.analysis.AnalysisColumns.ENGAGEMENTS;
import static org.engagements.analysis.AnalysisColumns.ISSUE_A;
import static org.engagements.analysis.AnalysisColumns.ISSUE_B;

import java.awt.Color;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.engagements.analysis.Issues;
import org.engagements.data.Dataset;
import org.engagements.data.Schema;
import org.knowm.xchart.HeatMapChart;
import tech.tablesaw.api.Table;

/**
 * Which issues come up together: a heat map of engagements tagged with both issues (as tagged, no
 * roll-up); pairs never tagged together stay blank. The diagonal (an issue with itself) is left blank so it does not swamp the colour scale;
 * each issue's own count is in its label instead. At most {@value #MAX_ISSUES} issues, the most tagged.
 */
public final class CooccurrenceChart {
    static final int MAX_ISSUES = 12;
    /** Pale to mid blue: sequential, colour-blind safe, and dark text stays legible on every cell. */
    private static final Color LOW = new Color(0xEFF6FC);
    private static final Color HIGH = new Color(0x4F9BD4);

    private CooccurrenceChart() {
    }

    /**
     * In: a dataset, or a {@link Dataset#withEngagements view} of it. Out: its issues × issues heat map,
     * with the source line.
     */
    public static HeatMapChart of(Dataset data) {
        return ReportCharts.withQuotes(of(data.engagements(), data.issues(), ReportCharts.source(data)), data);
    }

    /** In: engagements, issues (id, label, parent), the source line. Out: an issues × issues heat map. */
    public static HeatMapChart of(Table engagements, Table issues, String source) {
        Table pairs = Issues.cooccurrence(engagements, issues);
        Map<String, String> labels = new HashMap<>();
        for (int i = 0; i < issues.rowCount(); i++) {
            labels.put(issues.stringColumn(Schema.ID).get(i), issues.stringColumn(Schema.LABEL).get(i));
        }
        List<String> ids = new ArrayList<>();
        Map<String, Integer> totals = new HashMap<>();
        for (int i = 0; i < pairs.rowCount(); i++) {
            String a = pairs.stringColumn(ISSUE_A).get(i);
            if (a.equals(pairs.stringColumn(ISSUE_B).get(i)) && ids.size() < MAX_ISSUES) {
                ids.add(a);
                totals.put(a, pairs.intColumn(ENGAGEMENTS).get(i));
            }
        }
        List<String> axis = new ArrayList<>();
        ids.forEach(id -> axis.add(labels.getOrDefault(id, id) + " (" + totals.get(id) + ")"));
        List<Number[]> cells = new ArrayList<>();
        int max = 1;
        for (int i = 0; i < pairs.rowCount(); i++) {
            int x = ids.indexOf(pairs.stringColumn(ISSUE_A).get(i));
            int y = ids.indexOf(pairs.stringColumn(ISSUE_B).get(i));
            int value = pairs.intColumn(ENGAGEMENTS).get(i);
            if (x >= 0 && y >= 0 && x != y && value > 0) {
                cells.add(new Number[] {x, y, value});
                max = Math.max(max, value);
            }
        }
        Caption caption = new Caption("Which issues come up together",
                "Engagements tagged with both issues (blank: never), any status; each issue's own count in"
                        + " brackets; sub-issues as tagged.", source);
        if (axis.isEmpty()) {
            axis.add("(no issues)");
        }
        if (cells.isEmpty()) {
            // XChart needs one cell; a zero prints as nothing (only positive counts are ever added).
            cells.add(new Number[] {0, 0, 0});
            caption = caption.withSubtitle("No two issues were ever tagged on the same engagement.");
        }
        FramedHeatMapChart chart = new FramedHeatMapChart(caption);
        style(chart, max);
        chart.addSeries("engagements tagged with both", axis, reversed(axis), flipY(cells, axis.size()));
        chart.setData(data(engagements, pairs, ids));
        return chart;
    }

    /**
     * One row per number drawn, issue_a then issue_b in the axes' order: a cell, or an issue with itself
     * (the count in its label); with the count and its engagements.
     */
    private static ChartData data(Table engagements, Table pairs, List<String> shown) {
        Map<List<String>, List<String>> ids = EngagementIds.byRows(engagements, Issues.cooccurrenceRows(engagements));
        List<ChartData.Row> rows = new ArrayList<>();
        for (int i = 0; i < pairs.rowCount(); i++) {
            String a = pairs.stringColumn(ISSUE_A).get(i);
            String b = pairs.stringColumn(ISSUE_B).get(i);
            int value = pairs.intColumn(ENGAGEMENTS).get(i);
            if (shown.contains(a) && shown.contains(b) && (a.equals(b) || value > 0)) {
                rows.add(new ChartData.Row(List.of(a, b), value, EngagementIds.of(ids, List.of(a, b))));
            }
        }
        return new ChartData(List.of(ISSUE_A, ISSUE_B), rows, ChartData.Behind.of(engagements));
    }

    private static void style(FramedHeatMapChart chart, int max) {
        var s = chart.getStyler();
        s.setLegendVisible(false); // every cell prints its count; a colour key would repeat it
        s.setRangeColors(new Color[] {LOW, HIGH});
        s.setMin(0);
        s.setMax(max);
        s.setShowValue(true);
        s.setValueFont(ReportTheme.labelFont());
        s.setHeatMapDecimalValueFormatter(v -> v == 0 ? "" : String.format(java.util.Locale.ROOT, "%,d", Math.round(v)));
        s.setDrawBorder(true);
        s.setPlotGridLinesVisible(false);
        s.setXAxisLabelRotation(35);
        s.setXAxisTickMarkSpacingHint(8); // XChart thins category labels by this hint, on either axis
        s.setXAxisTitleVisible(false);
        s.setYAxisTitleVisible(false);
    }

    /** Heat map rows go bottom-up; reversing them puts the most tagged issue at the top left. */
    private static List<String> reversed(List<String> axis) {
        List<String> copy = new ArrayList<>(axis);
        java.util.Collections.reverse(copy);
        return copy;
    }

    private static List<Number[]> flipY(List<Number[]> cells, int size) {
        List<Number[]> flipped = new ArrayList<>();
        for (Number[] c : cells) {
            flipped.add(new Number[] {c[0], size - 1 - c[1].intValue(), c[2]});
        }
        return flipped;
    }
}
