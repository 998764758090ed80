package org.engagements.chart;

import java.util.Objects;

/**
 * The words around a chart: a title (what it shows), a subtitle (how to read it, or the finding) and a
 * source line ({@code Source: 5 articles, 21 engagements}). Subtitle and source may be empty.
 */
public record Caption(String title, String subtitle, String source) {
    public Caption {
        Objects.requireNonNull(title, "title");
        subtitle = subtitle == null ? "" : subtitle;
        source = source == null ? "" : source;
    }

    public Caption withSubtitle(String text) {
        return new Caption(title, text, source);
    }
}
