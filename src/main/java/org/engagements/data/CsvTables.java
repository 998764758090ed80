package org.engagements.data;

/** The dataset's three CSV files after reading. */
record CsvTables(CsvTable articles, CsvTable engagements, CsvTable mentions) {
    static CsvTables read(DataFolder folder, Problems problems) {
        return new CsvTables(
                CsvValidator.read(folder, Schema.ARTICLES, problems),
                CsvValidator.read(folder, Schema.ENGAGEMENTS, problems),
                CsvValidator.read(folder, Schema.MENTIONS, problems));
    }
}
