package org.engagements.notebook.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import org.engagements.core.UnsafeFileNameException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NotebookPublisherTest {
    private static final Path OUT = Path.of("/work/report");

    @ParameterizedTest
    @ValueSource(strings = {"../outside", "/etc/outside", "sub/x", "a\\b", "a\u0000b"})
    void anExecutedNotebookIsNeverWrittenOutsideTheOutputFolder(String name) {
        assertThrows(UnsafeFileNameException.class, () -> NotebookPublisher.ipynbFile(OUT, name));
        assertThrows(UnsafeFileNameException.class, () -> NotebookPublisher.htmlFile(OUT, name));
    }

    @Test
    void aNotebookNameGivesItsTwoFilesInTheFolder() {
        assertEquals(OUT.resolve("01-overview.ipynb"), NotebookPublisher.ipynbFile(OUT, "01-overview"));
        assertEquals(OUT.resolve("01-overview.html"), NotebookPublisher.htmlFile(OUT, "01-overview"));
    }
}
