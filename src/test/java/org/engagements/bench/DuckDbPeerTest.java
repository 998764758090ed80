package org.engagements.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import org.engagements.analysis.Issues;
import org.engagements.analysis.Participants;
import org.engagements.analysis.Venues;
import org.engagements.data.Dataset;
import org.engagements.data.DatasetLoader;
import org.engagements.data.ShippedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

/**
 * The DuckDB peer of the benchmark does the work it claims: on the shipped data it finds no problem and
 * the counts our analyses find; on a broken copy it names each problem as validate would.
 */
class DuckDbPeerTest {
    @TempDir
    Path temp;

    @Test
    void shippedDataPassesAndGivesTheCountsOfOurAnalyses() throws Exception {
        DuckDbPeer.Result result = run(ShippedData.folder());
        Dataset data = DatasetLoader.load(ShippedData.folder());
        Table pairs = Participants.pairs(data.engagements(), data.people());
        assertEquals(List.of(), result.problems());
        assertEquals(List.of(5L, 22L, 35L), List.of(result.articles(), result.engagements(), result.mentions()));
        assertEquals(Venues.byVenue(data.engagements(), data.places()).rowCount(), result.venues());
        assertEquals(pairs.rowCount(), result.pairs());
        assertEquals(pairs.stringColumn(0).get(0) + " + " + pairs.stringColumn(2).get(0)
                + " (" + pairs.intColumn(4).get(0) + ")", result.topPair());
        assertEquals(15, result.quarterStatusCells());   // quarters with engagements × their statuses
        assertEquals(11, result.issues());                // issues tagged directly, not rolled up as Issues.tagged does
        assertTrue(Issues.tagged(data.engagements(), data.issues()).rowCount() >= result.issues());
    }

    @Test
    void brokenCopyNamesEachProblemWithFileAndLine() throws Exception {
        Path data = ShippedData.copyTo(temp);
        Path engagements = data.resolve("engagements.csv");
        Files.writeString(engagements, Files.readString(engagements)
                .replace(",washington,,,Known", ",bejing,,,Known")
                .replace("2021-01-20,2021-06-23,year", "2021-07-20,2021-06-23,year"));
        Path mentions = data.resolve("mentions.csv");
        Files.writeString(mentions, Files.readString(mentions).replace("a000,e002,", "a000,e999,"));

        DuckDbPeer.Result result = run(data);

        assertEquals(List.of(
                "engagements.csv:2: venue \"bejing\": expected a place id from vocab/places.json",
                "engagements.csv:3: date_end \"2021-06-23\": expected a date not before date_start",
                "engagements.csv:3: id \"e002\": expected an engagement that mentions.csv mentions",
                "mentions.csv:3: engagement_id \"e999\": expected an id from engagements.csv"), result.problems());
        assertEquals(4, result.problemCount());
    }

    private static DuckDbPeer.Result run(Path data) throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:")) {
            return DuckDbPeer.run(connection, data);
        }
    }
}
