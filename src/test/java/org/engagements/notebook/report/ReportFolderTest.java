package org.engagements.notebook.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.engagements.core.EngagementsException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportFolderTest {
    /** No such process: Linux process ids stay below 2^22. */
    private static final long DEAD = 999_999_999L;
    private static final String LOCK = ".engagements-lock-report";

    @TempDir
    Path parent;

    private Path out() {
        return parent.resolve("report");
    }

    private static List<String> entries(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        }
    }

    private static void writeReport(Path target, String text) {
        try (ReportFolder folder = ReportFolder.open(target)) {
            Files.writeString(folder.path().resolve("index.html"), text);
            folder.commit();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private void writeReport(String text) {
        writeReport(out(), text);
    }

    /** A folder as a report writer of process {@code pid} leaves it: {@code .report.report-PID-N.SUFFIX}. */
    private Path swapFolder(long pid, int n, String suffix) throws IOException {
        Path folder = Files.createDirectories(parent.resolve(".report.report-" + pid + "-" + n + suffix));
        Files.writeString(folder.resolve(ReportFolder.MARKER), "");
        return folder;
    }

    private static Path folderOfMine(Path folder) throws IOException {
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("notes.txt"), "mine");
        return folder;
    }

    @Test
    void aCommittedReportReplacesTheOldOneWhole() throws IOException {
        writeReport("first");
        Files.writeString(out().resolve("stale.html"), "from the first run");

        writeReport("second");

        assertEquals(List.of(".engagements-report", "index.html"), entries(out()));
        assertEquals("second", Files.readString(out().resolve("index.html")));
        assertEquals(List.of(LOCK, "report"), entries(parent));
    }

    @Test
    void aReportNotCommittedLeavesTheOldOneUntouched() throws IOException {
        writeReport("first");

        try (ReportFolder folder = ReportFolder.open(out())) {
            Files.writeString(folder.path().resolve("index.html"), "half done");
        }

        assertEquals("first", Files.readString(out().resolve("index.html")));
        assertEquals(List.of(LOCK, "report"), entries(parent));
    }

    @Test
    void theFoldersADeadWriterLeftAreCleanedUp() throws IOException {
        writeReport("first");
        Path building = swapFolder(DEAD, 1, ".tmp");
        Files.createDirectories(building.resolve("charts"));
        Files.writeString(building.resolve("charts/x.png"), "partial");
        swapFolder(DEAD, 2, ".old");
        Files.createDirectories(parent.resolve(".report.report-" + DEAD + "-3.tmp"));   // killed before the marker

        writeReport("second");

        assertEquals(List.of(LOCK, "report"), entries(parent));
    }

    @Test
    void aRunKilledBetweenTheTwoRenamesGetsTheOldReportBack() throws IOException {
        writeReport("first");
        Files.move(out(), parent.resolve(".report.report-" + DEAD + "-7.old"));   // as if killed after the first rename
        swapFolder(DEAD, 7, ".tmp");

        try (ReportFolder folder = ReportFolder.open(out())) {
            assertEquals("first", Files.readString(out().resolve("index.html")));
        }
        assertEquals(List.of(LOCK, "report"), entries(parent));
    }

    @Test
    void theFoldersOfAWriterStillRunningAreLeftAlone() throws IOException {
        Path live = swapFolder(ProcessHandle.current().pid(), 4, ".tmp");

        writeReport("first");

        assertTrue(Files.exists(live.resolve(ReportFolder.MARKER)));
    }

    @Test
    void aTaggedFolderThatIsNotAReportIsLeftAlone() throws IOException {
        Path tagged = folderOfMine(parent.resolve(".report.report-" + DEAD + "-5.old"));

        writeReport("first");

        assertEquals("mine", Files.readString(tagged.resolve("notes.txt")));
    }

    @Test
    void foldersAUserNamedLikeTemporaryOrOldReportsAreNeverTouched() throws IOException {
        folderOfMine(parent.resolve("report.old-june"));
        folderOfMine(parent.resolve("report.tmp-notes"));
        folderOfMine(parent.resolve("report.old-1234"));

        writeReport("first");
        writeReport("second");

        assertEquals(List.of(LOCK, "report", "report.old-1234", "report.old-june", "report.tmp-notes"),
                entries(parent));
        for (String mine : List.of("report.old-june", "report.tmp-notes", "report.old-1234")) {
            assertEquals(List.of("notes.txt"), entries(parent.resolve(mine)), mine);
        }
    }

    @Test
    void aUsersFolderNamedLikeAnOldReportIsNotPutInPlaceOfAMissingReport() throws IOException {
        Path weekly = parent.resolve("weekly");
        folderOfMine(parent.resolve("weekly.old-2024"));

        writeReport(weekly, "first");

        assertEquals("first", Files.readString(weekly.resolve("index.html")));
        assertEquals(List.of("notes.txt"), entries(parent.resolve("weekly.old-2024")));
    }

    @Test
    void aSecondWriterOfTheSameFolderIsRefusedUntilTheFirstIsDone() throws IOException {
        writeReport("first");

        try (ReportFolder writing = ReportFolder.open(out())) {
            EngagementsException e = assertThrows(EngagementsException.class, () -> ReportFolder.open(out()));

            assertEquals(out() + ": another `engagements report` (pid " + ProcessHandle.current().pid() + ") is "
                    + "writing this folder; wait for it or choose another --out", e.getMessage());
            assertTrue(Files.isDirectory(writing.path()), "the first writer's folder is left alone");
        }
        writeReport("third");
        assertEquals("third", Files.readString(out().resolve("index.html")));
    }

    @Test
    void aLinkedOutIsFollowedTheReportReplacedWhereItLeadsAndTheLinkKept() throws IOException {
        Path shared = Files.createDirectories(parent.resolve("shared"));
        Path real = shared.resolve("june");
        writeReport(real, "first");
        Path link = Files.createSymbolicLink(parent.resolve("latest"), real);

        writeReport(link, "second");

        assertTrue(Files.isSymbolicLink(link), "the link is still a link");
        assertEquals(real, Files.readSymbolicLink(link));
        assertEquals("second", Files.readString(real.resolve("index.html")));
        assertEquals(List.of("latest", "shared"), entries(parent));
        assertEquals(List.of(".engagements-lock-june", "june"), entries(shared));
    }

    @Test
    void twoLinksToOneFolderShareItsLock() throws IOException {
        Path real = parent.resolve("june");
        writeReport(real, "first");
        Path link = Files.createSymbolicLink(parent.resolve("latest"), real);

        try (ReportFolder writing = ReportFolder.open(real)) {
            EngagementsException e = assertThrows(EngagementsException.class, () -> ReportFolder.open(link));

            assertTrue(e.getMessage().startsWith(link + ": another `engagements report`"), e.getMessage());
        }
    }

    @Test
    void aLinkThatLeadsNowhereIsRefused() throws IOException {
        Path nowhere = parent.resolve("gone");
        Path link = Files.createSymbolicLink(parent.resolve("latest"), nowhere);

        EngagementsException e = assertThrows(EngagementsException.class, () -> ReportFolder.open(link));

        assertEquals(link + ": is a link to " + nowhere + ", which leads nowhere; --out must name a folder",
                e.getMessage());
        assertEquals(List.of("latest"), entries(parent));
    }

    @Test
    void theRootFolderIsRefused() {
        EngagementsException e = assertThrows(EngagementsException.class, () -> ReportFolder.open(Path.of("/")));

        assertEquals("/: is the root folder; --out must name a folder inside another, as the report is built "
                + "beside it and swapped in", e.getMessage());
    }

    @Test
    void aFolderUnderAFileIsRefused() throws IOException {
        Path file = Files.writeString(parent.resolve("notes.txt"), "mine");

        EngagementsException e = assertThrows(EngagementsException.class,
                () -> ReportFolder.open(file.resolve("report")));

        assertEquals(file.resolve("report") + ": cannot be made, as " + file + " is a file; --out must name a folder",
                e.getMessage());
        assertEquals(List.of("notes.txt"), entries(parent));
    }

    @Test
    void aFolderOfOtherFilesIsNeverReplaced() throws IOException {
        Path mine = Files.createDirectories(parent.resolve("mine"));
        Files.writeString(mine.resolve("thesis.tex"), "years of work");

        EngagementsException e = assertThrows(EngagementsException.class, () -> ReportFolder.open(mine));

        assertTrue(e.getMessage().endsWith("is a folder of other files, not a report (it has no .engagements-report); "
                + "choose another --out, or empty or remove it"), e.getMessage());
        assertEquals(List.of("thesis.tex"), entries(mine));
        assertEquals(List.of("mine"), entries(parent));
    }

    @Test
    void anEmptyFolderMayBecomeAReport() throws IOException {
        Files.createDirectories(out());

        writeReport("first");

        assertEquals("first", Files.readString(out().resolve("index.html")));
        assertEquals(List.of(LOCK, "report"), entries(parent));
        assertFalse(Files.exists(parent.resolve("report.tmp")));
    }
}
