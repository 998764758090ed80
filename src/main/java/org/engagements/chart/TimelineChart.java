package org.engagements.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.engagements.data.Dataset;
import org.engagements.data.Level;
import org.engagements.data.Schema;
import org.engagements.data.Status;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;
import tech.tablesaw.api.Table;

/**
 * Every engagement as a mark on a time axis: x = start date, y = highest level (leader at the top),
 * colour = latest status; an engagement dated to a range longer than a day (a two-day visit, a month)
 * is also drawn as a line from start to end. Marks that would overlap on one level are spread over
 * three lanes. With many engagements, marks are first binned to at most {@value TimelineMarks#MAX_BINS}
 * steps across the span, one mark per bin, level and status, so the chart's cost does not grow with the data.
 */
public final class TimelineChart {
    private TimelineChart() {
    }

    /** In: a dataset, or a {@link Dataset#withEngagements view} of it. Out: its timeline, with the source line. */
    public static XYChart of(Dataset data) {
        return ReportCharts.withQuotes(of(data.engagements(), ReportCharts.source(data)), data);
    }

    /** In: engagements, the source line. Out: the timeline. */
    public static XYChart of(Table engagements, String source) {
        TimelineMarks marks = TimelineMarks.of(engagements);
        String binned = marks.binDays() > 1
                ? " Marks are binned to " + marks.binDays() + "-day steps." : "";
        Caption caption = new Caption("Timeline of US–China engagements",
                "Each engagement at its start date and highest level, coloured by latest status; lines span "
                        + "engagements dated to a range of several days or more." + binned, source);
        FramedXYChart chart = new FramedXYChart(caption);
        style(chart, marks);
        addSeries(chart, marks);
        chart.setData(data(engagements, marks));
        return chart;
    }

    /**
     * One row per mark, by start date: its start, end (of the line drawn, or the
     * start again), level, status, how many engagements it stands for, and their ids.
     */
    private static ChartData data(Table engagements, TimelineMarks marks) {
        List<ChartData.Row> rows = new ArrayList<>();
        for (TimelineMarks.Mark m : marks.marks()) {
            rows.add(ChartData.Row.of(List.of(m.start().toString(), m.end().toString(), m.level().code(), m.status()),
                    m.ids()));
        }
        return new ChartData(List.of(Schema.DATE_START, Schema.DATE_END, Schema.LEVEL, Schema.STATUS), rows,
                ChartData.Behind.of(engagements));
    }

    private static void style(FramedXYChart chart, TimelineMarks marks) {
        var s = chart.getStyler();
        s.setPlotGridVerticalLinesVisible(true);
        s.setPlotGridHorizontalLinesVisible(true);
        ReportTheme.statusLegend(s);
        s.setMarkerSize(9);
        int levels = Level.values().length;
        s.setYAxisMin(0.4); // levels sit on whole numbers 1..6, so the ticks fall on them
        s.setYAxisMax(levels + 0.6);
        s.setYAxisTickMarkSpacingHint(55); // one tick per level: about 53 px apart at this size
        chart.setCustomYAxisTickLabelsFormatter(TimelineChart::levelLabel);
        chart.setYAxisTitle("Highest level present");
        chart.setXAxisTitle("Start date");
        marks.axis().apply(chart, marks.first().minusDays(marks.padDays()), marks.last().plusDays(marks.padDays()));
    }

    private static void addSeries(FramedXYChart chart, TimelineMarks marks) {
        Map<String, List<TimelineMarks.Mark>> byStatus = new LinkedHashMap<>();
        for (Status status : Status.values()) {
            byStatus.put(status.code(), new ArrayList<>());
        }
        for (TimelineMarks.Mark mark : marks.marks()) {
            byStatus.computeIfAbsent(mark.status(), k -> new ArrayList<>()).add(mark);
        }
        byStatus.forEach((status, list) -> {
            if (!list.isEmpty()) {
                addRanges(chart, marks, status, list);
                addPoints(chart, marks, status, list);
            }
        });
        if (chart.getSeriesCollection().isEmpty()) {
            chart.addSeries("no engagements", List.of(marks.axis().x(marks.first())), List.of(Double.NaN))
                    .setShowInLegend(false);
        }
    }

    private static void addPoints(FramedXYChart chart, TimelineMarks marks, String status, List<TimelineMarks.Mark> list) {
        List<Double> x = new ArrayList<>();
        List<Double> y = new ArrayList<>();
        for (TimelineMarks.Mark m : list) {
            x.add(marks.axis().x(m.start()));
            y.add(m.y());
        }
        // Engagements in brackets: information, and equal legend label heights (see FrequencyChart).
        String name = (status.isEmpty() ? "(missing)" : status) + " (" + marks.count(status) + ")";
        XYSeries series = chart.addSeries(name, x, y);
        series.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        series.setMarker(SeriesMarkers.CIRCLE);
        series.setMarkerColor(translucent(ReportTheme.statusColor(status)));
    }

    private static void addRanges(FramedXYChart chart, TimelineMarks marks, String status, List<TimelineMarks.Mark> list) {
        List<Double> x = new ArrayList<>();
        List<Double> y = new ArrayList<>();
        for (TimelineMarks.Mark m : list) {
            if (m.end().isAfter(m.start()) && visible(marks, m)) {
                x.add(marks.axis().x(m.start()));
                y.add(m.y());
                x.add(marks.axis().x(m.end()));
                y.add(m.y());
                x.add(marks.axis().x(m.end()));
                y.add(Double.NaN);
            }
        }
        if (x.isEmpty()) {
            return;
        }
        XYSeries series = chart.addSeries(status + " (range)", x, y);
        series.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
        series.setMarker(SeriesMarkers.NONE);
        series.setLineColor(ReportTheme.statusColor(status));
        series.setLineStyle(new BasicStroke(3.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        series.setShowInLegend(false);
    }

    /** Whether a range reaches out from under its marker (about 1/150 of the axis). */
    private static boolean visible(TimelineMarks marks, TimelineMarks.Mark m) {
        double axis = marks.axis().x(marks.last().plusDays(marks.padDays()))
                - marks.axis().x(marks.first().minusDays(marks.padDays()));
        return (marks.axis().x(m.end()) - marks.axis().x(m.start())) / axis > 1.0 / 150;
    }

    /**
     * Level names on the whole-number ticks 1..6. XChart also formats the axis ends to check that labels
     * differ, so other values get distinct numeric labels (never drawn: no tick falls there).
     */
    static String levelLabel(double value) {
        long rounded = Math.round(value);
        int levels = Level.values().length;
        if (Math.abs(value - rounded) > 1e-6 || rounded < 1 || rounded > levels) {
            return String.format(java.util.Locale.ROOT, "%.2f", value);
        }
        return Level.values()[(int) (levels - rounded)].code();
    }

    private static Color translucent(Color c) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), 215);
    }
}
