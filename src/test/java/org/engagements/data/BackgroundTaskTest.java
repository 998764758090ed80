package org.engagements.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class BackgroundTaskTest {
    @Test
    void joinReturnsTheResultOfTheTask() {
        assertEquals("done", BackgroundTask.start("test", () -> "done").join());
    }

    @Test
    void joinRethrowsAnOutOfMemoryErrorUnchangedSoTheLoaderCanReportIt() {
        OutOfMemoryError error = new OutOfMemoryError("Java heap space");
        BackgroundTask<Object> task = BackgroundTask.start("test", () -> {
            throw error;
        });
        assertSame(error, assertThrows(OutOfMemoryError.class, task::join));
    }

    @Test
    void joinRethrowsAProblemReportUnchanged() {
        DataValidationException problems = new DataValidationException("data", java.util.List.of(
                Problem.inFile("data/engagements.csv", "a readable file")));
        BackgroundTask<Object> task = BackgroundTask.start("test", () -> {
            throw problems;
        });
        assertSame(problems, assertThrows(DataValidationException.class, task::join));
    }
}
