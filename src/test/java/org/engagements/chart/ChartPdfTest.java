package org.engagements.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.engagements.ExternalTool;
import org.engagements.analysis.SampleData;
import org.engagements.chart.ChartExport.Format;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.knowm.xchart.internal.chartpart.Chart;

class ChartPdfTest {
    @TempDir
    Path temp;

    @ParameterizedTest
    @ValueSource(strings = {"venue-map", "host-side", "timeline"})
    void aChartsPdfKeepsItsTextAsTextAtOnePointPerPixel(String name) throws Exception {
        ExternalTool.require("/usr/bin/pdftotext", "/usr/bin/pdfinfo", "/usr/bin/pdffonts");
        Chart<?, ?> chart = ReportCharts.build(SampleData.realistic(), name);
        List<Path> written = ChartExport.write(chart, temp, name, EnumSet.of(Format.PDF));
        assertEquals(List.of(temp.resolve(name + ".pdf")), written);
        // NFKC: the embedded font's ligatures (the "ffi" of "officials") come out as one character.
        String text = Normalizer.normalize(run("/usr/bin/pdftotext", written.get(0).toString(), "-"), Normalizer.Form.NFKC);
        assertTrue(text.contains(chart.getTitle()), "title in: " + text);
        assertTrue(text.contains("Source: 5 articles, 27 engagements"), "source line in: " + text);
        String info = run("/usr/bin/pdfinfo", written.get(0).toString());
        assertTrue(info.matches("(?s).*Pages:\\s+1\\n.*"), info);
        assertTrue(info.matches("(?s).*Page size:\\s+960(\\.0+)? x 540(\\.0+)? pts.*"), info);
        // One line per font after the two header lines; column "emb" says whether it is embedded.
        List<String> fonts = run("/usr/bin/pdffonts", written.get(0).toString()).lines().skip(2).toList();
        assertTrue(!fonts.isEmpty() && fonts.stream().allMatch(f -> f.matches(".*DejaVuSans.*\\byes\\s+yes\\s+yes\\s.*")),
                "DejaVu Sans embedded as a subset with a Unicode map: " + fonts);
    }

    @ParameterizedTest
    @ValueSource(strings = {"venue-map", "issue-cooccurrence"})
    void twoWritesOfTheSameChartGiveTheSameBytes(String name) throws IOException {
        Path first = ChartExport.write(ReportCharts.build(SampleData.realistic(), name), temp.resolve("a"), name,
                EnumSet.of(Format.PDF)).get(0);
        Path second = ChartExport.write(ReportCharts.build(SampleData.realistic(), name), temp.resolve("b"), name,
                EnumSet.of(Format.PDF)).get(0);
        byte[] bytes = Files.readAllBytes(first);
        assertTrue(new String(bytes, 0, 8, StandardCharsets.US_ASCII).startsWith("%PDF-"));
        assertArrayEquals(bytes, Files.readAllBytes(second));
        String pdf = new String(bytes, StandardCharsets.ISO_8859_1);
        assertTrue(!pdf.contains("/CreationDate") && !pdf.contains("/ModDate"), "no dates");
    }

    private static String run(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "finished: " + String.join(" ", command));
        assertEquals(0, process.exitValue(), out);
        return out;
    }
}
