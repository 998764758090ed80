package org.engagements.data;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.function.Supplier;
import org.engagements.core.EngagementsException;
import org.engagements.data.csv.CsvTable;
import org.engagements.data.csv.CsvValidator;
import org.engagements.data.vocab.VocabularyFiles;
import org.engagements.data.vocab.VocabularyReader;
import tech.tablesaw.api.Table;

/**
 * Loads a data folder: reads every file, checks every rule in {@link Schema} and across files, and
 * only when nothing is wrong builds the tables. Problems with the data are the user's and come back
 * all at once (see {@link Problem}); nothing half-built is ever returned. Every entry point reads
 * every file holding the folder's lock shared ({@link FolderLock}), so that it sees the data as it was
 * before a concurrent write or after it, never a mix of the two. A read moves no file: a write that a
 * killed process left half-done ({@link StagingFolders}) is finished only by a writer and by
 * {@link #recoverAndLoad} and {@link #validate}, which the {@code validate} command and the writers use;
 * {@link #load} refuses such a folder, naming the command that finishes the write.
 */
public final class DatasetLoader {
    private DatasetLoader() {
    }

    /**
     * The validated dataset of a data folder.
     *
     * @throws DataValidationException listing every problem when the data breaks any rule
     * @throws EngagementsException when a killed writer left a write to the folder half-done (nothing is
     *         moved; the message names the command that finishes it), or naming the file and a
     *         {@code -Xmx} to run with when the data does not fit in this JVM's heap
     */
    public static Dataset load(Path dataFolder) {
        DataFolder folder = DataFolder.require(dataFolder);
        return snapshot(dataFolder, () -> {
            MemoryCheck.upFront(folder, Runtime.getRuntime().maxMemory());
            MemoryCheck.Progress progress = new MemoryCheck.Progress();
            try {
                return checkAndBuild(folder, progress);
            } catch (OutOfMemoryError e) {
                // Everything read so far is unreachable now that the stack has unwound.
                throw MemoryCheck.exhausted(folder, progress, e);
            }
        });
    }

    /**
     * The validated dataset of a data folder, after finishing any write to it that a killed writer left
     * half-done ({@link StagingFolders#recover}): what the {@code validate} command reads.
     *
     * @throws DataValidationException listing every problem when the data breaks any rule
     * @throws EngagementsException when an interrupted write cannot be finished, or the data does not fit
     *         in this JVM's heap
     */
    public static Dataset recoverAndLoad(Path dataFolder) {
        DataFolder.require(dataFolder);
        StagingFolders.recover(dataFolder);
        return load(dataFolder);
    }

    /**
     * The counts of a data folder's rows and vocabulary entries after every check of {@link #load},
     * finishing first any write a killed writer left half-done, as {@link #recoverAndLoad} does; the
     * tables are not built, which at 10^6 engagements saves a fifth of the time and most of the memory.
     *
     * @throws DataValidationException listing every problem when the data breaks any rule
     * @throws EngagementsException when an interrupted write cannot be finished, or the data does not fit
     *         in this JVM's heap
     */
    public static DataCounts recoverAndCount(Path dataFolder) {
        DataFolder folder = DataFolder.require(dataFolder);
        StagingFolders.recover(dataFolder);
        return snapshot(dataFolder, () -> {
            MemoryCheck.upFront(folder, Runtime.getRuntime().maxMemory());
            MemoryCheck.Progress progress = new MemoryCheck.Progress();
            try {
                Checked checked = check(folder, progress, false);
                Vocabulary vocabulary = complete(checked);
                CsvTables csv = checked.csv();
                return new DataCounts(csv.articles().size(), csv.engagements().size(), csv.mentions().size(),
                        vocabulary.people().size(), vocabulary.places().size(), vocabulary.issues().size());
            } catch (OutOfMemoryError e) {
                throw MemoryCheck.exhausted(folder, progress, e);
            }
        });
    }

    /**
     * Runs {@code read} on one snapshot of the folder, holding its lock shared so that no writer moves
     * files in while the files are read ({@link FolderLock}). Moves nothing.
     *
     * @throws EngagementsException when a killed writer left its moves half-done
     */
    private static <T> T snapshot(Path dataFolder, Supplier<T> read) {
        return FolderLock.shared(dataFolder, () -> {
            if (StagingFolders.interrupted(dataFolder)) {
                throw StagingFolders.unfinished(dataFolder);
            }
            return read.get();
        });
    }

    /**
     * {@link #snapshot}, after finishing any write a killed writer left ({@link StagingFolders#recover},
     * under the folder's lock held exclusively); for {@link #validate}, which the writers use.
     */
    private static <T> T recoveredSnapshot(Path dataFolder, Supplier<T> read) {
        StagingFolders.recover(dataFolder);
        Optional<T> whole = FolderLock.shared(dataFolder,
                () -> StagingFolders.interrupted(dataFolder) ? Optional.empty() : Optional.of(read.get()));
        if (whole.isPresent()) {
            return whole.get();
        }
        // A writer died in its moves after the recovery above: finish them too. A journal still left
        // then names moves already made (its copies are gone), so the folder is whole.
        StagingFolders.recover(dataFolder);
        return FolderLock.shared(dataFolder, read);
    }

    private static Dataset checkAndBuild(DataFolder folder, MemoryCheck.Progress progress) {
        Checked checked = check(folder, progress, true);
        Vocabulary vocabulary = complete(checked);
        progress.reading(folder.display(Schema.ENGAGEMENTS.fileName()), folder.resolve(Schema.ENGAGEMENTS.fileName()));
        return TableBuilder.build(checked.folder(), checked.csv(), checked.tables(), vocabulary, checked.texts());
    }

