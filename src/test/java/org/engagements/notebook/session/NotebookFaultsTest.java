package org.engagements.notebook.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.engagements.display.MimeBundle;
import org.engagements.notebook.Cell;
import org.engagements.notebook.CellOutput;
import org.engagements.notebook.CellResult;
import org.engagements.notebook.CellStatus;
import org.engagements.notebook.Notebook;
import org.engagements.notebook.NotebookParser;
import org.engagements.notebook.NotebookRun;
import org.engagements.notebook.StreamName;
import org.junit.jupiter.api.Test;

/**
 * Cells that harm their session, run as a notebook ({@code notebooks/faults/faults.jsh}) and one by
 * one: each is reported with its cell and line, and what comes after still runs.
 */
class NotebookFaultsTest {
    private static Notebook resource(String name) {
        try {
            return NotebookParser.read(Path.of(NotebookFaultsTest.class.getResource("/notebooks/faults/" + name).toURI()));
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String headline(CellResult result) {
        return result.findError().orElseThrow().traceback().get(0);
    }

    private static Optional<MimeBundle> value(CellResult result) {
        return result.outputs().stream().filter(CellOutput.ExecuteResult.class::isInstance)
                .map(output -> ((CellOutput.ExecuteResult) output).data()).findFirst();
    }

    @Test
    void eachFaultIsReportedWithItsCellAndLineAndTheRunGoesOnUntilTheJvmEnds() {
        Notebook faults = resource("faults.jsh");
        RunOptions options = RunOptions.defaults().withContinueOnError(true).withSession(SessionOptions.defaults()
                .withCellTimeout(Duration.ofSeconds(2)).withJvmOptions(List.of("-Xmx64m")));

        List<NotebookRun> runs = new NotebookRunner(options, new RunListener() { })
                .runAll(List.of(faults, resource("after.jsh")));

        List<CellResult> results = runs.get(0).results();
        String at = faults.source() + ", cell ";
        assertEquals(List.of(CellStatus.OK, CellStatus.TIMED_OUT, CellStatus.ERROR, CellStatus.ERROR, CellStatus.OK,
                CellStatus.OK, CellStatus.EXITED), results.stream().map(CellResult::status).toList());
        assertEquals(at + "3, line 2: timed out after 2 s; the cell was stopped", headline(results.get(1)));
        assertEquals(at + "4, line 2: java.lang.StackOverflowError", headline(results.get(2)));
        List<String> overflow = results.get(2).findError().orElseThrow().traceback();
        assertEquals("    at cell 4, line 2: return down(n + 1) + 1;", overflow.get(1));
        assertTrue(overflow.size() == 3 && overflow.get(2).startsWith("    ... the frame above "), overflow::toString);
        assertEquals(at + "5, line 3: java.lang.OutOfMemoryError: Java heap space", headline(results.get(3)));
        assertEquals(Optional.of(MimeBundle.text("true")), value(results.get(4)), "the thread runs on");
        assertEquals(Optional.of(MimeBundle.text("42")), value(results.get(5)), "the stopped loop kept its state");
        assertEquals("halting\n", results.get(6).streamText(StreamName.STDOUT));
        assertEquals(at + "8, line 2: the notebook's JVM exited with status 0 (System.exit or Runtime.halt); "
                + "the notebook cannot go on without its state", headline(results.get(6)));
        assertEquals(8, faults.codeCells().size(), "the last cell did not run: its JVM, with its state, is gone");
        assertFalse(runs.get(0).passed());
        assertEquals(4, runs.get(0).failedCells());
        assertTrue(runs.get(1).passed(), "the next notebook runs in a JVM of its own");
    }

    @Test
    void aThreadThatNeverEndsLetsItsCellFinishAndItsJvmEndWithTheSession() throws Exception {
        long pid;
        try (NotebookSession session = NotebookSession.start(SessionOptions.defaults(), "nb.jsh")) {
            CellResult started = session.execute(Cell.code(1, "", "System.out.print(ProcessHandle.current().pid());\n"
                    + "Thread spinner = new Thread(() -> { while (true) {} });\nspinner.start();"), OutputSink.NONE);
            pid = Long.parseLong(started.streamText(StreamName.STDOUT));

            assertEquals(CellStatus.OK, started.status());
            assertEquals(Optional.of(MimeBundle.text("true")),
                    value(session.execute(Cell.code(2, "", "spinner.isAlive()"), OutputSink.NONE)));
        }
        Optional<ProcessHandle> jvm = ProcessHandle.of(pid);
        if (jvm.isPresent()) {
            jvm.get().onExit().get(30, TimeUnit.SECONDS);
        }
        assertFalse(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false));
    }

    @Test
    void printingMegabytesKeepsTheFirstMillionCharactersAndANoteAndTheNextCellIsWhole() {
        AtomicLong passedOn = new AtomicLong();
        OutputSink counting = output -> {
            if (output instanceof CellOutput.Stream stream) {
                passedOn.addAndGet(stream.text().length());
            }
        };
        try (NotebookSession session = NotebookSession.start(SessionOptions.defaults(), "nb.jsh")) {
            CellResult loud = session.execute(Cell.code(1, "", "String line = \"x\".repeat(99);\n"
                    + "for (int i = 0; i < 30_000; i++) System.out.println(line);\n"
                    + "System.err.println(\"past the limit\");"), counting);
            String note = OutputCollector.truncationNote(NotebookSession.OUTPUT_TEXT_LIMIT);

            assertEquals(CellStatus.OK, loud.status());
            assertEquals(NotebookSession.OUTPUT_TEXT_LIMIT, loud.streamText(StreamName.STDOUT).length());
            assertEquals(note, loud.streamText(StreamName.STDERR));
            assertEquals(NotebookSession.OUTPUT_TEXT_LIMIT + note.length(), passedOn.get(), "live listeners too");
            assertEquals("… output truncated after 1,000,000 characters; the rest of what this cell prints is not "
                    + "shown\n", note);
            CellResult next = session.execute(Cell.code(2, "", "System.out.print(\"y\".repeat(2000));"),
                    OutputSink.NONE);
            assertEquals(2000, next.streamText(StreamName.STDOUT).length(), "the limit is per cell");
        }
    }
}
