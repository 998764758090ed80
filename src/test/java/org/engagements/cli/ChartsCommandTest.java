package org.engagements.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.engagements.analysis.SampleData;
import org.engagements.chart.ReportCharts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ChartsCommandTest {
    @Test
    void chartsWritesEveryFileAndPrintsOneLinePerFile(@TempDir Path dir) {
        StringWriter out = new StringWriter();
        CommandLine line = new CommandLine(new ChartsCommand(folder -> SampleData.realistic()));
        line.setOut(new PrintWriter(out));
        int code = line.execute("--data", dir.resolve("data").toString(), "--out", dir.resolve("charts").toString(),
                "--format", "png");
        assertEquals(0, code);
        String[] lines = out.toString().strip().split("\\R");
        assertEquals(3 * ReportCharts.NAMES.size(), lines.length, "a PNG, a CSV and a data page each");
        assertTrue(lines[0].endsWith("frequency-by-status.png"), lines[0]);
        for (String written : lines) {
            assertTrue(Files.isRegularFile(Path.of(written)), written);
        }
    }

    @Test
    void formatsAreCaseInsensitiveAndCommaSeparated(@TempDir Path dir) {
        StringWriter out = new StringWriter();
        CommandLine line = new CommandLine(new ChartsCommand(folder -> SampleData.realistic()));
        line.setOut(new PrintWriter(out));
        assertEquals(0, line.execute("--out", dir.toString(), "--format", "SVG,png"));
        assertEquals(4 * ReportCharts.NAMES.size(), out.toString().strip().split("\\R").length);
    }

    @Test
    void pdfIsWrittenOnlyWhenAsked(@TempDir Path dir) {
        StringWriter out = new StringWriter();
        CommandLine line = new CommandLine(new ChartsCommand(folder -> SampleData.realistic()));
        line.setOut(new PrintWriter(out));
        assertEquals(0, line.execute("--out", dir.toString(), "--format", "png,svg,PDF"));
        List<String> written = out.toString().strip().lines().toList();
        assertEquals(5 * ReportCharts.NAMES.size(), written.size());
        assertEquals(ReportCharts.NAMES.size(), written.stream().filter(w -> w.endsWith(".pdf")).count());
        assertTrue(written.contains(dir.resolve("venue-map.pdf").toString()), written.toString());
    }

    @Test
    void chartsIsASubcommandOfMainAndRejectsUnknownFormats() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(new String[] {"charts", "--format", "gif"}, new PrintWriter(out), new PrintWriter(err));
        assertEquals(1, code);
        assertTrue(err.toString().contains("unknown format 'gif' (expected png, svg or pdf)"), err.toString());

        StringWriter help = new StringWriter();
        assertEquals(0, Main.execute(new String[] {"charts", "--help"}, new PrintWriter(help), new PrintWriter(err)));
        assertTrue(help.toString().contains("--format"), help.toString());
    }
}