    /**
     * The vocabulary of checked data that has no problems.
     *
     * @throws DataValidationException listing every problem when there are any
     */
    private static Vocabulary complete(Checked checked) {
        if (!checked.problems().isEmpty()) {
            throw new DataValidationException(checked.folder().name(), checked.problems());
        }
        return checked.vocabulary().complete()
                .orElseThrow(() -> new IllegalStateException("vocabulary missing although no problems"));
    }

    /**
     * Every problem of a data folder, sorted by file and line; empty when the data is good.
     *
     * @throws EngagementsException naming the file and a {@code -Xmx} to run with when the data does not
     *         fit in this JVM's heap
     */
    public static List<Problem> validate(Path dataFolder) {
        Optional<Problem> notAFolder = DataFolder.findProblem(dataFolder);
        if (notAFolder.isPresent()) {
            return List.of(notAFolder.get());
        }
        DataFolder folder = DataFolder.of(dataFolder);
        return recoveredSnapshot(dataFolder, () -> {
            MemoryCheck.upFront(folder, Runtime.getRuntime().maxMemory());
            MemoryCheck.Progress progress = new MemoryCheck.Progress();
            try {
                return check(folder, progress, false).problems();
            } catch (OutOfMemoryError e) {
                throw MemoryCheck.exhausted(folder, progress, e);
            }
        });
    }

    /** The dataset's three CSV files after reading. */
    record CsvTables(CsvTable articles, CsvTable engagements, CsvTable mentions) {
    }

    /** {@code tables}: those of {@code csv} built while checking, when asked for and its file had no problems. */
    private record Checked(DataFolder folder, CsvTables csv, TableBuilder.Early tables, VocabularyFiles vocabulary,
                           SortedMap<String, String> texts, List<Problem> problems) {
    }

    /**
     * Reads and checks everything, in two halves on two threads: engagements.csv and its rules here;
     * articles.csv, the article texts and mentions.csv on a {@link BackgroundTask}, each with its own
     * {@link Problems}. Then the rules joining them. Problems are sorted by place, so which thread found
     * one does not change the report.
     *
     * <p>With {@code tables}, each half then builds its file's table when that file had no problems,
     * before the halves meet: one half finishes seconds before the other (at 10^6 engagements the
     * engagement rules or the quote check against the article texts), and building there uses the
     * core it would leave idle. A table built for data that then fails a rule joining the files is
     * dropped with the rest.
     */
    private static Checked check(DataFolder folder, MemoryCheck.Progress progress, boolean tables) {
        Problems problems = new Problems();
        VocabularyFiles vocabulary = VocabularyReader.read(folder, problems);
        Problems articleProblems = new Problems();
        BackgroundTask<ArticleSide> articleSide = BackgroundTask.start("load " + Schema.ARTICLES.fileName(),
                () -> articleSide(folder, articleProblems, progress, tables));
        CsvTable engagements = read(folder, Schema.ENGAGEMENTS, problems, progress);
        ReferenceValidator validator = new ReferenceValidator(folder, problems);
        Map<String, Integer> engagementRows = validator.engagements(engagements, vocabulary);
        Table engagementsTable = tables && problems.count() == 0 ? TableBuilder.fromCsv(engagements) : null;
        ArticleSide side = articleSide.join();
        problems.addAll(articleProblems);
        CsvTables csv = new CsvTables(side.articles(), engagements, side.mentions());
        validator.references(csv, side.mentioned(), engagementRows);
        return new Checked(folder, csv, new TableBuilder.Early(side.articlesTable(), engagementsTable), vocabulary,
                side.mentioned().texts(), problems.sorted());
    }

    /**
     * articles.csv, mentions.csv and the article texts, read and checked without the engagements;
     * {@code articlesTable} built when asked for and there were no problems, else null.
     */
    private record ArticleSide(CsvTable articles, CsvTable mentions, ReferenceValidator.ArticleMentions mentioned,
                               Table articlesTable) {
    }

    private static ArticleSide articleSide(DataFolder folder, Problems problems, MemoryCheck.Progress progress,
                                           boolean tables) {
        // mentions.csv, the largest file, is read on a thread of its own while this one reads articles.csv
        // and the article texts: this half of the load is the longer one at 10^6 engagements
        Problems mentionProblems = new Problems();
        BackgroundTask<CsvTable> mentionsRead = BackgroundTask.start("load " + Schema.MENTIONS.fileName(),
                () -> read(folder, Schema.MENTIONS, mentionProblems, progress));
        CsvTable articles = read(folder, Schema.ARTICLES, problems, progress);
        progress.reading(folder.display(Schema.ARTICLES_FOLDER), folder.resolve(Schema.ARTICLES_FOLDER));
        ReferenceValidator.ArticleMentions mentioned =
                new ReferenceValidator(folder, problems).articles(articles, mentionsRead::join);
        CsvTable mentions = mentionsRead.join();   // read by now: its result again
        problems.addAll(mentionProblems);
        Table articlesTable = tables && problems.count() == 0 ? TableBuilder.fromCsv(articles) : null;
        return new ArticleSide(articles, mentions, mentioned, articlesTable);
    }

    private static CsvTable read(DataFolder folder, Schema.CsvFile file, Problems problems,
                                 MemoryCheck.Progress progress) {
        progress.reading(folder.display(file.fileName()), folder.resolve(file.fileName()));
        return CsvValidator.read(folder, file, problems);
    }
}
