package org.engagements.chart;

import de.erichseifert.vectorgraphics2d.VectorGraphics2D;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer;
import de.erichseifert.vectorgraphics2d.svg.SVGProcessor;
import de.erichseifert.vectorgraphics2d.util.PageSize;
import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.engagements.core.AtomicFile;
import org.engagements.core.DejaVuFonts;
import org.engagements.core.EngagementsException;
import org.engagements.core.FileNames;
import org.engagements.core.PdfDocumentId;
import org.engagements.display.ChartRenderer;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * Renders charts to bytes in memory, PNG, SVG or PDF, and writes them atomically. The same chart always
 * gives the same bytes: the PNG has no metadata chunks (no time, no software name), the SVG is
 * VectorGraphics2D's output (no timestamps) with its clip-path ids renumbered in document order, and the
 * PDF is PDFBox's through pdfbox-graphics2d (no dates, a document id computed from the content rather
 * than the clock, fonts embedded).
 */
public final class ChartExport {
    private ChartExport() {
    }

    /** The file formats charts are written in. */
    public enum Format {
        PNG("png"), SVG("svg"), PDF("pdf");

        private final String extension;

        Format(String extension) {
            this.extension = extension;
        }

        public String extension() {
            return extension;
        }
    }

    /**
     * What {@code Engagements.save(chart, name)} and {@code charts} write unless asked otherwise: PNG and
     * SVG. PDF is on request, for reports laid out in Word, LaTeX or InDesign.
     */
    public static final Set<Format> DEFAULT_FORMATS = Collections.unmodifiableSet(EnumSet.of(Format.PNG, Format.SVG));

    /** The font files {@link #pdf} embeds: those of {@link ReportTheme#FONT_FAMILY}, as Debian installs them. */
    private static final List<Path> PDF_FONTS = List.of(DejaVuFonts.SANS, DejaVuFonts.SANS_BOLD);

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

    /**
     * The chart as a one-page vector PDF, one point per chart pixel ({@value ReportTheme#WIDTH}×{@value
     * ReportTheme#HEIGHT} pt for a report chart). Text stays text, in DejaVu Sans embedded as a subset,
     * when its font files are where Debian's {@code fonts-dejavu-core} puts them; where they are not, text
     * is drawn as outlines (it looks the same but cannot be searched). No dates, producer or document id:
     * the same chart gives the same bytes.
     */
    public static byte[] pdf(Chart<?, ?> chart) {
        int width = chart.getWidth();
        int height = chart.getHeight();
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(new PDRectangle(width, height));
            document.addPage(page);
            PdfBoxGraphics2D g = new PdfBoxGraphics2D(document, width, height);
            PdfBoxGraphics2DFontTextDrawer fonts = new PdfBoxGraphics2DFontTextDrawer();
            for (Path file : PDF_FONTS) {
                if (Files.isRegularFile(file)) {
                    fonts.registerFont(file.toFile());
                }
            }
            g.setFontTextDrawer(fonts);
            try {
                chart.paint(g, width, height);
            } finally {
                g.dispose();
            }
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.drawForm(g.getXFormObject());
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return PdfDocumentId.fromContent(out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode PDF in memory", e);
        }
    }

    /** The chart's bytes in one format. */
    public static byte[] encode(Chart<?, ?> chart, Format format) {
        return switch (format) {
            case PNG -> png(chart);
            case SVG -> svg(chart);
            case PDF -> pdf(chart);
        };
    }

    /**
     * Writes {@code folder/name.png}, {@code .svg} and/or {@code .pdf}, each rendered in memory first,
     * then written atomically. Returns the paths written, in {@link Format} order. The chart's numbers
     * are written by {@link #writeData}.
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

    /**
     * Writes the chart's {@link ChartData} as {@code folder/NAME.csv} and {@code NAME-data.html},
     * atomically, and returns them. A chart built straight from XChart has no such data: its images are
     * written alone, and data files left there by an earlier chart of the same name are deleted, so
     * that the files beside an image always describe it.
     *
     * @throws org.engagements.core.UnsafeFileNameException when {@code name} is not a plain file name
     */
    public static List<Path> writeData(Chart<?, ?> chart, Path folder, String name) {
        FileNames.resolveInside(folder, name, "chart name");
        Path csv = folder.resolve(name + FileNames.CHART_CSV_SUFFIX);
        Path page = folder.resolve(name + FileNames.CHART_PAGE_SUFFIX);
        java.util.Optional<ChartData> data = ChartData.find(chart);
        if (data.isEmpty()) {
            deleteStale(csv);
            deleteStale(page);
            return List.of();
        }
        AtomicFile.write(csv, data.get()::writeCsv);
        AtomicFile.write(page, out -> {
            Writer text = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
            ChartDataPage.write(text, chart.getTitle(), name, data.get());
            text.flush();
        });
        // The chart remembers its files, so that its display (after save returns it) can link them.
        ((ChartData.DataChart) chart).setData(data.get().withSavedFiles(List.of(csv.getFileName().toString(),
                page.getFileName().toString())));
        return List.of(csv, page);
    }

    private static void deleteStale(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new EngagementsException(file + ": cannot delete the data of an earlier chart of this name ("
                    + e.getMessage() + ")", e);
        }
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
