package org.engagements.notebook.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.engagements.notebook.Cell;
import org.engagements.notebook.CellOutput;
import org.engagements.notebook.CellResult;
import org.engagements.notebook.session.NotebookSession;
import org.engagements.notebook.session.OutputSink;
import org.engagements.notebook.session.SessionOptions;
import org.junit.jupiter.api.Test;

/** The warm-up a notebook's JVM runs at its start ({@link Agent#WARM_UP_PROPERTY}). */
class AgentWarmUpTest {
    /** A slow warm-up that leaves a mark: a cell that ran beside it would not see the mark yet. */
    public static final class SlowMark implements Runnable {
        @Override
        public void run() {
            try {
                Thread.sleep(1500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            System.setProperty("warm-up.mark", "done");
        }
    }

    /** A warm-up that fails, as one whose library is missing would. */
    public static final class Fails implements Runnable {
        @Override
        public void run() {
            throw new IllegalStateException("warm-up failed");
        }
    }

    private static String resultOf(String warmUp, String code) {
        SessionOptions options = SessionOptions.defaults()
                .withJvmOptions(List.of("-D" + Agent.WARM_UP_PROPERTY + "=" + warmUp));
        try (NotebookSession session = NotebookSession.start(options, "warm-up.jsh")) {
            CellResult result = session.execute(Cell.code(1, "", code), OutputSink.NONE);
            assertTrue(result.isOk(), result::toString);
            assertEquals(1, result.outputs().size(), () -> "only the result, nothing printed: " + result);
            return ((CellOutput.ExecuteResult) result.outputs().get(0)).data().plainText();
        }
    }

    @Test
    void notebookCodeRunsOnlyOnceTheWarmUpHasFinished() {
        assertEquals("done", resultOf(SlowMark.class.getName(), "System.getProperty(\"warm-up.mark\")"));
    }

    @Test
    void aWarmUpThatFailsOrCannotBeFoundChangesNothing() {
        assertEquals("2", resultOf(Fails.class.getName(), "1 + 1"));
        assertEquals("2", resultOf("org.example.NoSuchWarmUp", "1 + 1"));
    }
}
