package org.engagements.chart;

import java.nio.file.Path;
import java.util.EnumSet;
import org.engagements.analysis.SampleData;
import org.engagements.data.Dataset;

/**
 * Writes every chart of the realistic sample data (or of N synthetic engagements) to a folder, to look
 * at. After {@code mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt}:
 * {@code java -Djava.awt.headless=true -cp target/test-classes:target/classes:$(cat target/cp.txt)
 * org.engagements.chart.ChartPreview /tmp/chart-preview [N]}.
 */
public final class ChartPreview {
    private ChartPreview() {
    }

    public static void main(String[] args) {
        Path out = Path.of(args.length > 0 ? args[0] : "/tmp/chart-preview");
        Dataset data = args.length > 1 ? SampleData.synthetic(Integer.parseInt(args[1]), 42) : SampleData.realistic();
        ReportCharts.writeAll(data, out, EnumSet.allOf(ChartExport.Format.class)).forEach(System.out::println);
    }
}
