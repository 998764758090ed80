package org.engagements.chart;

import java.util.List;
import org.engagements.core.JsonLimits;
import tech.tablesaw.api.Table;

/**
 * What a notebook's JVM does while it waits for the host to compile its first cells: it initialises
 * the libraries a notebook's first data cell and first chart would initialise, so that those cells
 * find them ready. In a cold {@code run} of a notebook the notebook's JVM is idle for a few tenths of a
 * second after it connects (the host is compiling the session's imports), and the first data cell and
 * the first chart then spend most of their time on first use: Tablesaw's {@code Table}, whose static
 * initialiser scans the whole class path for readers and writers, Jackson, Java2D and the fonts, XChart,
 * the PNG encoder and the SVG writer's XML serialiser.
 *
 * <p>Named by {@code cli.NotebookSessions} to the notebook's agent, which runs it on a thread of its own
 * before any notebook code and makes the first notebook code wait until it has finished, so it never
 * runs beside notebook code (two threads initialising the same classes in different orders could
 * deadlock). It reads no files of the data folder, writes nothing and prints nothing: a notebook's
 * outputs are the same with or without it. A failure here is ignored by the agent; the cell that does
 * the same then reports it.
 */
public final class FirstUseWarmUp implements Runnable {
    @Override
    public void run() {
        Table.create("warm-up");
        JsonLimits.mapper().build();
        // A small framed chart through both default encoders: XChart's painting, the theme's fonts,
        // ImageIO's PNG writer, VectorGraphics2D and the JDK's XML serialiser. Small, so that the
        // drawing itself costs little: the first use is what is slow.
        FramedCategoryChart chart = new FramedCategoryChart(new Caption("Warm-up", "Warm-up", "Warm-up"), 96, 54);
        chart.addSeries("warm-up", List.of("a", "b"), List.of(1, 2));
        ChartExport.png(chart);
        ChartExport.svg(chart);
    }
}
