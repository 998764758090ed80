package org.engagements.chart;

import java.awt.Graphics2D;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.HeatMapChart;

/**
 * An XChart {@link HeatMapChart} that paints its {@link Caption} around itself, so every encoder and
 * notebook renderer that paints XChart charts shows title, subtitle and source. Not thread-safe (no
 * XChart chart is).
 */
final class FramedHeatMapChart extends HeatMapChart {
    private final Caption caption;

    FramedHeatMapChart(Caption caption) {
        super(ReportTheme.WIDTH, ReportTheme.HEIGHT, Styler.ChartTheme.XChart);
        this.caption = caption;
        setTitle(caption.title());
        ReportTheme.apply(getStyler());
    }

    Caption caption() {
        return caption;
    }

    @Override
    public void paint(Graphics2D g, int width, int height) {
        ReportFrame.paint(g, width, height, caption, (inner, w, h) -> super.paint(inner, w, h));
        setWidth(width);
        setHeight(height);
    }
}
