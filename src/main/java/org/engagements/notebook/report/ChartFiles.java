package org.engagements.notebook.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.engagements.core.FileNames;

/**
 * The chart files in a folder: images, and the data a chart may have beside it ({@code NAME.csv}, its
 * numbers, and {@code NAME-data.html}, the page of its rows). The convention is all this package knows
 * of the charts: a report copies, links and reuses these files without knowing what drew them. Stateless.
 */
public final class ChartFiles {
    private ChartFiles() {
    }

    /**
     * The PNG and SVG files directly in {@code folder}, and the CSV files and data pages beside them,
     * sorted by name; none when the folder does not exist.
     */
    public static List<Path> list(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile).filter(ChartFiles::isChart).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
    }

    private static boolean isChart(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".png") || name.endsWith(".svg") || name.endsWith(FileNames.CHART_CSV_SUFFIX)
                || name.endsWith(FileNames.CHART_PAGE_SUFFIX);
    }
}
