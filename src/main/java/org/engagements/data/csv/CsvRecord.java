package org.engagements.data.csv;

import java.util.List;

/** One CSV record: its fields, and the physical line it starts on (a quoted field may span lines). */
record CsvRecord(int line, List<String> fields) {
    CsvRecord {
        if (line < 1) {
            throw new IllegalArgumentException("lines start at 1: " + line);
        }
        fields = List.copyOf(fields);
    }

    /** A record written as an empty line: one empty field. */
    boolean blank() {
        return fields.size() == 1 && fields.get(0).isEmpty();
    }
}
