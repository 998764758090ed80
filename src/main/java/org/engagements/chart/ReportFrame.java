package org.engagements.chart;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.util.ArrayList;
import java.util.List;

/**
 * Paints a caption around an XChart chart: title and subtitle above (XChart has only a title), the
 * source line below, the chart itself in between. Text that does not fit is wrapped (subtitle, two
 * lines at most) or shortened with an ellipsis, never clipped mid-letter.
 */
final class ReportFrame {
    static final int MARGIN = 20;
    private static final int GAP = 6;

    /** Paints the inner chart into the graphics it is given, at the size it is given. */
    @FunctionalInterface
    interface Inner {
        void paint(Graphics2D g, int width, int height);
    }

    private ReportFrame() {
    }

    static void paint(Graphics2D g, int width, int height, Caption caption, Inner inner) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        int top = MARGIN;
        top = drawLines(g, List.of(fit(g, ReportTheme.titleFont(), caption.title(), width - 2 * MARGIN)),
                ReportTheme.titleFont(), ReportTheme.TEXT, top);
        if (!caption.subtitle().isEmpty()) {
            top = drawLines(g, wrap(g, ReportTheme.subtitleFont(), caption.subtitle(), width - 2 * MARGIN, 2),
                    ReportTheme.subtitleFont(), ReportTheme.MUTED_TEXT, top + GAP);
        }
        int bottom = height;
        if (!caption.source().isEmpty()) {
            FontMetrics fm = g.getFontMetrics(ReportTheme.sourceFont());
            bottom = height - MARGIN + fm.getDescent() - fm.getHeight();
            drawLines(g, List.of(fit(g, ReportTheme.sourceFont(), caption.source(), width - 2 * MARGIN)),
                    ReportTheme.sourceFont(), ReportTheme.MUTED_TEXT, bottom);
        }
        int innerTop = top;
        Graphics2D chartGraphics = (Graphics2D) g.create();
        try {
            chartGraphics.translate(0, innerTop);
            chartGraphics.clipRect(0, 0, width, bottom - innerTop);
            inner.paint(chartGraphics, width, bottom - innerTop);
        } finally {
            chartGraphics.dispose();
        }
    }

    /** Draws lines from {@code top} down; returns the y below the last line. */
    private static int drawLines(Graphics2D g, List<String> lines, Font font, Color color, int top) {
        g.setFont(font);
        g.setColor(color);
        FontMetrics fm = g.getFontMetrics();
        int y = top;
        for (String line : lines) {
            g.drawString(line, MARGIN, y + fm.getAscent());
            y += fm.getHeight();
        }
        return y;
    }

    /** The text, shortened with an ellipsis when wider than {@code width}. */
    static String fit(Graphics2D g, Font font, String text, int width) {
        FontMetrics fm = g.getFontMetrics(font);
        if (fm.stringWidth(text) <= width) {
            return text;
        }
        String shorter = text;
        while (!shorter.isEmpty() && fm.stringWidth(shorter + "…") > width) {
            shorter = shorter.substring(0, shorter.length() - 1);
        }
        return shorter.strip() + "…";
    }

    /** Word-wraps {@code text} into at most {@code maxLines} lines, the last one shortened if needed. */
    static List<String> wrap(Graphics2D g, Font font, String text, int width, int maxLines) {
        FontMetrics fm = g.getFontMetrics(font);
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        String[] words = text.strip().split("\\s+");
        for (int i = 0; i < words.length; i++) {
            String candidate = line.length() == 0 ? words[i] : line + " " + words[i];
            if (fm.stringWidth(candidate) <= width || line.length() == 0) {
                line.setLength(0);
                line.append(candidate);
            } else if (lines.size() == maxLines - 1) {
                String rest = String.join(" ", java.util.Arrays.copyOfRange(words, i, words.length));
                lines.add(fit(g, font, line + " " + rest, width));
                return lines;
            } else {
                lines.add(line.toString());
                line.setLength(0);
                line.append(words[i]);
            }
        }
        lines.add(fit(g, font, line.toString(), width));
        return lines;
    }
}
