package org.engagements.notebook.ipynb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import org.engagements.notebook.executed.ExecutedNotebook;
import org.engagements.notebook.executed.TestRuns;
import org.junit.jupiter.api.Test;

/** Executed notebooks from real runs of the test notebooks, compared with golden files. */
class IpynbWriterTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aNotebookWithEveryKindOfOutputMatchesItsGoldenFile() throws IOException {
        ExecutedNotebook tour = TestRuns.run("tour", List.of("status=held", "top=3"), false);

        Golden.assertMatches("tour.ipynb", Golden.mask(IpynbWriter.toJson(tour)));
    }

    @Test
    void timestampsAppearOnlyWhenAskedFor() throws IOException {
        ExecutedNotebook plain = TestRuns.run("stops", List.of(), false);
        ExecutedNotebook timed = TestRuns.run("stops", List.of(), true);

        assertTrue(!IpynbWriter.toJson(plain).contains("execute_input"));
        Golden.assertMatches("stops.ipynb", Golden.mask(IpynbWriter.toJson(plain)));
        Golden.assertMatches("stops-timestamps.ipynb", Golden.mask(IpynbWriter.toJson(timed)));
    }

    @Test
    void theSameOutputsGiveTheSameBytes() {
        ExecutedNotebook first = TestRuns.run("stops", List.of(), false);
        ExecutedNotebook again = ExecutedNotebook.of(first.run(), first.timings(), first.record());

        assertEquals(IpynbWriter.toJson(first), IpynbWriter.toJson(again));
    }

    @Test
    void aFailedNotebookIsMarkedInsideTheFile() throws IOException {
        JsonNode notebook = JSON.readTree(IpynbWriter.toJson(TestRuns.run("stops", List.of(), false)));
        JsonNode cells = notebook.get("cells");

        assertEquals("stops-error", cells.get(0).get("id").asText());
        assertTrue(cells.get(0).get("source").toString().contains("cell 3 “Typo” (error); the cells after it did not run"));
        JsonNode typo = cells.get(3);
        assertEquals("error", typo.get("outputs").get(0).get("output_type").asText());
        assertEquals("CompileError", typo.get("outputs").get(0).get("ename").asText());
        assertEquals("error", typo.get("metadata").get("engagements").get("status").asText());
        JsonNode neverRuns = cells.get(4);
        assertTrue(neverRuns.get("execution_count").isNull());
        assertEquals(0, neverRuns.get("outputs").size());
        assertEquals("not run", neverRuns.get("metadata").get("engagements").get("status").asText());
        assertEquals("failed", notebook.get("metadata").get("engagements").get("status").asText());
    }

    @Test
    void parametersAreRecordedTypedInTheNotebookMetadata() throws IOException {
        JsonNode parameters = JSON.readTree(IpynbWriter.toJson(TestRuns.run("tour", List.of("status=held", "top=3"),
                false))).get("metadata").get("engagements").get("parameters");

        assertEquals("{\"from\":\"2018-01-01\",\"rounds\":3,\"share\":0.5,\"status\":\"held\",\"top\":3,"
                + "\"verbose\":false}", parameters.toString());
    }
}
