package org.engagements.notebook.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.engagements.core.EngagementsException;
import org.engagements.notebook.Cell;
import org.engagements.notebook.CellResult;
import org.junit.jupiter.api.Test;

class StartingSessionTest {
    @Test
    void aStartedSessionRunsCellsAndCanBeSeenWithoutWaiting() {
        StartingSession starting = StartingSession.start(SessionOptions.defaults(), "nb.jsh");
        NotebookSession session = starting.join();
        try {
            assertEquals(Optional.of(session), starting.findStarted());
            assertEquals(Optional.of(session), starting.await());
            assertFalse(starting.hasEnded());
            CellResult result = session.execute(Cell.code(1, "", "1 + 1"), OutputSink.NONE);
            assertTrue(result.isOk(), result::toString);
        } finally {
            starting.close();
        }
        assertFalse(session.isAlive());
        assertTrue(starting.hasEnded());
    }

    @Test
    void aStartThatFailsThrowsItsOwnErrorAndHasNoSession() {
        StartingSession starting = StartingSession.start(
                SessionOptions.defaults().withStartup(List.of("int broken = \"text\";")), "nb.jsh");

        EngagementsException failure = assertThrows(EngagementsException.class, starting::join);

        assertTrue(failure.getMessage().contains("broken"), failure::getMessage);
        assertEquals(Optional.empty(), starting.await());
        assertEquals(Optional.empty(), starting.findStarted());
        assertFalse(starting.hasEnded());
        CompletableFuture<NotebookSession> seen = new CompletableFuture<>();
        starting.whenStarted(seen::complete);
        assertFalse(seen.isDone());
        starting.close();
    }
}
