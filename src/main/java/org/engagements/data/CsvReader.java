package org.engagements.data;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits RFC 4180 text into records: fields separated by commas, records by LF or CRLF; a field in
 * double quotes may hold commas, line breaks and quotes written twice ({@code ""}). Line breaks inside
 * quotes are kept as LF. Each record knows the physical line it starts on.
 *
 * <p>Malformed text (a quote that is never closed, text after a closing quote, a quote inside an
 * unquoted field) is the user's to fix and is reported as a {@link Problem}; reading goes on where it
 * can. Not thread-safe: one reader per text.
 */
final class CsvReader {
    private final String text;
    private final String file;
    private final Problems problems;
    private int index;
    private int line = 1;

    private CsvReader(String text, String file, Problems problems) {
        this.text = text;
        this.file = file;
        this.problems = problems;
    }

    /** Every complete record of the text, in order; a trailing line break does not start a record. */
    static List<CsvRecord> read(String text, String file, Problems problems) {
        return new CsvReader(text, file, problems).records();
    }

    private List<CsvRecord> records() {
        List<CsvRecord> records = new ArrayList<>();
        while (index < text.length()) {
            int start = line;
            List<String> fields = new ArrayList<>();
            boolean complete = record(fields);
            if (!complete) {
                break;
            }
            records.add(new CsvRecord(start, fields));
        }
        return records;
    }

    /** Reads the fields of one record; false when the text ends inside a quoted field. */
    private boolean record(List<String> fields) {
        while (true) {
            StringBuilder field = new StringBuilder();
            if (index < text.length() && peek() == '"') {
                if (!quoted(field)) {
                    return false;
                }
            } else {
                unquoted(field);
            }
            fields.add(field.toString());
            if (index >= text.length()) {
                return true;
            }
            if (peek() == ',') {
                index++;
            } else {
                skipLineEnd();
                return true;
            }
        }
    }

    private boolean quoted(StringBuilder field) {
        int openedOn = line;
        index++;
        while (index < text.length()) {
            char c = text.charAt(index);
            if (c == '"' && index + 1 < text.length() && text.charAt(index + 1) == '"') {
                field.append('"');
                index += 2;
            } else if (c == '"') {
                index++;
                afterClosingQuote(field);
                return true;
            } else if (atLineEnd()) {
                field.append('\n');
                skipLineEnd();
            } else {
                field.append(c);
                index++;
            }
        }
        problems.add(Problem.atLine(file, openedOn, "a closing quote (\") for the field opened on this line, "
                + "found the end of the file"));
        return false;
    }

    /** After a closing quote only a comma or a line end may follow; anything else is kept and reported. */
    private void afterClosingQuote(StringBuilder field) {
        if (index >= text.length() || peek() == ',' || atLineEnd()) {
            return;
        }
        problems.add(Problem.atLine(file, line, "a comma or a line end after a closing quote, found "
                + Problem.quote(String.valueOf(peek()))));
        unquoted(field);
    }

    private void unquoted(StringBuilder field) {
        boolean reported = false;
        while (index < text.length() && peek() != ',' && !atLineEnd()) {
            char c = text.charAt(index++);
            if (c == '"' && !reported) {
                problems.add(Problem.atLine(file, line, "quotes only around a whole field, with quotes "
                        + "inside written twice (\"\"), found a quote inside an unquoted field"));
                reported = true;
            }
            field.append(c);
        }
    }

    private boolean atLineEnd() {
        char c = peek();
        return c == '\n' || (c == '\r' && index + 1 < text.length() && text.charAt(index + 1) == '\n');
    }

    private void skipLineEnd() {
        index += peek() == '\r' ? 2 : 1;
        line++;
    }

    private char peek() {
        return text.charAt(index);
    }
}
