package org.engagements.notebook.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.engagements.core.EngagementsException;
import org.engagements.display.MimeBundle;
import org.engagements.notebook.Cell;
import org.engagements.notebook.CellOutput;
import org.engagements.notebook.CellResult;
import org.engagements.notebook.CellStatus;
import org.engagements.notebook.StreamName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Cells that would harm a shared session: each test has its own. */
class NotebookSessionLimitsTest {
    private static final SessionOptions TWO_SECONDS = SessionOptions.defaults().withCellTimeout(Duration.ofSeconds(2));

    private static CellResult run(NotebookSession session, int number, String source) {
        return session.execute(Cell.code(number, "", source), OutputSink.NONE);
    }

    @Test
    void aLoopPastTheTimeLimitIsStoppedAndTheSessionGoesOn() {
        try (NotebookSession session = NotebookSession.start(TWO_SECONDS, "nb.jsh")) {
            run(session, 1, "int kept = 41;");
            CellResult looping = run(session, 2, "kept++;\nwhile (true) {}");

            assertEquals(CellStatus.TIMED_OUT, looping.status());
            assertEquals("nb.jsh, cell 2, line 2: timed out after 2 s; the cell was stopped",
                    looping.findError().orElseThrow().message());
            assertTrue(looping.duration().compareTo(Duration.ofSeconds(2)) >= 0);
            assertTrue(looping.duration().compareTo(NotebookSession.STOP_GRACE) < 0, looping.duration()::toString);
            assertTrue(session.isAlive());
            assertEquals(List.of(new CellOutput.ExecuteResult(3, MimeBundle.text("42"))),
                    run(session, 3, "kept").outputs());
            assertEquals(CellStatus.TIMED_OUT, run(session, 4, "Thread.sleep(600_000);").status());
            assertEquals(CellStatus.OK, run(session, 5, "kept").status());
        }
    }

    @Test
    void renderingAResultIsUnderTheTimeLimitToo() {
        try (NotebookSession session = NotebookSession.start(TWO_SECONDS, "nb.jsh")) {
            CellResult looping = run(session, 1, """
                    record Endless() {
                        public String toString() { while (true) {} }
                    }
                    new Endless()""");

            assertEquals(CellStatus.TIMED_OUT, looping.status());
            assertEquals("nb.jsh, cell 1, line 4: timed out after 2 s; the cell was stopped",
                    looping.findError().orElseThrow().message());
            assertEquals(CellStatus.OK, run(session, 2, "1").status());
        }
    }

    @Test
    void anInterruptStopsTheRunningCellAndTheSessionGoesOn() throws InterruptedException {
        try (NotebookSession session = NotebookSession.start(SessionOptions.defaults(), "nb.jsh")) {
            run(session, 1, "int kept = 41;");
            InterruptOnOutput interrupter = new InterruptOnOutput(session);
            CellResult looping = session.execute(Cell.code(2, "", "kept++;\nwhile (true) {\n"
                    + "    System.out.println(\"waiting\");\n    Thread.sleep(600_000);\n}"),
                    interrupter);
            interrupter.join();

            assertEquals(CellStatus.INTERRUPTED, looping.status());
            assertEquals("nb.jsh, cell 2, line 2: interrupted; the cell was stopped",
                    looping.findError().orElseThrow().message());
            assertTrue(session.isAlive());
            session.interrupt();                                  // between cells: forgotten
            assertEquals(List.of(new CellOutput.ExecuteResult(3, MimeBundle.text("42"))),
                    run(session, 3, "kept").outputs());
        }
    }

