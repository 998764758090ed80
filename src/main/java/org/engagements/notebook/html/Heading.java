package org.engagements.notebook.html;

import java.util.Objects;

/**
 * An entry of a page's table of contents: a markdown heading or a code cell's title.
 *
 * @param level 1 to 6 for headings; {@link #CELL_LEVEL} for a cell title
 * @param text  the plain text, not yet escaped
 * @param id    the element id the entry links to
 */
record Heading(int level, String text, String id) {
    /** The level of a code cell's title: below every heading. */
    static final int CELL_LEVEL = 7;

    Heading {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(id, "id");
    }
}
