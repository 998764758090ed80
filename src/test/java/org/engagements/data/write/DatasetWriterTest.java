package org.engagements.data.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.engagements.core.AtomicFile;
import org.engagements.core.EngagementsException;
import org.engagements.data.Article;
import org.engagements.data.DataValidationException;
import org.engagements.data.DatasetLoader;
import org.engagements.data.Engagement;
import org.engagements.data.Fixture;
import org.engagements.data.Mention;
import org.engagements.data.Schema;
import org.engagements.data.ShippedData;
import org.engagements.data.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetWriterTest {
    @TempDir
    Path temp;

    @Test
    void rewritingTheShippedDataReproducesEveryFileByteForByte() {
        DatasetContent content = DatasetContent.read(ShippedData.folder());
        for (Map.Entry<String, String> file : content.rendered().entrySet()) {
            assertEquals(Fixture.read(ShippedData.folder().resolve(file.getKey())), file.getValue(), file.getKey());
        }
    }

    @Test
    void writingUnchangedContentWritesNothing() {
        Path data = ShippedData.copyTo(temp);
        SortedMap<String, String> before = ShippedData.checksums(data);
        assertEquals(List.of(), DatasetWriter.of(data).write(DatasetContent.read(data)));
        assertEquals(before, ShippedData.checksums(data));
    }

    @Test
    void aNewArticleIsWrittenWithItsRowAndOnlyChangedFilesAreReplaced() {
        Path data = ShippedData.copyTo(temp);
        DatasetContent content = DatasetContent.read(data);
        Article article = new Article("a005", "005_x.txt", "Example Wire", LocalDate.of(2024, 1, 2), "stated",
                "A title, with a comma", "");
        List<String> written = DatasetWriter.of(data).write(content.withArticle(article, "Blinken met Wang."));
        assertEquals(List.of("articles/005_x.txt", "articles.csv"), written);
        assertEquals("Blinken met Wang.", Fixture.read(data.resolve("articles/005_x.txt")));
        assertTrue(Fixture.read(data.resolve("articles.csv"))
                .endsWith("a005,005_x.txt,Example Wire,2024-01-02,stated,\"A title, with a comma\",\n"));
        assertEquals(DatasetContent.read(data), content.withArticle(article, "Blinken met Wang."));
        assertEquals(List.of(".engagements-lock-data", "data"), namesIn(temp),
                "no staging folder is left behind; the (empty) lock file stays");
    }

    @Test
    void contentThatBreaksARuleIsRefusedAndNothingChanges() {
        Path data = ShippedData.copyTo(temp);
        SortedMap<String, String> before = ShippedData.checksums(data);
        DatasetContent content = DatasetContent.read(data);
        Engagement first = content.engagements().get(0);
        List<Engagement> broken = new ArrayList<>(content.engagements());
        broken.set(0, first.withVenue("bejing", first.hostSide(), first.mode()));
        DataValidationException e = assertThrows(DataValidationException.class,
                () -> DatasetWriter.of(data).write(content.withEngagements(broken)));
        assertEquals(List.of("data/engagements.csv:2: venue \"bejing\": expected a place id from "
                + "data/vocab/places.json (did you mean \"beijing\"?)"), e.report());
        assertEquals(before, ShippedData.checksums(data));
    }

    @Test
    void aMoveThatFailsHalfwayPutsBackTheFilesAlreadyMoved() {
        Path data = ShippedData.copyTo(temp);
        SortedMap<String, String> before = ShippedData.checksums(data);
        DatasetContent content = DatasetContent.read(data);
        Article article = new Article("a005", "005_x.txt", "Example Wire", LocalDate.of(2024, 1, 2), "stated",
                "Title", "");
        List<Mention> mentions = new ArrayList<>(content.mentions());
        mentions.add(new Mention("a005", "e001", Status.HELD, "", "Blinken met Wang."));
        DatasetContent changed = content.withArticle(article, "Blinken met Wang.").withMentions(mentions);
        int[] moves = {0};
        DatasetWriter failing = new DatasetWriter(data, (from, to) -> {
            if (++moves[0] == 3) {
                throw new IOException("disk full");
            }
            AtomicFile.move(from, to);
        }, ProcessHandle.current().pid());
        EngagementsException e = assertThrows(EngagementsException.class, () -> failing.write(changed));
        assertEquals("data: cannot replace data/mentions.csv (IOException: disk full); every data file is as it was",
                e.getMessage());
        assertEquals(before, ShippedData.checksums(data));
        assertEquals(List.of(".engagements-lock-data", "data"), namesIn(temp), "no staging folder is left behind");
    }

    /** A process id above Linux's limit (2^22): no such process is running. */
    private static final long NOT_RUNNING = 999_999_999L;

    /** Stands for the process dying: not an IOException, so no roll-back runs and the journal stays. */
    private static final class Killed extends Error {
        private static final long serialVersionUID = 1L;
    }

    @Test
    void aWriterKilledBetweenItsMovesIsFinishedByTheNextValidate() throws IOException {
        Path data = ShippedData.copyTo(temp);
        DatasetContent content = DatasetContent.read(data);
        Article article = new Article("a005", "005_x.txt", "Example Wire", LocalDate.of(2024, 1, 2), "stated",
                "Title", "");
        List<Mention> mentions = new ArrayList<>(content.mentions());
        mentions.add(new Mention("a005", "e001", Status.HELD, "", "Blinken met Wang."));
        DatasetContent changed = content.withArticle(article, "Blinken met Wang.").withMentions(mentions);
        Path uninterrupted = ShippedData.copyTo(Files.createDirectory(temp.resolve("uninterrupted")));
        DatasetWriter.of(uninterrupted).write(changed);
        SortedMap<String, String> before = ShippedData.checksums(data);
        int[] moves = {0};
        DatasetWriter dying = new DatasetWriter(data, (from, to) -> {
            if (++moves[0] == 3) {
                throw new Killed();
            }
            AtomicFile.move(from, to);
        }, NOT_RUNNING);

        assertThrows(Killed.class, () -> dying.write(changed));
        assertEquals(before.get("mentions.csv"), ShippedData.checksums(data).get("mentions.csv"),
                "the third move, mentions.csv, never happened");
        assertEquals(List.of(), DatasetLoader.validate(data));
        assertEquals(ShippedData.checksums(uninterrupted), ShippedData.checksums(data));
        assertEquals(List.of(".engagements-lock-data", "data", "uninterrupted"), namesIn(temp),
                "the staging folder is gone");
    }

    @Test
    void aLoadAfterAWriterKilledBetweenItsMovesMovesNoFileAndNamesTheCommandThatFinishesTheWrite() throws IOException {
        Path data = ShippedData.copyTo(temp);
        DatasetContent changed = withArticleA005(DatasetContent.read(data));
        DatasetWriter dying = new DatasetWriter(data, (from, to) -> {
            if (to.endsWith(Schema.MENTIONS.fileName())) {
                throw new Killed();
            }
            AtomicFile.move(from, to);
        }, NOT_RUNNING);
        assertThrows(Killed.class, () -> dying.write(changed));
        SortedMap<String, String> killed = ShippedData.checksums(temp);

        EngagementsException e = assertThrows(EngagementsException.class, () -> DatasetLoader.load(data));

        assertEquals(killed, ShippedData.checksums(temp), "a load moves, writes and removes no file");
        assertEquals("data: a write to this folder was interrupted and is not finished (" + temp.toRealPath()
                + "/.engagements-staging-*); run `engagements validate --data " + data + "` to finish it", e.getMessage());
        assertEquals(List.of(), DatasetLoader.validate(data));
        assertEquals(changed.rendered(), DatasetContent.read(data).rendered(), "validate finished the write");
    }

    @Test
    void aLoadLeavesADeadWritersStagingFolderWithoutAJournalWhereItIs() throws IOException {
        Path data = ShippedData.copyTo(temp);
        Path leftover = Files.createDirectories(temp.resolve(".engagements-staging-" + NOT_RUNNING + "-7").resolve("data"));
        Fixture.write(leftover.resolve(Schema.ARTICLES.fileName()), "a copy");
        SortedMap<String, String> before = ShippedData.checksums(temp);

        DatasetLoader.load(data);

        SortedMap<String, String> after = ShippedData.checksums(temp);
        assertEquals("", Fixture.read(temp.resolve(".engagements-lock-data")), "the lock file is empty");
        after.remove(".engagements-lock-data");
        assertEquals(before, after, "a load moves, writes and removes no file; it only creates its empty lock file");
    }

    @Test
    void onlyADeadWritersTaggedStagingFolderIsRemovedByTheNextValidate() throws IOException {
        Path data = ShippedData.copyTo(temp);
        List<String> kept = List.of(".engagements-staging-" + ProcessHandle.current().pid() + "-7",
                ".engagements-staging-backup", ".engagements-staging-" + NOT_RUNNING);
        for (String name : kept) {
            Files.createDirectories(temp.resolve(name).resolve("data"));
        }
        Files.createDirectories(temp.resolve(".engagements-staging-" + NOT_RUNNING + "-7").resolve("data"));

        assertEquals(List.of(), DatasetLoader.validate(data));
        List<String> expected = new ArrayList<>(kept);
        expected.addAll(List.of(".engagements-lock-data", "data"));
        assertEquals(expected.stream().sorted().toList(), namesIn(temp),
                "a running writer's folder and names without a PID-N tag stay");
    }

    private static List<String> namesIn(Path folder) {
        try (var files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The shipped data with one more article and its mention: valid, as the shipped data is. */
    static DatasetContent withArticleA005(DatasetContent content) {
        Article article = new Article("a005", "005_x.txt", "Example Wire", LocalDate.of(2024, 1, 2), "stated",
                "Title", "");
        List<Mention> mentions = new ArrayList<>(content.mentions());
        mentions.add(new Mention("a005", "e001", Status.HELD, "", "Blinken met Wang."));
        return content.withArticle(article, "Blinken met Wang.").withMentions(mentions);
    }

    /**
     * A reader and a writer on two threads: the writer switches the folder between two valid datasets,
     * pausing after it moves articles.csv (a slow disk) until the reader has finished two loads or 250 ms
     * have passed. Going back from the dataset with article a005, articles.csv is old before mentions.csv
     * is: a load that read both in that pause would find a mention of an article that is not there.
     */
    @Test
    void loadsDuringACommitSeeTheOldDataOrTheNewNeverAMix() throws Exception {
        Path data = ShippedData.copyTo(temp);
        DatasetContent shipped = DatasetContent.read(data);
        DatasetContent added = withArticleA005(shipped);
        java.util.concurrent.Semaphore loads = new java.util.concurrent.Semaphore(0);
        java.util.concurrent.atomic.AtomicBoolean writing = new java.util.concurrent.atomic.AtomicBoolean(true);
        List<String> problems = java.util.Collections.synchronizedList(new ArrayList<>());
        Thread reader = new Thread(() -> {
            while (writing.get()) {
                DatasetLoader.validate(data).forEach(problem -> problems.add(problem.message()));
                loads.release();
            }
        }, "reader");
        DatasetWriter.Mover slowDisk = (from, to) -> {
            AtomicFile.move(from, to);
            if (!to.endsWith(Schema.ARTICLES.fileName())) {
                return;
            }
            loads.drainPermits();
            try {
                loads.tryAcquire(2, 250, java.util.concurrent.TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
        reader.start();
        try {
            for (DatasetContent next : List.of(added, shipped)) {
                new DatasetWriter(data, slowDisk, ProcessHandle.current().pid()).write(next);
            }
        } finally {
            writing.set(false);
            reader.join();
        }
        assertEquals(List.of(), problems.stream().distinct().toList());
    }

    @Test
    void aChangeByAnotherWriterMeanwhileIsNeverOverwritten() {
        Path data = ShippedData.copyTo(temp);
        DatasetWriter slow = DatasetWriter.of(data);
        DatasetContent read = DatasetContent.read(data);
        Article first = new Article("a005", "005_first.txt", "Example Wire", LocalDate.of(2024, 1, 2), "stated",
                "First", "");
        Article second = new Article("a005", "005_second.txt", "Example Wire", LocalDate.of(2024, 1, 3), "stated",
                "Second", "");

        DatasetWriter.of(data).write(DatasetContent.read(data).withArticle(first, "Blinken met Wang."));
        SortedMap<String, String> afterFirst = ShippedData.checksums(data);
        EngagementsException e = assertThrows(EngagementsException.class,
                () -> slow.write(read.withArticle(second, "Biden called Xi.")));

        assertEquals("data: articles.csv, articles/005_first.txt changed while this command ran (another ingest, "
                + "vocab add or an editor); nothing was written: run the command again", e.getMessage());
        assertEquals(afterFirst, ShippedData.checksums(data), "the first writer's article is kept");
    }
}
