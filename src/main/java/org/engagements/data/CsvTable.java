package org.engagements.data;

import java.util.List;
import java.util.Set;

/**
 * One CSV file after reading: its rows of the right width, in file order, and the first fields of the
 * rows dropped for a wrong width (so references to those ids are not reported as unknown too). A table
 * is not usable when the file could not be read or its header is wrong; cross-file rules then skip it.
 */
record CsvTable(Schema.CsvFile schema, String file, List<CsvRow> rows, Set<String> droppedIds, boolean usable) {
    CsvTable {
        rows = List.copyOf(rows);
        droppedIds = Set.copyOf(droppedIds);
    }

    static CsvTable unusable(Schema.CsvFile schema, String file) {
        return new CsvTable(schema, file, List.of(), Set.of(), false);
    }
}
