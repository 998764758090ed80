package org.engagements.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.engagements.core.AtomicFile;
import org.engagements.core.EngagementsException;
import org.engagements.core.WriterTag;

/**
 * The staging folders {@link org.engagements.data.write.DatasetWriter} works in, beside the data folder:
 * {@code .engagements-staging-PID-N/}, holding a copy of the data folder under its own name and, once
 * that copy is validated, a journal ({@value #JOURNAL}) of the files to move from it into the data
 * folder. A writer killed while moving them (SIGKILL, power cut) leaves a data folder with some files
 * new and some old, which may break the rules across files; {@link #recover} finishes its moves from
 * the journal when the next writer starts or {@code validate} runs (a read moves no file: it refuses the
 * folder until then, see {@link #interrupted}), so that the data folder then holds the whole change. A staging
 * folder without a journal holds only copies and is removed. Only folders named exactly
 * {@code .engagements-staging-PID-N} whose process has ended are touched ({@link WriterTag#isLeftover}):
 * a writer still running, or a name without the tag, is left alone. Stateless; safe for several
 * processes, as each move is one atomic rename.
 */
public final class StagingFolders {
    static final String PREFIX = ".engagements-staging-";
    static final String JOURNAL = "COMMIT";

    private StagingFolders() {
    }

    /** A new staging folder beside {@code dataFolder} for a writer running as process {@code pid}. */
    public static Path create(Path dataFolder, long pid) throws IOException {
        return Files.createTempDirectory(parentOf(dataFolder), PREFIX + pid + "-");
    }

    /** Promises the moves of {@code files} (relative to the data folder), in order. */
    public static void journal(Path staging, List<String> files) {
        AtomicFile.writeString(staging.resolve(JOURNAL), String.join("\n", files) + "\n");
    }

    public static boolean hasJournal(Path staging) {
        return Files.exists(staging.resolve(JOURNAL));
    }

    public static void dropJournal(Path staging) throws IOException {
        Files.deleteIfExists(staging.resolve(JOURNAL));
    }

    /**
     * Finishes the moves of writers of {@code dataFolder} that died mid-way and removes their staging
     * folders and any other staging folder of a dead writer that has no journal. Holds the folder's
     * lock exclusively while it does, so no reader sees the folder half-finished; takes no lock when
     * there is nothing to do, which is almost always.
     *
     * @return the files moved, relative to the data folder; usually none
     * @throws EngagementsException when an interrupted write cannot be finished
     */
    public static List<String> recover(Path dataFolder) {
        if (leftovers(dataFolder).isEmpty()) {
            return List.of();
        }
        try {
            // Listed again under the lock: another process may have been first.
            return FolderLock.exclusive(dataFolder, () -> recover(dataFolder, leftovers(dataFolder)));
        } catch (IOException e) {
            throw cannotRecover(dataFolder, "cannot lock " + FolderLock.path(dataFolder) + ": " + e.getMessage(), e);
        }
    }

    /**
     * Whether a writer of {@code dataFolder} died during its moves and left its journal, which nothing has
     * {@link #recover recovered} since: the folder may be a mix of old and new files.
     */
    static boolean interrupted(Path dataFolder) {
        String name = DataFolder.of(dataFolder).name();
        return leftovers(dataFolder).stream()
                .anyMatch(staging -> hasJournal(staging) && Files.isDirectory(staging.resolve(name)));
    }

    private static List<String> recover(Path dataFolder, List<Path> leftovers) {
        String name = DataFolder.of(dataFolder).name();
        List<String> moved = new ArrayList<>();
        try {
            for (Path staging : leftovers) {
                if (hasJournal(staging)) {
                    if (!Files.isDirectory(staging.resolve(name))) {
                        continue;                      // another data folder's interrupted write
                    }
                    moved.addAll(rollForward(staging.resolve(name), Files.readAllLines(staging.resolve(JOURNAL),
                            StandardCharsets.UTF_8), dataFolder));
                }
                deleteTree(staging);
            }
        } catch (IOException | UncheckedIOException e) {
            throw cannotRecover(dataFolder, e.getMessage(), e);
        }
        return moved;
    }

    /**
     * The error of a read that found a write a killed writer left half-done: a read moves no file, so it
     * names what finishes the write.
     */
    static EngagementsException unfinished(Path dataFolder) {
        return new EngagementsException(DataFolder.of(dataFolder).name() + ": a write to this folder was interrupted "
                + "and is not finished (" + parentOf(dataFolder) + "/" + PREFIX + "*); run `engagements validate --data "
                + dataFolder + "` to finish it");
    }

    private static EngagementsException cannotRecover(Path dataFolder, String reason, Exception cause) {
        return new EngagementsException(DataFolder.of(dataFolder).name() + ": cannot finish an interrupted write from "
                + parentOf(dataFolder) + "/" + PREFIX + "*: " + reason + "; the data files may be a mix of old and new",
                cause);
    }

    /**
     * The staging folders beside {@code dataFolder} that dead writers left: named exactly
     * {@code .engagements-staging-PID-N} ({@link WriterTag#isLeftover}); none when the parent cannot be listed.
     */
    private static List<Path> leftovers(Path dataFolder) {
        Path parent = parentOf(dataFolder);
        if (parent == null || !Files.isDirectory(parent)) {
            return List.of();
        }
        List<Path> leftovers = new ArrayList<>();
        try (DirectoryStream<Path> stagings = Files.newDirectoryStream(parent,
                path -> WriterTag.isLeftover(path.getFileName().toString(), PREFIX, "") && Files.isDirectory(path))) {
            stagings.forEach(leftovers::add);
        } catch (IOException | UncheckedIOException e) {
            return List.of();                          // nothing we could recover either
        }
        leftovers.sort(null);
        return leftovers;
    }

    private static List<String> rollForward(Path copy, List<String> files, Path dataFolder) throws IOException {
        List<String> moved = new ArrayList<>();
        for (String file : files) {
            Path staged = copy.resolve(file);
            if (!file.isBlank() && Files.isRegularFile(staged)) {   // else moved before the writer died
                Path target = dataFolder.resolve(file);
                Files.createDirectories(target.getParent());
                AtomicFile.move(staged, target);
                moved.add(file);
            }
        }
        return moved;
    }

    private static Path parentOf(Path dataFolder) {
        return dataFolder.toAbsolutePath().normalize().getParent();
    }

    /** Best effort: what is left holds only copies, and the next recovery tries again. */
    public static void deleteTree(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException | UncheckedIOException e) {
            // Nothing to undo: the data folder is complete; the copy is only clutter.
        }
    }
}
