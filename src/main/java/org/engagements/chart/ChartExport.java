package org.engagements.chart;

import de.erichseifert.vectorgraphics2d.VectorGraphics2D;
import de.erichseifert.vectorgraphics2d.svg.SVGProcessor;
import de.erichseifert.vectorgraphics2d.util.PageSize;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.engagements.core.AtomicFile;
import org.engagements.core.FileNames;
import org.engagements.display.ChartRenderer;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * Renders charts to bytes in memory, PNG or SVG, and writes them atomically. The same chart always
 * gives the same bytes: the PNG has no metadata chunks (no time, no software name), and the SVG is
 * VectorGraphics2D's output (no timestamps) with its clip-path ids renumbered in document order.
 */
public final class ChartExport {
    private ChartExport() {
    }

    /** The file formats charts are written in. */
    public enum Format {
        PNG("png"), SVG("svg");

        private final String extension;

        Format(String extension) {
            this.extension = extension;
        }

        public String extension() {
            return extension;
        }
    }

    /** The chart as PNG: {@link ReportTheme#PNG_SCALE} image pixels per chart pixel, drawn for print. */
    public static byte[] png(Chart<?, ?> chart) {
        return ChartRenderer.png(chart, ReportTheme.PNG_SCALE);
    }

    /** The chart as an SVG document (UTF-8). */
    public static byte[] svg(Chart<?, ?> chart) {
        // What XChart's (deprecated) VectorGraphicsEncoder does, without its deprecated stream API.
        VectorGraphics2D g = new VectorGraphics2D();
        chart.paint(g, chart.getWidth(), chart.getHeight());
        PageSize page = new PageSize(0, 0, chart.getWidth(), chart.getHeight());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new SVGProcessor().getDocument(g.getCommands(), page).writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode SVG in memory", e);
        }
        return normalise(out.toString(StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
    }

    /** The chart's bytes in one format. */
    public static byte[] encode(Chart<?, ?> chart, Format format) {
        return format == Format.PNG ? png(chart) : svg(chart);
    }

    /**
     * Writes {@code folder/name.png} and/or {@code .svg}, each rendered in memory first, then written
     * atomically. Returns the paths written, in {@link Format} order.
     *
     * @throws org.engagements.core.UnsafeFileNameException when {@code name} is not a plain file name
     *         ({@code ../x}, {@code /tmp/x}): a chart is never written outside {@code folder}
     */
    public static List<Path> write(Chart<?, ?> chart, Path folder, String name, Set<Format> formats) {
        FileNames.resolveInside(folder, name, "chart name");
        List<Path> written = new ArrayList<>();
        for (Format format : Format.values()) {
            if (formats.contains(format)) {
                Path target = folder.resolve(name + "." + format.extension());
                AtomicFile.write(target, encode(chart, format));
                written.add(target);
            }
        }
        return written;
    }

    private static final Pattern CLIP_ID = Pattern.compile("clip-?[0-9]+");

    /**
     * Line endings fixed to \n, and VectorGraphics2D's clip-path ids (derived from hash codes) renamed
     * {@code clip1}, {@code clip2}, ... in order of first appearance: output that depends on nothing but
     * the drawing.
     */
    static String normalise(String svg) {
        Map<String, String> ids = new HashMap<>();
        Matcher m = CLIP_ID.matcher(svg.replace("\r\n", "\n"));
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String id = ids.computeIfAbsent(m.group(), k -> "clip" + (ids.size() + 1));
            m.appendReplacement(out, id);
        }
        m.appendTail(out);
        return out.toString();
    }
}
