package org.engagements.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.engagements.core.Locations;
import org.engagements.notebook.session.SessionOptions;
import org.junit.jupiter.api.Test;

/** A notebook session, of run or of the kernel, works in the home folder and is told every folder. */
class NotebookSessionsTest {
    @Test
    void aSessionWorksInTheHomeAndIsToldTheHomeDataAndChartsFolders() {
        Locations locations = Locations.of(Path.of("/repo")).withData(Path.of("/elsewhere/data"))
                .withCharts(Path.of("/out/charts"));

        SessionOptions options = NotebookSessions.options(locations);

        assertEquals(Path.of("/repo"), options.directory());
        assertEquals(List.of("-Dengagements.home=/repo", "-Dengagements.data=/elsewhere/data",
                "-Dengagements.charts=/out/charts"), options.jvmOptions().subList(0, 3));
        assertTrue(options.startup().get(0).startsWith("import org.engagements.Engagements;"), options.startup().toString());
    }

    @Test
    void notebookJavaOptionsSplitOnWhiteSpace() {
        assertEquals(List.of("-Xlog:gc", "-XX:+FlightRecorder"), NotebookSessions.notebookJavaOptions(" -Xlog:gc \t-XX:+FlightRecorder "));
        assertEquals(List.of(), NotebookSessions.notebookJavaOptions(null));
        assertEquals(List.of(), NotebookSessions.notebookJavaOptions("  "));
    }
}
