package org.engagements.data.csv;

import java.util.List;
import org.engagements.data.Schema;

/**
 * Formats CSV text exactly as the shipped files are written: RFC 4180, fields separated by commas, a
 * field quoted only when it holds a comma, a quote or a line break (quotes inside written twice), every
 * record ended by LF, the header first. Pure functions, no I/O.
 */
public final class CsvWriter {
    private CsvWriter() {
    }

    /** The whole file: the schema's header, then one record per row, each ended by LF. */
    public static String format(Schema.CsvFile schema, List<List<String>> rows) {
        StringBuilder text = new StringBuilder();
        record(text, schema.headers());
        for (List<String> row : rows) {
            if (row.size() != schema.columns().size()) {
                throw new IllegalArgumentException(schema.fileName() + ": a row of " + row.size()
                        + " cells, expected " + schema.columns().size());
            }
            record(text, row);
        }
        return text.toString();
    }

    /** One record, ended by LF. */
    public static void record(StringBuilder text, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                text.append(',');
            }
            text.append(field(fields.get(i)));
        }
        text.append('\n');
    }

    /** One field, quoted only when it must be. */
    public static String field(String value) {
        return needsQuotes(value) ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }

    /** Whether {@link #field} quotes {@code value}: it holds a comma, a quote or a line break. */
    public static boolean needsQuotes(String value) {
        return value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
                || value.indexOf('\r') >= 0;
    }
}
