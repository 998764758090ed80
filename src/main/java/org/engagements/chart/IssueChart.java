package org.engagements.chart;

import static org.engagements.analysis.AnalysisColumns.ENGAGEMENTS;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.engagements.analysis.Issues;
import org.engagements.data.Dataset;
import org.engagements.data.Schema;
import org.knowm.xchart.HorizontalBarChart;
import tech.tablesaw.api.Table;

/** Engagements by issue, parents rolling up their sub-issues: horizontal bars, sorted descending. */
public final class IssueChart {
    private IssueChart() {
    }

    /** In: a dataset, or a {@link Dataset#withEngagements view} of it. Out: its issues, with the source line. */
    public static HorizontalBarChart of(Dataset data) {
        return ReportCharts.withQuotes(of(data.engagements(), data.issues(), ReportCharts.source(data)), data);
    }

    /** In: engagements, issues (id, label, parent), the source line. Out: one bar per issue tagged at least once. */
    public static HorizontalBarChart of(Table engagements, Table issues, String source) {
        Table tagged = Issues.tagged(engagements, issues);
        Map<String, List<String>> ids = EngagementIds.byRows(engagements, Issues.taggedRows(engagements, issues));
        Map<String, String> labels = new HashMap<>();
        for (int i = 0; i < tagged.rowCount(); i++) {
            labels.put(tagged.stringColumn(Schema.ISSUE_ID).get(i), tagged.stringColumn(Schema.LABEL).get(i));
        }
        List<BarCharts.Bar> bars = new ArrayList<>();
        for (int i = 0; i < tagged.rowCount(); i++) {
            int count = tagged.intColumn(ENGAGEMENTS).get(i);
            if (count > 0) {
                String parent = tagged.stringColumn(Schema.PARENT).get(i);
                String label = tagged.stringColumn(Schema.LABEL).get(i);
                String id = tagged.stringColumn(Schema.ISSUE_ID).get(i);
                bars.add(new BarCharts.Bar(List.of(id), parent.isEmpty() ? label : labels.getOrDefault(parent, parent) + " › " + label,
                        count, EngagementIds.of(ids, id)));
            }
        }
        Caption caption = new Caption("What US–China engagements are about",
                "Engagements tagged with each issue, any status. A parent issue counts each engagement tagged "
                        + "with it or any of its sub-issues once.", source);
        FramedHorizontalBarChart chart = BarCharts.of(caption, bars, "Engagements");
        chart.setData(BarCharts.data(List.of(Schema.ISSUE_ID), bars, ChartData.Behind.of(engagements)));
        return chart;
    }
}
