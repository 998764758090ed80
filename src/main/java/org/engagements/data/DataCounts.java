package org.engagements.data;

/**
 * What a data folder that passes every rule holds: rows of each CSV file and entries of each
 * vocabulary. What {@code validate} reports, known without building the tables.
 */
public record DataCounts(int articles, int engagements, int mentions, int people, int places, int issues) {
}
