package org.engagements.display;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.BitmapEncoder.BitmapFormat;
import org.knowm.xchart.internal.chartpart.Chart;

/** An XChart chart as a PNG image, with its title and size as the plain-text form. */
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
        return Optional.of(MimeBundle.text(describe(chart)).withBytes(MimeType.IMAGE_PNG, png(chart)));
    }

    private static byte[] png(Chart<?, ?> chart) {
        try {
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            BitmapEncoder.saveBitmap(chart, png, BitmapFormat.PNG);
            return png.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode the chart as PNG", e);
        }
    }

    private static String describe(Chart<?, ?> chart) {
        String title = chart.getTitle() == null || chart.getTitle().isBlank() ? "untitled" : chart.getTitle();
        return chart.getClass().getSimpleName() + " \"" + title + "\" (" + chart.getWidth() + "×"
                + chart.getHeight() + ")";
    }
}
