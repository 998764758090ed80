package org.engagements.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {
    @TempDir
    Path folder;

    @Test
    void writesNewFileReadableByOthers() throws IOException {
        Path target = folder.resolve("sub/out.txt");
        AtomicFile.writeString(target, "hello");
        assertEquals("hello", Files.readString(target));
        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(target)));
    }

    @Test
    void replacementKeepsTheOldFilesPermissions() throws IOException {
        Path target = folder.resolve("out.txt");
        Files.writeString(target, "old");
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-rw----"));
        AtomicFile.writeString(target, "new");
        assertEquals("new", Files.readString(target));
        assertEquals("rw-rw----", PosixFilePermissions.toString(Files.getPosixFilePermissions(target)));
    }

    @Test
    void failedWriteLeavesTheOldFileAndNoTemporaryFile() throws IOException {
        Path target = folder.resolve("out.txt");
        Files.writeString(target, "old");
        EngagementsException error = assertThrows(EngagementsException.class,
                () -> AtomicFile.write(target, out -> {
                    out.write("partial".getBytes());
                    throw new IOException("disk full");
                }));
        assertEquals(target + ": cannot write file: IOException (disk full)", error.getMessage());
        assertEquals("old", Files.readString(target));
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(1, files.count());
        }
    }

    @Test
    void leftoversOfDeadWritersAreRemovedAndThoseOfLiveOnesKept() throws IOException {
        Path target = folder.resolve("chart.png");
        Path dead = Files.writeString(folder.resolve(".chart.png.999999999-123.tmp"), "half a chart");
        Path live = Files.writeString(folder.resolve(".chart.png." + ProcessHandle.current().pid() + "-456.tmp"),
                "being written");
        Path other = Files.writeString(folder.resolve(".other.png.999999999-789.tmp"), "another file's");
        AtomicFile.writeString(target, "chart");
        assertEquals("chart", Files.readString(target));
        assertEquals(false, Files.exists(dead));
        assertEquals(true, Files.exists(live));
        assertEquals(true, Files.exists(other), "only the target's own leftovers are its business");
    }
}
