package org.engagements.display;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * An XChart chart as a PNG image, with its title and size as the plain-text form, and the files saved
 * with it when it tells them ({@link SavedFiles}). Its {@link #png}
 * is the one PNG encoder of charts: displayed ones here, saved ones through {@code chart.ChartExport}.
 */
public final class ChartRenderer implements Renderer {
    @Override
    public int priority() {
        return 100;
    }

    @Override
    public Optional<MimeBundle> render(Object value) {
        if (!(value instanceof Chart<?, ?> chart)) {
            return Optional.empty();
        }
        MimeBundle bundle = MimeBundle.text(describe(chart)).withBytes(MimeType.IMAGE_PNG, png(chart, 1));
        List<String> saved = chart instanceof SavedFiles files ? files.savedFiles() : List.of();
        return Optional.of(saved.isEmpty() ? bundle : bundle.with(MimeType.TEXT_URI_LIST, String.join("\n", saved)));
    }

    /**
     * The chart as PNG, {@code scale} image pixels per chart pixel, with no metadata chunks (no time, no
     * software name), so the same chart always gives the same bytes. At scale 1 the chart is drawn as
     * XChart draws it on screen (the image its {@code BitmapEncoder} makes); at a larger scale it is
     * drawn for print, scaled, with quality rendering and strokes not snapped to the pixel grid.
     *
     * @throws IllegalArgumentException when {@code scale} is less than 1 (our bug)
     */
    public static byte[] png(Chart<?, ?> chart, int scale) {
        if (scale < 1) {
            throw new IllegalArgumentException("scale must be at least 1, not " + scale);
        }
        BufferedImage image = new BufferedImage(chart.getWidth() * scale, chart.getHeight() * scale,
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            if (scale > 1) {
                g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
                g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
                g.scale(scale, scale);
            }
            chart.paint(g, chart.getWidth(), chart.getHeight());
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode the chart as PNG in memory", e);
        }
        return out.toByteArray();
    }

    private static String describe(Chart<?, ?> chart) {
        String title = chart.getTitle() == null || chart.getTitle().isBlank() ? "untitled" : chart.getTitle();
        return chart.getClass().getSimpleName() + " \"" + title + "\" (" + chart.getWidth() + "×"
                + chart.getHeight() + ")";
    }
}
