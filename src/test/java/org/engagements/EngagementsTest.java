package org.engagements;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import org.engagements.data.DataValidationException;
import org.engagements.data.Fixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EngagementsTest {
    @TempDir
    Path temp;

    @Test
    void loadsAFolderGivenAsPathOrString() {
        Path data = Fixture.copyTo(temp);
        assertEquals(4, Engagements.load(data).engagements().rowCount());
        assertEquals(4, Engagements.load(data.toString()).mentions().rowCount());
    }

    @Test
    void loadingBadDataFailsWithTheProblems() throws Exception {
        Path data = Fixture.copyTo(temp);
        Files.delete(data.resolve("mentions.csv"));
        DataValidationException e = assertThrows(DataValidationException.class, () -> Engagements.load(data));
        assertEquals("data/mentions.csv: expected a file; there is none", e.problems().get(0).message());
    }
}
