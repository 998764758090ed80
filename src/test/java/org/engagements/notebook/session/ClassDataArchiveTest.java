package org.engagements.notebook.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassDataArchiveTest {
    @TempDir
    Path folder;

    @Test
    void withoutAnArchiveTheJvmRecordsItsClassesForOne() throws IOException {
        ClassPath classPath = new ClassPath(List.of(jar("a.jar", "one")));
        ClassDataArchive.Plan plan = new ClassDataArchive(folder.resolve("cds")).plan(classPath);

        assertEquals(1, plan.vmOptions().size());
        assertTrue(plan.vmOptions().get(0).startsWith("-XX:DumpLoadedClassList=" + folder.resolve("cds")));
        ClassDataArchive.Recording recording = plan.recording().orElseThrow();
        assertTrue(recording.archive().getFileName().toString().matches("notebook-[0-9a-f]{16}\\.jsa"));
        assertTrue(Files.isDirectory(folder.resolve("cds")), "the folder is made for the JVM to write in");
    }

    @Test
    void anExistingArchiveIsMappedAndNothingIsRecorded() throws IOException {
        ClassPath classPath = new ClassPath(List.of(jar("a.jar", "one")));
        ClassDataArchive archive = new ClassDataArchive(folder);
        Path built = archive.plan(classPath).recording().orElseThrow().archive();
        Files.writeString(built, "archive");

        ClassDataArchive.Plan plan = archive.plan(classPath);

        assertEquals(List.of("-XX:SharedArchiveFile=" + built), plan.vmOptions());
        assertTrue(plan.recording().isEmpty());
    }

    @Test
    void aRebuiltJarGetsANewArchive() throws IOException {
        Path jar = jar("a.jar", "one");
        ClassPath classPath = new ClassPath(List.of(jar));
        String before = ClassDataArchive.key(classPath);

        Files.setLastModifiedTime(jar, FileTime.from(Instant.now().plus(Duration.ofMinutes(1))));

        assertNotEquals(before, ClassDataArchive.key(classPath));
    }

    @Test
    void aListThatWasNeverWrittenBuildsNothing() throws IOException {
        ClassPath classPath = new ClassPath(List.of(jar("a.jar", "one")));
        ClassDataArchive.Recording recording = new ClassDataArchive(folder).plan(classPath).recording().orElseThrow();

        recording.buildInBackground();

        assertTrue(Files.notExists(recording.archive()));
        assertTrue(Files.notExists(lock(recording)), "no build was claimed");
    }

    @Test
    void aBuildUnderWayIsNotStartedTwice() throws IOException {
        ClassPath classPath = new ClassPath(List.of(jar("a.jar", "one")));
        ClassDataArchive.Recording recording = new ClassDataArchive(folder).plan(classPath).recording().orElseThrow();
        Files.writeString(recording.classList(), "java/lang/Object\n");
        Files.createFile(lock(recording));

        recording.buildInBackground();

        assertTrue(Files.notExists(recording.classList()), "the spare list is removed");
        assertTrue(Files.notExists(recording.archive().resolveSibling(recording.archive().getFileName() + ".partial")));
    }

    /** Runs the JDK's real dump on a class list: a few seconds. */
    @Test
    @Tag("slow")
    void aRecordedListBecomesAnArchiveTheJvmAccepts() throws Exception {
        ClassPath classPath = new ClassPath(List.of(jar("a.jar", "one")));
        ClassDataArchive.Recording recording = new ClassDataArchive(folder).plan(classPath).recording().orElseThrow();
        Files.writeString(recording.classList(), "java/lang/Object\njava/lang/String\njava/util/ArrayList\n");

        recording.buildInBackground();

        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (Files.exists(lock(recording)) && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertTrue(Files.isRegularFile(recording.archive()), "archive built: " + recording.archive());
        assertTrue(Files.notExists(recording.classList()), "the list is removed once used");
        Process java = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xshare:on", "-XX:SharedArchiveFile=" + recording.archive(), "--class-path", classPath.toString(),
                "-version").redirectErrorStream(true).start();
        String said = new String(java.getInputStream().readAllBytes());
        assertEquals(0, java.waitFor(), "a JVM that must map the archive starts: " + said);
    }

    private static Path lock(ClassDataArchive.Recording recording) {
        return recording.archive().resolveSibling(recording.archive().getFileName() + ".building");
    }

    /** A jar-named file; the key reads only its size and time, the dump accepts an empty jar. */
    private Path jar(String name, String content) throws IOException {
        Path jar = folder.resolve(name);
        try (var out = new java.util.jar.JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new java.util.zip.ZipEntry(content + ".txt"));
        }
        return jar;
    }
}
