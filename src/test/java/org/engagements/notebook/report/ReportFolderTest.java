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
    @TempDir
    Path parent;

    private Path out() {
        return parent.resolve("report");
    }

    private List<String> entries(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        }
    }

    private void writeReport(String text) {
        try (ReportFolder folder = ReportFolder.open(out())) {
            Files.writeString(folder.path().resolve("index.html"), text);
            folder.commit();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aCommittedReportReplacesTheOldOneWhole() throws IOException {
        writeReport("first");
        Files.writeString(out().resolve("stale.html"), "from the first run");

        writeReport("second");

        assertEquals(List.of(".engagements-report", "index.html"), entries(out()));
        assertEquals("second", Files.readString(out().resolve("index.html")));
        assertEquals(List.of("report"), entries(parent));
    }

    @Test
    void aReportNotCommittedLeavesTheOldOneUntouched() throws IOException {
        writeReport("first");

        try (ReportFolder folder = ReportFolder.open(out())) {
            Files.writeString(folder.path().resolve("index.html"), "half done");
        }

        assertEquals("first", Files.readString(out().resolve("index.html")));
        assertEquals(List.of("report"), entries(parent));
    }

    @Test
    void leftoversOfAnInterruptedRunAreCleanedUp() throws IOException {
        writeReport("first");
        Files.createDirectories(parent.resolve("report.tmp-123/charts"));
        Files.writeString(parent.resolve("report.tmp-123/charts/x.png"), "partial");
        Files.createDirectories(parent.resolve("report.old-456"));

        writeReport("second");

        assertEquals(List.of("report"), entries(parent));
    }

    @Test
    void aRunKilledBetweenTheTwoRenamesGetsTheOldReportBack() throws IOException {
        writeReport("first");
        Files.move(out(), parent.resolve("report.old-789"));   // as if killed right after the first rename
        Files.createDirectories(parent.resolve("report.tmp-789"));

        try (ReportFolder folder = ReportFolder.open(out())) {
            assertEquals("first", Files.readString(out().resolve("index.html")));
        }
        assertEquals(List.of("report"), entries(parent));
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
        assertFalse(Files.exists(parent.resolve("report.tmp")));
    }
}
