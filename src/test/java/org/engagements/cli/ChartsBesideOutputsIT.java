package org.engagements.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.SortedMap;
import org.engagements.data.ShippedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The committed {@code charts/} holds the charts of the repository's own run; {@code run} writes there
 * only then. A run with parameters or other data writes its charts beside its pages ({@code OUT/charts}),
 * unless {@code --charts} says where (see LocationsTest). Real processes in a repository of the test's own.
 */
class ChartsBesideOutputsIT {
    private static final Duration LIMIT = Duration.ofMinutes(2);
    private static final String NOTEBOOK = """
            // %% Parameters tags=["parameters"]
            int n = 1;

            // %% Chart
            var chart = new CategoryChartBuilder().width(200).height(120).title("bars " + n).build();
            chart.addSeries("s", List.of("a"), List.of(n));
            Engagements.save(chart, "bars");
            """;

    @TempDir
    Path temp;

    @Test
    void onlyTheRepositorysOwnRunWritesTheCommittedCharts() throws Exception {
        Jar jar = Jar.in(repository());
        Path home = jar.home();
        Path committed = home.resolve("charts");
        Path pages = home.resolve("target/notebooks");

        jar.runToEnd(temp.resolve("own.txt"), LIMIT, "run");
        assertTrue(Files.exists(committed.resolve("bars.png")), "the repository's own run draws the committed charts");
        assertFalse(Files.exists(pages.resolve("charts")));
        SortedMap<String, String> before = ShippedData.checksums(committed);

        jar.runToEnd(temp.resolve("parameters.txt"), LIMIT, "run", "-p", "n=2");
        assertTrue(Files.exists(pages.resolve("charts/bars.png")), "with parameters: beside the pages");
        assertTrue(Jar.read(temp.resolve("parameters.txt")).contains("charts in " + pages.resolve("charts") + " "),
                Jar.read(temp.resolve("parameters.txt")));

        Path other = ShippedData.copyTo(Files.createDirectories(temp.resolve("other")));
        Path otherOut = temp.resolve("other-out");
        jar.runToEnd(temp.resolve("data.txt"), LIMIT, "run", "--data", other.toString(), "--out", otherOut.toString());
        assertTrue(Files.exists(otherOut.resolve("charts/bars.png")), "with other data: beside the pages");

        assertEquals(before, ShippedData.checksums(committed), "the committed charts are as the own run left them");
    }

    /** A repository of the test's own: the shipped data, one notebook with a parameter that saves a chart. */
    private Path repository() throws IOException {
        Path home = Files.createDirectories(temp.resolve("home"));
        ShippedData.copyTo(home);
        Files.createDirectories(home.resolve("notebooks"));
        Files.writeString(home.resolve("notebooks/bars.jsh"), NOTEBOOK);
        return home;
    }
}