    @Test
    @Tag("slow")
    void aLoopThatIgnoresTheStopEndsItsJvm() {
        try (NotebookSession session = NotebookSession.start(TWO_SECONDS, "nb.jsh")) {
            // Cell code stops at its next check, whatever it catches; a read of a pipe that never
            // delivers is native code, deaf to interrupts, checks and Thread.stop alike.
            CellResult stubborn = run(session, 1,
                    "var child = new ProcessBuilder(\"sleep\", \"30\").start();\nchild.getInputStream().read();");

            assertEquals(CellStatus.TIMED_OUT, stubborn.status());
            assertEquals("nb.jsh, cell 1, line 2: timed out after 2 s; the cell was stopped by ending the "
                    + "notebook's JVM, as it did not stop when asked", stubborn.findError().orElseThrow().message());
            assertFalse(session.isAlive());
        }
    }

    @Test
    void aStringLiteralPastTheClassFileLimitIsACompileErrorAndEarlierDefinitionsStillWork() {
        String literal = "\"" + "x".repeat(70_000) + "\"";
        try (NotebookSession session = NotebookSession.start(SessionOptions.defaults(), "nb.jsh")) {
            run(session, 1, "int kept = 41;\nint twice(int n) { return 2 * n; }\n"
                    + "String s = \"a\";\nString shout() { return s + \"!\"; }");
            CellResult statement = run(session, 2, "int before = 1;\n\nSystem.out.println(" + literal + ".length());");
            CellResult declaration = run(session, 3, "String s = " + literal + ";");

            for (CellResult failed : List.of(statement, declaration)) {
                assertEquals(CellStatus.ERROR, failed.status());
                assertEquals("constant string too long", failed.findError().orElseThrow().evalue());
            }
            List<String> traceback = statement.findError().orElseThrow().traceback();
            assertEquals("nb.jsh, cell 2, line 3: constant string too long", traceback.get(0));
            assertTrue(traceback.stream().allMatch(line -> line.length() < 200), traceback::toString);
            assertTrue(session.isAlive());
            assertEquals(List.of(new CellOutput.ExecuteResult(4, MimeBundle.text("84"))),
                    run(session, 4, "twice(kept + 1)").outputs());
            // JShell's rule: the failed declaration replaced the earlier s, so s is undeclared until declared again
            assertEquals("cannot find symbol: variable s",
                    run(session, 5, "s.length()").findError().orElseThrow().evalue());
            assertEquals(List.of(new CellOutput.ExecuteResult(6, MimeBundle.text("b!"))),
                    run(session, 6, "String s = \"b\";\nshout()").outputs());
            CellResult value = run(session, 7, "\n  " + literal + ".length()");
            assertEquals(List.of("nb.jsh, cell 7, line 2: constant string too long", "      \"xxx", "      ^"),
                    value.findError().orElseThrow().traceback().stream()
                            .map(line -> line.length() > 10 && !line.startsWith("nb.jsh") ? line.substring(0, 10) : line)
                            .toList());
            assertEquals(List.of(new CellOutput.ExecuteResult(8, MimeBundle.text("b!"))),
                    run(session, 8, "shout()").outputs());
        }
    }

    @Test
    void codeTooLargeAndTooManyConstantsAreCompileErrorsAndTheSessionGoesOn() {
        StringBuilder constants = new StringBuilder("class Constants {\n    static final String[] ALL = {");
        for (int i = 0; i < 34_000; i++) {             // a String and a UTF-8 entry each
            constants.append("\"c").append(i).append("\",");
        }
        try (NotebookSession session = NotebookSession.start(SessionOptions.defaults(), "nb.jsh")) {
            run(session, 1, "int kept = 41;");
            CellResult code = run(session, 2, "void big() {\n    int[] a = {" + "1000,".repeat(8_500) + "};\n}");
            CellResult pool = run(session, 3, constants.append("};\n}").toString());

            assertEquals("code too large", code.findError().orElseThrow().evalue());
            assertTrue(pool.findError().orElseThrow().message().contains(": too many constants"),
                    () -> pool.findError().orElseThrow().message());
            assertEquals(List.of(new CellOutput.ExecuteResult(4, MimeBundle.text("42"))),
                    run(session, 4, "kept + 1").outputs());
        }
    }

