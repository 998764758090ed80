package org.engagements.notebook.executed;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ZipIndexTest {
    @TempDir
    Path folder;

    /** A zip file of {@code name → content} entries, with fixed times, and a comment when one is given. */
    private Path zip(String file, String comment, String... namesAndContents) throws IOException {
        Path path = folder.resolve(file);
        try (OutputStream out = Files.newOutputStream(path); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (int i = 0; i < namesAndContents.length; i += 2) {
                ZipEntry entry = new ZipEntry(namesAndContents[i]);
                entry.setLastModifiedTime(FileTime.fromMillis(1_600_000_000_000L));
                zip.putNextEntry(entry);
                zip.write(namesAndContents[i + 1].getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
            if (comment != null) {
                zip.setComment(comment);
            }
        }
        return path;
    }

    @Test
    void equalZipFilesHaveEqualIndexes() throws IOException {
        byte[] first = ZipIndex.read(zip("a.jar", null, "A.class", "one", "B.class", "two")).orElseThrow();

        assertArrayEquals(first, ZipIndex.read(zip("b.jar", null, "A.class", "one", "B.class", "two")).orElseThrow());
    }

    @Test
    void theIndexChangesWithAnEntrysContentEvenAtTheSameSize() throws IOException {
        byte[] before = ZipIndex.read(zip("a.jar", null, "A.class", "one")).orElseThrow();

        assertFalse(Arrays.equals(before, ZipIndex.read(zip("a.jar", null, "A.class", "two")).orElseThrow()));
        assertFalse(Arrays.equals(before, ZipIndex.read(zip("a.jar", null, "B.class", "one")).orElseThrow()));
    }

    @Test
    void aCommentAfterTheEndRecordIsFound() throws IOException {
        assertTrue(ZipIndex.read(zip("a.jar", "built by a test", "A.class", "one")).isPresent());
    }

    @Test
    void aFileThatIsNoZipFileHasNoIndex() throws IOException {
        assertTrue(ZipIndex.read(Files.writeString(folder.resolve("short.jar"), "jar")).isEmpty());
        assertTrue(ZipIndex.read(Files.writeString(folder.resolve("text.jar"), "x".repeat(100_000))).isEmpty());
    }

    @Test
    void theClassPathHashFollowsAJarsEntriesAndFallsBackToTheContentOfOtherFiles() throws IOException {
        Path jar = zip("lib.jar", null, "A.class", "one");
        Path other = Files.writeString(folder.resolve("plain.jar"), "not a zip");
        String before = RunInputs.hashEntries(List.of(jar, other));

        assertEquals(before, RunInputs.hashEntries(List.of(jar, other)));
        zip("lib.jar", null, "A.class", "two");
        assertNotEquals(before, RunInputs.hashEntries(List.of(jar, other)));
        String afterJar = RunInputs.hashEntries(List.of(jar, other));
        Files.writeString(other, "not a zip either");
        assertNotEquals(afterJar, RunInputs.hashEntries(List.of(jar, other)));
    }
}
