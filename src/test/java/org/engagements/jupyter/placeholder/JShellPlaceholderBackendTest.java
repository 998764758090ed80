package org.engagements.jupyter.placeholder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.engagements.jupyter.CompletionResult;
import org.engagements.jupyter.ExecutionOutcome;
import org.engagements.jupyter.IsCompleteResult;
import org.engagements.jupyter.MimeBundle;
import org.engagements.jupyter.OutputListener;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The placeholder against a real JShell session (one child JVM for the class). */
class JShellPlaceholderBackendTest {
    private static JShellPlaceholderBackend backend;

    /** Records output; {@code firstOutput} opens when anything is printed. */
    private static final class Recorder implements OutputListener {
        final List<String> stdout = new CopyOnWriteArrayList<>();
        final List<String> stderr = new CopyOnWriteArrayList<>();
        final List<MimeBundle> displays = new CopyOnWriteArrayList<>();
        final CountDownLatch firstOutput = new CountDownLatch(1);

        @Override
        public void stdout(String text) {
            stdout.add(text);
            firstOutput.countDown();
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
    static void startSession() {
        backend = new JShellPlaceholderBackend();
    }

    @AfterAll
    static void closeSession() {
        backend.close();
    }

    @Test
    void anExpressionCellHasItsValueAsTextPlain() {
        assertEquals(ExecutionOutcome.ok(MimeBundle.text("42")), backend.execute("6*7", 1, new Recorder()));
    }

    @Test
    void aCellOfSeveralSnippetsRunsThemAllAndShowsTheLastValue() {
        Recorder out = new Recorder();
        ExecutionOutcome outcome = backend.execute("int a = 2;\nSystem.out.println(\"a=\" + a);\nSystem.err.print(\"!\");\na * 3",
                2, out);
        assertEquals(ExecutionOutcome.ok(MimeBundle.text("6")), outcome);
        assertEquals("a=2\n", String.join("", out.stdout));
        assertEquals("!", String.join("", out.stderr));
    }

    @Test
    void statementsAndVoidCallsHaveNoValue() {
        assertEquals(ExecutionOutcome.ok(), backend.execute("System.out.println(\"hello, world\")", 3, new Recorder()));
    }

    @Test
    void displayProducesADisplayBundle() {
        Recorder out = new Recorder();
        backend.execute("display(\"text/html\", \"<b>hi</b>\"); System.out.println(\"after\"); display(List.of(1, 2));",
                4, out);
        assertEquals(List.of(MimeBundle.of(Map.of("text/html", "<b>hi</b>")), MimeBundle.text("[1, 2]")), out.displays);
        assertEquals("after\n", String.join("", out.stdout));
    }

    @Test
    void compileErrorsNameCellAndLine() {
        ExecutionOutcome outcome = backend.execute("int ok = 1;\nint bad = \"text\";", 5, new Recorder());
        ExecutionOutcome.Failed failed = assertInstanceOf(ExecutionOutcome.Failed.class, outcome);
        assertEquals("CompileError", failed.ename());
        assertTrue(failed.traceback().get(0).startsWith("cell 5, line 2: incompatible types"), failed.traceback().toString());
    }

    @Test
    void exceptionsNameTheirClassAndLineWithoutJavaFrames() {
        ExecutionOutcome outcome = backend.execute("int z = 0;\nthrow new IllegalStateException(\"boom\")", 6,
                new Recorder());
        ExecutionOutcome.Failed failed = assertInstanceOf(ExecutionOutcome.Failed.class, outcome);
        assertEquals("java.lang.IllegalStateException", failed.ename());
        assertEquals("boom", failed.evalue());
        assertEquals(List.of("java.lang.IllegalStateException: boom", "    at cell 6, line 2"), failed.traceback());
    }

    @Test
    void tellsCompleteFromIncompleteCode() {
        assertEquals(IsCompleteResult.complete(), backend.isComplete("int x = 1;\nx + 1"));
        assertEquals(IsCompleteResult.incomplete("    "), backend.isComplete("void f() {"));
        assertEquals(IsCompleteResult.invalid(), backend.isComplete(")"));
    }

    @Test
    void completesAndInspects() {
        CompletionResult completion = backend.complete("System.out.printl", 17);
        assertEquals(new CompletionResult(List.of("println("), 11, 17), completion);
        assertEquals(Optional.of("java.lang.String"), backend.inspect("String", 6, 0).bundle()
                .flatMap(MimeBundle::findText));
    }

    @Test
    void anInterruptStopsALoopingCell() throws InterruptedException {
        Recorder out = new Recorder();
        Thread interrupter = new Thread(() -> {
            try {
                if (out.firstOutput.await(10, TimeUnit.SECONDS)) {
                    backend.interrupt();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        interrupter.start();
        ExecutionOutcome outcome = backend.execute("System.out.println(\"looping\"); while (true) { }", 7, out);
        interrupter.join();

        assertEquals("Interrupted", assertInstanceOf(ExecutionOutcome.Failed.class, outcome).ename());
        assertEquals(ExecutionOutcome.ok(MimeBundle.text("2")), backend.execute("1 + 1", 8, new Recorder()));
    }
}
