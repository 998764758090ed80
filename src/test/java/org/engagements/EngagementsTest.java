package org.engagements;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.engagements.core.EngagementsException;
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

    @Test
    void theDataPropertyWinsOverEverything() throws Exception {
        Path working = Files.createDirectories(temp.resolve("work/data"));
        Map<String, String> properties = Map.of(Engagements.DATA_PROPERTY, "/elsewhere/data",
                Engagements.HOME_PROPERTY, temp.toString());
        assertEquals(Path.of("/elsewhere/data"), Engagements.dataFolder(properties::get, working.getParent()));
    }

    @Test
    void aDataFolderInTheWorkingFolderComesNext() throws Exception {
        Path working = Files.createDirectories(temp.resolve("work/data")).getParent();
        Map<String, String> properties = Map.of(Engagements.HOME_PROPERTY, temp.toString());
        assertEquals(working.resolve("data"), Engagements.dataFolder(properties::get, working));
    }

    @Test
    void theProjectHomesDataFolderComesLast() throws Exception {
        Path home = Files.createDirectories(temp.resolve("home/data")).getParent();
        Path working = Files.createDirectories(temp.resolve("work"));
        Map<String, String> properties = Map.of(Engagements.HOME_PROPERTY, home.toString());
        assertEquals(home.resolve("data"), Engagements.dataFolder(properties::get, working));
    }

    @Test
    void noDataFolderAnywhereIsAUserError() throws Exception {
        Path working = Files.createDirectories(temp.resolve("work"));
        EngagementsException e = assertThrows(EngagementsException.class,
                () -> Engagements.dataFolder(name -> null, working));
        assertTrue(e.getMessage().startsWith("no data folder: expected -Dengagements.data=DIR, a folder "),
                e.getMessage());
    }
}
