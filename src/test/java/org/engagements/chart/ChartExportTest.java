package org.engagements.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;
import org.engagements.core.UnsafeFileNameException;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.knowm.xchart.CategoryChart;

class ChartExportTest {
    @TempDir
    Path temp;

    /** Chart names come from notebooks and their parameters ({@code Engagements.save(chart, name)}). */
    @ParameterizedTest
    @ValueSource(strings = {"../escaped", "../../escaped", "/tmp/escaped", "sub/escaped", "..", "a\u0000b", ""})
    void aChartNameThatIsAPathIsRefusedAndNothingIsWritten(String name) throws IOException {
        Path charts = Files.createDirectories(temp.resolve("work").resolve("charts"));
        assertThrows(UnsafeFileNameException.class, () -> ChartExport.write(new CategoryChart(100, 80), charts, name,
                EnumSet.allOf(ChartExport.Format.class)));
        try (Stream<Path> files = Files.walk(temp)) {
            assertEquals(List.of(temp, temp.resolve("work"), charts), files.sorted().toList());
        }
    }
}
