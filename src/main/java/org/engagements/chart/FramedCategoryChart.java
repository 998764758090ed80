package org.engagements.chart;

import java.awt.Graphics2D;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.CategoryChart;

/**
 * An XChart {@link CategoryChart} that paints its {@link Caption} around itself, so every encoder and
 * notebook renderer that paints XChart charts shows title, subtitle and source. Not thread-safe (no
 * XChart chart is).
 */
final class FramedCategoryChart extends CategoryChart implements ChartData.DataChart {
    private final Caption caption;
    private ChartData data;

    FramedCategoryChart(Caption caption) {
        this(caption, ReportTheme.WIDTH, ReportTheme.HEIGHT);
    }

    /** Of another size than the report's: {@link FirstUseWarmUp} draws a small one. */
    FramedCategoryChart(Caption caption, int width, int height) {
        super(width, height, Styler.ChartTheme.XChart);
        this.caption = caption;
        setTitle(caption.title());
        ReportTheme.apply(getStyler());
    }

    Caption caption() {
        return caption;
    }

    /** The numbers drawn; set once by the factory that built the chart. */
    @Override
    public ChartData data() {
        return data;
    }

    @Override
    public void setData(ChartData numbers) {
        this.data = java.util.Objects.requireNonNull(numbers, "numbers");
    }

    @Override
    public void paint(Graphics2D g, int width, int height) {
        ReportFrame.paint(g, width, height, caption, (inner, w, h) -> super.paint(inner, w, h));
        setWidth(width);
        setHeight(height);
    }
}
