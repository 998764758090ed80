package org.engagements.data;

import java.util.Objects;

/**
 * One thing wrong with the data, for the person editing the data to fix: where it is, the offending
 * value and what was expected. {@link #message()} reads like a compiler error:
 * {@code data/engagements.csv:18: venue "bejing": expected a place id from data/vocab/places.json (did
 * you mean "beijing"?)}.
 *
 * @param file     the file as shown to the user, relative to the data folder's parent
 * @param line     1-based line, or 0 when the problem concerns the whole file
 * @param position 1-based character column inside the line (JSON files), or 0 when not known (CSV
 *                 files, where {@code column} names the column instead)
 * @param column   the CSV column or JSON field, or empty; JSON fields are shown in quotes
 * @param value    the offending value, or null when there is none to show
 * @param expected what was expected instead, completing the sentence "expected …"
 */
public record Problem(String file, int line, int position, String column, String value, String expected) {
    /** Values longer than this are cut in messages (the whole value stays in {@link #value()}). */
    public static final int SHOWN_VALUE_LENGTH = 60;

    public Problem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(expected, "expected");
        column = column == null ? "" : column;
        if (line < 0 || position < 0) {
            throw new IllegalArgumentException("line and position must be 0 or more: " + line + ":" + position);
        }
    }

    /** A problem with a whole file or folder, e.g. a missing file. */
    public static Problem inFile(String file, String expected) {
        return new Problem(file, 0, 0, "", null, expected);
    }

    /** A problem with a line as a whole, e.g. a row with too few fields. */
    public static Problem atLine(String file, int line, String expected) {
        return new Problem(file, line, 0, "", null, expected);
    }

    /** A problem with one CSV cell (or one item of a list cell). */
    public static Problem inCell(String file, int line, String column, String value, String expected) {
        return new Problem(file, line, 0, column, value, expected);
    }

    /** The compiler-style, one-line message. */
    public String message() {
        StringBuilder text = new StringBuilder(file);
        if (line > 0) {
            text.append(':').append(line);
        }
        if (position > 0) {
            text.append(':').append(position);
        }
        text.append(": ");
        String subject = subject();
        if (!subject.isEmpty()) {
            text.append(subject).append(": ");
        }
        return text.append("expected ").append(expected).toString();
    }

    @Override
    public String toString() {
        return message();
    }

    private String subject() {
        String name = column.isEmpty() || position == 0 ? column : quote(column);
        if (value == null) {
            return name;
        }
        String shown = value.length() > SHOWN_VALUE_LENGTH ? value.substring(0, SHOWN_VALUE_LENGTH) + "…" : value;
        return name.isEmpty() ? quote(shown) : name + " " + quote(shown);
    }

    /** Quotes a value for a one-line message: quotes, backslashes and control characters escaped. */
    public static String quote(String value) {
        StringBuilder quoted = new StringBuilder("\"");
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                case '\n' -> quoted.append("\\n");
                case '\r' -> quoted.append("\\r");
                case '\t' -> quoted.append("\\t");
                default -> quoted.append(Character.isISOControl(c) ? String.format("\\u%04X", (int) c) : c);
            }
        }
        return quoted.append('"').toString();
    }
}
