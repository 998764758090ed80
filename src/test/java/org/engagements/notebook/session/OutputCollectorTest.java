package org.engagements.notebook.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.engagements.display.MimeBundle;
import org.engagements.display.MimeType;
import org.engagements.notebook.CellOutput;
import org.engagements.notebook.StreamName;
import org.junit.jupiter.api.Test;

class OutputCollectorTest {
    private final List<CellOutput> passedOn = new ArrayList<>();

    private OutputCollector collector(int limit) {
        return new OutputCollector(passedOn::add, 1, limit, 1_000);
    }

    private static CellOutput.Stream out(String text) {
        return new CellOutput.Stream(StreamName.STDOUT, text);
    }

    private static CellOutput.Stream err(String text) {
        return new CellOutput.Stream(StreamName.STDERR, text);
    }

    @Test
    void textUpToTheLimitIsKeptMergedAndPassedOn() {
        OutputCollector collector = collector(10);
        collector.stream(StreamName.STDOUT, "12345");
        collector.stream(StreamName.STDOUT, "67890");

        assertEquals(List.of(out("1234567890")), collector.outputs());
        assertEquals(List.of(out("12345"), out("67890")), passedOn);
    }

    @Test
    void textPastTheLimitIsDroppedWithOneNoteAndDisplaysStillCount() {
        OutputCollector collector = collector(10);
        collector.stream(StreamName.STDOUT, "12345");
        collector.stream(StreamName.STDOUT, "67890ab");
        collector.stream(StreamName.STDERR, "dropped");
        CellOutput.DisplayData shown = new CellOutput.DisplayData(MimeBundle.text("chart"));
        collector.add(shown);
        collector.stream(StreamName.STDOUT, "dropped too");

        String note = OutputCollector.truncationNote(10);
        assertEquals(List.of(out("1234567890"), err(note), shown), collector.outputs());
        assertEquals(List.of(out("12345"), out("67890"), err(note), shown), passedOn);
        assertEquals("… output truncated after 10 characters; the rest of what this cell prints is not shown\n", note);
    }

    @Test
    void theCutNeverSplitsACharacterAndTheNoteStartsOnALineOfItsOwn() {
        OutputCollector collector = collector(4);
        collector.stream(StreamName.STDERR, "ab\uD83D\uDE00\uD83D\uDE00");     // two emoji: four chars

        assertEquals(List.of(err("ab\uD83D\uDE00\n" + OutputCollector.truncationNote(4))), collector.outputs());
    }

    @Test
    void displaysPastTheirLimitAreDroppedWithOneNoteAndTheResultIsKept() {
        OutputCollector collector = new OutputCollector(passedOn::add, 1, 1_000, 10);
        CellOutput.DisplayData small = new CellOutput.DisplayData(MimeBundle.text("123456"));
        CellOutput.DisplayData tooMany = new CellOutput.DisplayData(MimeBundle.text("7890ab"));
        CellOutput.ExecuteResult result = new CellOutput.ExecuteResult(1, MimeBundle.text("a long result value"));

        collector.add(small);
        collector.add(tooMany);
        collector.add(small);
        collector.add(result);

        assertEquals(List.of(small, err(OutputCollector.displayNote(10)), result), collector.outputs());
        assertEquals(List.of(small, err(OutputCollector.displayNote(10)), result), passedOn);
    }

    @Test
    void aResultsTextPastTheTextLimitIsCutWithANoteAndItsOtherFormsCountAsDisplays() {
        OutputCollector collector = new OutputCollector(passedOn::add, 1, 100, 10);
        MimeBundle huge = MimeBundle.text("z".repeat(1_000)).with(MimeType.TEXT_HTML, "<p>" + "z".repeat(999) + "</p>");

        collector.add(new CellOutput.ExecuteResult(1, huge));

        MimeBundle textOnly = MimeBundle.text(huge.withTextLimit(100).plainText());
        CellOutput.ExecuteResult cut = new CellOutput.ExecuteResult(1, textOnly);
        assertEquals(List.of(err(OutputCollector.displayNote(10)), cut), collector.outputs());
        assertEquals(List.of(err(OutputCollector.displayNote(10)), cut), passedOn);
        assertTrue(cut.data().plainText().endsWith(" more characters of this value are not shown (1,000 in all)\n"));
    }

