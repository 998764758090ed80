package org.engagements.bench;

import java.util.concurrent.TimeUnit;
import org.engagements.chart.ChartExport;
import org.engagements.chart.ReportCharts;
import org.engagements.data.Dataset;
import org.engagements.data.DatasetLoader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Each report chart from a loaded dataset of {@code size} generated engagements: aggregating the data
 * into the chart and rendering it as a 1920×1080 PNG in memory (the SVG costs about the same).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ChartRenderBenchmark {
    @Param("1000")
    public int size;

    @Param({"frequency-by-status", "venues", "issues", "issue-cooccurrence", "timeline", "host-side", "venue-map"})
    public String chart;

    private Dataset data;

    @Setup
    public void setUp() {
        System.setProperty("java.awt.headless", "true");
        data = DatasetLoader.load(BenchData.folder(size));
    }

    @Benchmark
    public byte[] buildAndRender() {
        return ChartExport.png(ReportCharts.build(data, chart));
    }
}