    @Test
    void aResultPastTheTextLimitIsCutWithANoteOfHowMuchWasDropped() {
        try (NotebookSession session = NotebookSession.start(SessionOptions.defaults(), "nb.jsh")) {
            CellResult huge = run(session, 1, "\"z\".repeat(3_000_000)");

            CellOutput.ExecuteResult result = (CellOutput.ExecuteResult) huge.outputs().get(0);
            String text = result.data().plainText();
            assertTrue(text.length() <= NotebookSession.OUTPUT_TEXT_LIMIT, () -> text.length() + " characters");
            assertTrue(text.startsWith("zzzz"));
            assertTrue(text.matches("(?s)z+\n… 2,0\\d\\d,\\d\\d\\d more characters of this value are not shown "
                    + "\\(3,000,000 in all\\)\n"), () -> text.substring(text.length() - 200));
        }
    }

    @Test
    void systemExitEndsTheSessionAndReportsItsStatus() {
        try (NotebookSession session = NotebookSession.start(SessionOptions.defaults(), "nb.jsh")) {
            CellResult exited = run(session, 1, "System.out.println(\"bye\");\nSystem.exit(3);");

            assertEquals(CellStatus.EXITED, exited.status());
            assertEquals("bye\n", exited.streamText(StreamName.STDOUT));
            assertEquals("nb.jsh, cell 1, line 2: the notebook's JVM exited with status 3 (System.exit or "
                    + "Runtime.halt); the notebook "
                    + "cannot go on without its state", exited.findError().orElseThrow().message());
            assertFalse(session.isAlive());
            assertThrows(IllegalStateException.class, () -> run(session, 2, "1"));
        }
    }

    @Test
    void extraStartupSnippetsRunFirstAndAFailingOneIsReported() {
        SessionOptions preset = SessionOptions.defaults().withStartup(List.of("int preset = 5;"));
        try (NotebookSession session = NotebookSession.start(preset, "nb.jsh")) {
            assertEquals(List.of(new CellOutput.ExecuteResult(1, MimeBundle.text("6"))),
                    run(session, 1, "preset + 1").outputs());
        }
        SessionOptions broken = SessionOptions.defaults().withStartup(List.of("import org.nowhere.*;"));
        EngagementsException error = assertThrows(EngagementsException.class,
                () -> NotebookSession.start(broken, "nb.jsh"));
        assertEquals("session startup failed at \"import org.nowhere.*;\": package org.nowhere does not exist",
                error.getMessage());
    }

    @Test
    void aJvmThatCannotStartIsReportedWithWhatItSaid() {
        SessionOptions wrong = SessionOptions.defaults().withJvmOptions(List.of("-XX:+NoSuchOption"));
        EngagementsException error = assertThrows(EngagementsException.class,
                () -> NotebookSession.start(wrong, "nb.jsh"));
        assertTrue(error.getMessage().startsWith("cannot start the notebook's JVM: it exited before connecting: "
                + "Unrecognized VM option 'NoSuchOption'"), error.getMessage());
    }

    @Test
    void runningOutOfMemoryIsAnErrorAndTheSessionGoesOn() {
        SessionOptions small = SessionOptions.defaults().withJvmOptions(List.of("-Xmx64m"));
        try (NotebookSession session = NotebookSession.start(small, "nb.jsh")) {
            CellResult hog = run(session, 1, """
                    {
                        var hog = new ArrayList<long[]>();
                        while (true) hog.add(new long[1_000_000]);
                    }""");

            assertEquals(CellStatus.ERROR, hog.status());
            assertEquals("java.lang.OutOfMemoryError: Java heap space",
                    hog.findError().orElseThrow().ename() + ": " + hog.findError().orElseThrow().evalue());
            assertEquals(CellStatus.OK, run(session, 2, "1 + 1").status());
        }
    }
}
