package org.engagements.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.engagements.analysis.SampleData;
import org.engagements.chart.ChartExport;
import org.engagements.chart.ReportCharts;
import org.engagements.data.Dataset;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * Times each report chart on N synthetic engagements (default 10,000): building the chart from the
 * tables, then rendering PNG and SVG in memory. Prints the median of several runs after warm-up. Not a
 * test: timings depend on the machine. Run from the repository root:
 *
 * <pre>
 * mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -Djava.awt.headless=true -cp target/test-classes:target/classes:$(cat target/cp.txt) \
 *     org.engagements.bench.ChartBenchmark [N] [RUNS]
 * </pre>
 */
public final class ChartBenchmark {
    private ChartBenchmark() {
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 7;
        Dataset data = SampleData.synthetic(n, 42);
        System.out.printf(Locale.ROOT, "%,d synthetic engagements, median of %d runs after %d warm-up runs%n", n, runs, 3);
        System.out.printf(Locale.ROOT, "%-22s %10s %10s %10s %10s%n", "chart", "build ms", "png ms", "svg ms", "total ms");
        for (String name : ReportCharts.NAMES) {
            Supplier<Chart<?, ?>> build = () -> ReportCharts.build(data, name);
            double buildMs = median(runs, () -> build.get());
            Chart<?, ?> chart = build.get();
            double pngMs = median(runs, () -> ChartExport.png(chart));
            double svgMs = median(runs, () -> ChartExport.svg(chart));
            System.out.printf(Locale.ROOT, "%-22s %10.1f %10.1f %10.1f %10.1f%n", name, buildMs, pngMs, svgMs,
                    buildMs + pngMs + svgMs);
        }
    }

    /** Median wall time in milliseconds of {@code runs} calls, after three discarded warm-up calls. */
    private static double median(int runs, Supplier<?> work) {
        for (int i = 0; i < 3; i++) {
            work.get();
        }
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            work.get();
            times.add((System.nanoTime() - start) / 1e6);
        }
        Collections.sort(times);
        return times.get(times.size() / 2);
    }
}