    @Test
    void aResultsOtherFormsAreKeptWhileTheyFitTheDisplaysRoom() {
        OutputCollector collector = new OutputCollector(passedOn::add, 1, 100, 20);
        CellOutput.ExecuteResult table = new CellOutput.ExecuteResult(1,
                MimeBundle.text("a table").with(MimeType.TEXT_HTML, "<table></table>"));

        collector.add(table);

        assertEquals(List.of(table), collector.outputs());
    }

    /** A sink that records outputs, updates and clears, in order, as text. */
    private final List<String> events = new ArrayList<>();
    private final OutputSink recorder = new OutputSink() {
        @Override
        public void output(CellOutput output) {
            events.add(output instanceof CellOutput.Stream stream ? "text " + stream.text()
                    : "show " + ((CellOutput.DisplayData) output).data().plainText());
        }

        @Override
        public void update(String displayId, MimeBundle data) {
            events.add("update " + displayId + " " + data.plainText());
        }

        @Override
        public void clear(boolean waitForNext) {
            events.add("clear " + (waitForNext ? "wait" : "now"));
        }
    };

    private static CellOutput.DisplayData shown(String text, String id) {
        return new CellOutput.DisplayData(MimeBundle.text(text), Optional.of(id));
    }

    @Test
    void anUpdateReplacesItsDisplayInPlaceAndOneOfAnotherCellIsOnlyPassedOn() {
        OutputCollector collector = new OutputCollector(recorder, 1, 1_000, 1_000);
        collector.add(shown("first", "d-1"));
        collector.stream(StreamName.STDOUT, "after\n");
        collector.update("d-1", MimeBundle.text("second"));
        collector.update("d-0", MimeBundle.text("an earlier cell's"));

        assertEquals(List.of(shown("second", "d-1"), out("after\n")), collector.outputs());
        assertEquals(List.of("show first", "text after\n", "update d-1 second", "update d-0 an earlier cell's"), events);
    }

    @Test
    void clearingNowEmptiesTheOutputsAndTheLimitsStartAgain() {
        OutputCollector collector = new OutputCollector(recorder, 1, 10, 1_000);
        collector.stream(StreamName.STDOUT, "0123456789");
        collector.clear(false);
        collector.stream(StreamName.STDOUT, "kept");

        assertEquals(List.of(out("kept")), collector.outputs());
        assertEquals(List.of("text 0123456789", "clear now", "text kept"), events);
    }

    @Test
    void clearingWithWaitEmptiesTheOutputsWhenTheNextOneComesAndNotBefore() {
        OutputCollector collector = new OutputCollector(recorder, 1, 1_000, 1_000);
        collector.add(shown("old", "d-1"));
        collector.clear(true);
        collector.update("d-1", MimeBundle.text("updated, not an output"));
        assertEquals(List.of(shown("updated, not an output", "d-1")), collector.outputs());

        collector.add(shown("new", "d-2"));
        collector.clear(true);

        assertEquals(List.of(shown("new", "d-2")), collector.outputs());
    }

    @Test
    void anUpdateThatWouldPassTheDisplayLimitIsDroppedWithTheNote() {
        OutputCollector collector = new OutputCollector(recorder, 1, 1_000, 10);
        collector.add(shown("12345", "d-1"));
        collector.update("d-1", MimeBundle.text("1234567890"));
        collector.update("d-1", MimeBundle.text("12345678901"));

        assertEquals(List.of(shown("1234567890", "d-1"), err(OutputCollector.displayNote(10))), collector.outputs());
    }
}
