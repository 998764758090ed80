package org.engagements.notebook.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.engagements.notebook.Cell;
import org.engagements.notebook.CellResult;
import org.engagements.notebook.session.NotebookSession;
import org.engagements.notebook.session.OutputSink;
import org.engagements.notebook.session.SessionOptions;
import org.junit.jupiter.api.Test;

/** The JVM a session starts ahead of its JShell ({@link ForkedEngine#startAhead}). */
class ForkedEngineTest {
    /** The JVMs this JVM has started and that still run: the notebook JVMs of these tests. */
    private static List<ProcessHandle> agents() {
        return ProcessHandle.current().children().filter(ProcessHandle::isAlive)
                .filter(process -> process.info().command().map(command -> command.endsWith("/java")).orElse(false))
                .toList();
    }

    private static void awaitNoAgents() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!agents().isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertEquals(List.of(), agents());
    }

    @Test
    void aSessionRunsItsCellsInTheJvmItStartedAheadAndInNoOther() throws InterruptedException {
        awaitNoAgents();
        try (NotebookSession session = NotebookSession.start(SessionOptions.defaults(), "ahead.jsh")) {
            CellResult result = session.execute(Cell.code(1, "", "ProcessHandle.current().pid()"), OutputSink.NONE);
            assertTrue(result.isOk(), result::toString);
            List<ProcessHandle> running = agents();
            assertEquals(1, running.size(), running::toString);
            assertTrue(result.toString().contains(Long.toString(running.get(0).pid())), result::toString);
        }
        awaitNoAgents();
    }

    @Test
    void aJvmStartedAheadThatNoJShellTookEndsWhenDiscarded() throws InterruptedException {
        awaitNoAgents();
        ForkedEngine engine = new ForkedEngine();
        engine.startAhead(List.of("--class-path", System.getProperty("java.class.path")), Path.of(""));
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (agents().isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertEquals(1, agents().size());
        engine.discardAhead();
        awaitNoAgents();
    }
}
