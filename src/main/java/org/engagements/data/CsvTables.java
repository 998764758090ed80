package org.engagements.data;

/** The dataset's three CSV files after reading. */
record CsvTables(CsvTable articles, CsvTable engagements, CsvTable mentions) {
}
