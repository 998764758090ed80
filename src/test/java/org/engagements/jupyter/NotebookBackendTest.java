package org.engagements.jupyter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.engagements.display.MimeBundle;
import org.engagements.display.MimeType;
import org.engagements.notebook.CellOutput;
import org.engagements.notebook.session.SessionOptions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The kernel's backend over a real notebook session: one session (one JVM) for the class. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NotebookBackendTest {
    private NotebookBackend backend;

    /** Records output as it arrives; {@code printed} opens at the first stdout chunk. */
    private static class Recorder implements OutputListener {
        final List<String> stdout = new CopyOnWriteArrayList<>();
        final List<String> stderr = new CopyOnWriteArrayList<>();
        final List<MimeBundle> displays = new CopyOnWriteArrayList<>();
        final CountDownLatch printed = new CountDownLatch(1);

        @Override
        public void stdout(String text) {
            stdout.add(text);
            printed.countDown();
        }

        @Override
        public void stderr(String text) {
            stderr.add(text);
        }

        @Override
        public void display(MimeBundle bundle) {
            displays.add(bundle);
        }
    }

    @BeforeAll
    void start() {
        backend = NotebookBackend.start(SessionOptions.defaults());
    }

    @AfterAll
    void close() {
        backend.close();
    }

    private ExecutionOutcome run(int count, String code) {
        return backend.execute(code, count, new Recorder());
    }

    private static CellOutput.Error failed(ExecutionOutcome outcome) {
        return assertInstanceOf(ExecutionOutcome.Failed.class, outcome).error();
    }

    /** Interrupts {@code backend} when {@code out} first prints, from another thread. */
    private static Thread interruptOnFirstOutput(ExecutionBackend backend, Recorder out) {
        Thread interrupter = new Thread(() -> {
            try {
                if (out.printed.await(30, TimeUnit.SECONDS)) {
                    backend.interrupt();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        interrupter.start();
        return interrupter;
    }

    @Test
    void definitionsCarryFromCellToCellAndTheLastValueIsTheResult() {
        assertEquals(ExecutionOutcome.ok(), run(1, "int twice(int n) {\n    return 2 * n;\n}"));
        assertEquals(ExecutionOutcome.ok(), run(2, "int half = 21;"));
        assertEquals(ExecutionOutcome.ok(MimeBundle.text("42")), run(3, "twice(half)"));
    }

    @Test
    void printedTextArrivesWhileTheCellStillRuns(@TempDir Path folder) {
        Path signal = folder.resolve("seen");
        Recorder out = new Recorder() {
            @Override
            public void stdout(String text) {
                super.stdout(text);
                try {
                    Files.createFile(signal);      // the cell below ends only once this has happened
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        };
        String code = "System.out.println(\"waiting\");\n"
                + "while (!Files.exists(Path.of(\"" + signal.toString().replace("\\", "\\\\") + "\"))) {\n"
                + "    Thread.onSpinWait();\n}\n"
                + "System.err.print(\"done\");";

        assertEquals(ExecutionOutcome.ok(), backend.execute(code, 4, out));
        assertEquals(List.of("waiting\n"), out.stdout);
        assertEquals(List.of("done"), out.stderr);
    }

    @Test
    void aDisplayedTableIsHtmlWithATextForm() {
        Recorder out = new Recorder();
        backend.execute("display(Table.create(\"Meetings\", IntColumn.create(\"year\", 2001, 2002)));\n"
                + "display(\"plain <text>\");", 5, out);

        assertEquals(2, out.displays.size(), out.displays::toString);
        MimeBundle table = out.displays.get(0);
        assertTrue(table.find(MimeType.TEXT_HTML).orElseThrow().contains("<td>2001</td>"), table::toString);
        assertTrue(table.plainText().contains("Meetings"), table::toString);
        assertEquals(MimeBundle.text("plain <text>"), out.displays.get(1));
    }

    @Test
    void aCompileErrorNamesTheCellAndLineAndQuotesIt() {
        CellOutput.Error error = failed(run(6, "int fine = 1;\nint bad = \"text\";"));

        assertEquals("CompileError", error.ename());
        assertEquals("incompatible types: java.lang.String cannot be converted to int", error.evalue());
        assertEquals(List.of("notebook, cell 6, line 2: " + error.evalue(), "    int bad = \"text\";",
                "              ^"), error.traceback());
    }

    @Test
    void anExceptionNamesTheCellAndLineWithoutJavaFrames() {
        run(7, "void check(int n) {\n    if (n < 0) throw new IllegalArgumentException(\"negative: \" + n);\n}");
        CellOutput.Error error = failed(run(8, "int n = -1;\ncheck(n);"));

        assertEquals("java.lang.IllegalArgumentException", error.ename());
        assertEquals("negative: -1", error.evalue());
        assertEquals(List.of("notebook, cell 7, line 2: java.lang.IllegalArgumentException: negative: -1",
                "    at cell 7, line 2: if (n < 0) throw new IllegalArgumentException(\"negative: \" + n);",
                "    at cell 8, line 2: check(n);"), error.traceback());
    }

    @Test
    void aStringLiteralPastTheClassFileLimitIsACompileErrorAndLaterCellsStillRun() {
        run(20, "int earlierCell = 20;");
        CellOutput.Error error = failed(run(21, "var text = \"" + "x".repeat(70_000) + "\";"));

        assertEquals("CompileError", error.ename());
        assertEquals("constant string too long", error.evalue());
        assertEquals("notebook, cell 21, line 1: constant string too long", error.traceback().get(0));
        assertEquals(ExecutionOutcome.ok(MimeBundle.text("21")), run(22, "earlierCell + 1"));
        assertEquals(List.of("earlierCell"), backend.complete("earlierC", 8).matches());
    }

    @Test
    void anInterruptStopsALoopingCellAndTheSessionGoesOn() throws InterruptedException {
        run(9, "int before = 1;");
        Recorder out = new Recorder();
        Thread interrupter = interruptOnFirstOutput(backend, out);
        ExecutionOutcome outcome = backend.execute("before++;\n{\n    System.out.println(\"looping\");\n"
                + "    while (true) {}\n}", 10, out);
        interrupter.join();

        CellOutput.Error error = failed(outcome);
        assertEquals("Interrupted", error.ename());
        assertEquals(List.of("notebook, cell 10, line 2: interrupted; the cell was stopped"), error.traceback());
        assertEquals(ExecutionOutcome.ok(MimeBundle.text("3")), run(11, "before + 1"));
    }

    @Test
    void anInterruptBetweenCellsDoesNothing() {
        backend.interrupt();
        assertEquals(ExecutionOutcome.ok(MimeBundle.text("3")), run(12, "1 + 2"));
    }

    @Test
    void aRestartForgetsEveryDefinition() {
        NotebookBackend own = NotebookBackend.start(SessionOptions.defaults());
        try (own) {
            own.execute("int remembered = 1;", 1, OutputListener.NONE);
            own.restart();
            CellOutput.Error error = failed(own.execute("remembered", 1, OutputListener.NONE));

            assertEquals("CompileError", error.ename());
            assertEquals("cannot find symbol: variable remembered", error.evalue());
        }
    }

    @Test
    @Tag("slow")
    void aCellThatIgnoresTheInterruptLosesItsJvmAndTheNextCellGetsAFreshSession() throws InterruptedException {
        NotebookBackend own = NotebookBackend.start(SessionOptions.defaults());
        try (own) {
            own.execute("int lost = 1;", 1, OutputListener.NONE);
            Recorder out = new Recorder();
            Thread interrupter = interruptOnFirstOutput(own, out);
            // Cell code stops at its next check, whatever it catches; a read of a pipe that never delivers
            // is native code, deaf to interrupts, checks and Thread.stop alike.
            ExecutionOutcome outcome = own.execute("lost++;\nvar child = new ProcessBuilder(\"sleep\", \"30\").start();\n"
                    + "{\n    System.out.println(\"stubborn\");\n    child.getInputStream().read();\n}", 2, out);
            interrupter.join();

            CellOutput.Error error = failed(outcome);
            assertEquals("Interrupted", error.ename());
            assertEquals(List.of("notebook, cell 2, line 3: interrupted; the cell did not stop within 5 s, so "
                    + "the notebook's JVM was ended and the definitions of earlier cells are lost",
                    NotebookBackend.SESSION_ENDED), error.traceback());
            assertEquals("CompileError", failed(own.execute("lost", 3, OutputListener.NONE)).ename());
            assertEquals(ExecutionOutcome.ok(MimeBundle.text("2")), own.execute("1 + 1", 4, OutputListener.NONE));
        }
    }

    @Test
    void systemExitIsReportedAndTheNextCellGetsAFreshSession() {
        NotebookBackend own = NotebookBackend.start(SessionOptions.defaults());
        try (own) {
            CellOutput.Error error = failed(own.execute("System.exit(3);", 1, OutputListener.NONE));

            assertEquals("JvmExited", error.ename());
            assertEquals(NotebookBackend.SESSION_ENDED, error.traceback().get(error.traceback().size() - 1));
            assertEquals(ExecutionOutcome.ok(MimeBundle.text("2")), own.execute("1 + 1", 2, OutputListener.NONE));
        }
    }

    @Test
    void aJvmThatEndsBetweenCellsIsReplacedBeforeTheNextCell() throws Exception {
        NotebookBackend own = NotebookBackend.start(SessionOptions.defaults());
        try (own) {
            Recorder exiting = new Recorder();
            assertEquals(ExecutionOutcome.ok(), own.execute("System.out.print(ProcessHandle.current().pid());\n"
                    + "new Thread(() -> {\n    try { Thread.sleep(200); } catch (InterruptedException e) { }\n"
                    + "    System.exit(4);\n}).start();", 1, exiting));
            long pid = Long.parseLong(String.join("", exiting.stdout));
            Optional<ProcessHandle> jvm = ProcessHandle.of(pid);
            if (jvm.isPresent()) {
                jvm.get().onExit().get(30, TimeUnit.SECONDS);
            }
            Recorder out = new Recorder();

            assertEquals(ExecutionOutcome.ok(MimeBundle.text("2")), own.execute("1 + 1", 2, out));
            assertEquals(List.of(NotebookBackend.SESSION_ENDED + "\n"), out.stderr);
        }
    }

    @Test
    void tellsCompleteFromIncompleteAndInvalidCode() {
        assertEquals(IsCompleteResult.complete(), backend.isComplete("int x = 1;\nx + 1"));
        assertEquals(IsCompleteResult.incomplete("    "), backend.isComplete("for (int i = 0; i < 3; i++) {"));
        assertEquals(IsCompleteResult.incomplete("    "), backend.isComplete("void f() {\n    int a = 1;"));
        assertEquals(IsCompleteResult.incomplete(""), backend.isComplete("System.out.println("));
        assertEquals(IsCompleteResult.invalid(), backend.isComplete("int x = ;"));
    }

    @Test
    void completesNamesFromTheJdkAndFromEarlierCells() {
        assertEquals(new CompletionResult(List.of("System"), 0, 4), backend.complete("Syst", 4));
        assertEquals(new CompletionResult(List.of("println("), 11, 17), backend.complete("System.out.printl", 17));
        run(13, "int meetingsPerYear = 4;");
        assertEquals(List.of("meetingsPerYear"), backend.complete("meetingsP", 9).matches());
        assertEquals(CompletionResult.none(5), backend.complete("qqqqq", 5));
    }

    @Test
    void inspectsTheNameAtTheCursor() {
        String string = backend.inspect("String", 6, 0).bundle().map(MimeBundle::plainText).orElseThrow();
        assertTrue(string.startsWith("java.lang.String\n    The String class represents character strings."), string);
        String max = backend.inspect("Math.max(", 9, 0).bundle().map(MimeBundle::plainText).orElseThrow();
        assertEquals(List.of("int Math.max(int a, int b)", "long Math.max(long a, long b)",
                "float Math.max(float a, float b)", "double Math.max(double a, double b)"),
                max.lines().filter(line -> !line.startsWith(" ")).toList());
        assertEquals(InspectionResult.notFound(), backend.inspect("qqqqq", 5, 0));
    }

    @Test
    void theLanguageIsJavaOfThisRuntime() {
        assertEquals("java", backend.languageInfo().name());
        assertEquals(Runtime.version().feature(), Runtime.Version.parse(backend.languageInfo().version()).feature());
        assertEquals(".jsh", backend.languageInfo().fileExtension());
        assertFalse(backend.languageInfo().mimetype().isEmpty());
    }
}
