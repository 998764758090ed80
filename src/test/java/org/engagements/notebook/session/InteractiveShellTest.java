package org.engagements.notebook.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import javax.imageio.ImageIO;
import jdk.jshell.tool.JavaShellToolBuilder;
import org.engagements.core.Locations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InteractiveShellTest {
    @Test
    void theShellHasTheImportsAndWritesDisplayedChartsToFiles(@TempDir Path home) throws Exception {
        Path charts = home.resolve("charts");
        String typed = """
                display(List.of(1, 2))
                var chart = new XYChartBuilder().width(100).height(80).title("typed").build();
                chart.addSeries("s", new double[] {1, 2}, new double[] {2, 1});
                display(chart)
                /exit
                """;
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(output, true, StandardCharsets.UTF_8);

        int status = InteractiveShell.run(new InteractiveShell.Options(Locations.of(home).withCharts(charts).jvmOptions(), List.of()),
                JavaShellToolBuilder.builder()
                        .in(new ByteArrayInputStream(typed.getBytes(StandardCharsets.UTF_8)), null)
                        .out(out).err(out)
                        .persistence(new HashMap<>())
                        .interactiveTerminal(false));

        String printed = output.toString(StandardCharsets.UTF_8);
        assertEquals(0, status, printed);
        assertTrue(printed.contains("[1, 2]"), printed);
        Path png = charts.resolve("display-1.png");
        assertTrue(printed.contains("XYChart \"typed\" (100×80) written to " + png), printed);
        assertNotNull(ImageIO.read(png.toFile()));
    }
}
