package org.engagements.data;

import java.util.List;

/**
 * One CSV file after reading: its rows of the right width, in file order. A table is not usable when
 * the file could not be read or its header is wrong; cross-file rules then skip it.
 */
record CsvTable(Schema.CsvFile schema, String file, List<CsvRow> rows, boolean usable) {
    CsvTable {
        rows = List.copyOf(rows);
    }

    static CsvTable unusable(Schema.CsvFile schema, String file) {
        return new CsvTable(schema, file, List.of(), false);
    }
}
