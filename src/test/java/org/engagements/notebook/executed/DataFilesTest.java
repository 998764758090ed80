package org.engagements.notebook.executed;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataFilesTest {
    @Test
    void everyFileUnderTheFolderIsHashedSortedByPath(@TempDir Path folder) throws IOException {
        Files.createDirectories(folder.resolve("vocab"));
        Files.writeString(folder.resolve("vocab/places.json"), "abc");
        Files.writeString(folder.resolve("articles.csv"), "");

        assertEquals(List.of(
                new DataFile("articles.csv", 0, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
                new DataFile("vocab/places.json", 3, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")),
                DataFiles.hash(folder));
    }

    @Test
    void aMissingFolderHasNoFiles(@TempDir Path folder) {
        assertEquals(List.of(), DataFiles.hash(folder.resolve("missing")));
    }
}
