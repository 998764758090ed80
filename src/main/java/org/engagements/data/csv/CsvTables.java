package org.engagements.data.csv;

/** The dataset's three CSV files after reading. */
public record CsvTables(CsvTable articles, CsvTable engagements, CsvTable mentions) {
}
