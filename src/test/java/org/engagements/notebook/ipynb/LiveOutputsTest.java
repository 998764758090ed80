package org.engagements.notebook.ipynb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.engagements.notebook.session.InputSource;
import org.engagements.notebook.NotebookParser;
import org.engagements.notebook.executed.ExecutedNotebook;
import org.engagements.notebook.executed.TestRuns;
import org.engagements.notebook.html.NotebookPage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What an executed notebook keeps of outputs that change while a cell runs (updated displays, cleared
 * output, progress bars) and of a cell that reads input, from a real run of
 * {@code src/test/resources/notebooks/live/live.jsh}.
 */
class LiveOutputsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static ExecutedNotebook live;
    private static JsonNode cells;

    @BeforeAll
    static void run() throws IOException {
        Path file = TestRuns.basedir().resolve("src/test/resources/notebooks/live/live.jsh");
        live = TestRuns.execute(NotebookParser.read(file, Path.of("notebooks/live/live.jsh")));
        cells = JSON.readTree(IpynbWriter.toJson(live)).get("cells");
    }

    /** The outputs of code cell {@code number} (1 for the first), each as {@code type: text}. */
    private static List<String> outputs(int number) {
        List<String> shown = new ArrayList<>();
        for (JsonNode output : cells.get(number).get("outputs")) {
            String type = output.get("output_type").asText();
            JsonNode text = type.equals("stream") ? output.get("text")
                    : type.equals("error") ? output.get("evalue") : output.get("data").get("text/plain");
            shown.add(type + ": " + (text.isArray() ? join(text) : text.asText()));
        }
        return shown;
    }

    private static String join(JsonNode lines) {
        StringBuilder text = new StringBuilder();
        lines.forEach(line -> text.append(line.asText()));
        return text.toString();
    }

    @Test
    void everyOutputIsInItsFinalStateAsInTheGoldenFile() throws IOException {
        Golden.assertMatches("live.ipynb", Golden.mask(IpynbWriter.toJson(live)));
    }

    @Test
    void anUpdatedDisplayKeepsItsPlaceWithItsLastValueEvenFromALaterCell() {
        assertEquals(List.of("display_data: third, from a later cell", "stream: printed after the display\n"),
                outputs(1));
        assertEquals(List.of(), outputs(4));
    }

    @Test
    void clearedOutputIsGoneAtOnceOrWhenTheNextOutputCame() {
        assertEquals(List.of("stream: kept\n"), outputs(2));
        assertEquals(List.of("display_data: kept too"), outputs(3));     // its handle is not the cell's value
    }

    @Test
    void aProgressBarKeepsOnlyItsFinalStateWhichHasNoTimings() {
        assertEquals(List.of("display_data: Items ████████████████████  50/50  100%  done"), outputs(5));
        assertEquals(List.of("display_data: Numbers ████████████████████  3/3  100%  done", "execute_result: 6"),
                outputs(6));
    }

    @Test
    void readingInputInABatchRunFailsWithTheReasonNotAsAnEmptyStream() {
        JsonNode error = cells.get(7).get("outputs").get(0);

        assertEquals("org.engagements.display.NoInputException", error.get("ename").asText());
        assertEquals(InputSource.BATCH_REASON, error.get("evalue").asText());
        assertTrue(error.get("traceback").get(0).asText().startsWith("notebooks/live/live.jsh, cell 8, line 1: "));
        assertTrue(live.run().passed(), "the cell is tagged raises-exception");
    }

    @Test
    void thePageShowsTheSameFinalState() {
        String page = NotebookPage.render(live, false);

        assertTrue(page.contains("Items ████████████████████  50/50  100%  done"), page);
        assertFalse(page.contains("0/50  0%"), page);
    }
}
