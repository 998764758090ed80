package org.engagements.data.write;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.engagements.core.AtomicFile;
import org.engagements.core.EngagementsException;
import org.engagements.data.DataFolder;
import org.engagements.data.DataValidationException;
import org.engagements.data.DatasetLoader;
import org.engagements.data.FolderLock;
import org.engagements.data.Problem;
import org.engagements.data.StagingFolders;

/**
 * Writes a {@link DatasetContent} back to its data folder, all or nothing as far as a file system
 * allows. Only files whose bytes change are written. The recipe:
 * <ol>
 *   <li>copy the data folder to a staging folder next to it (same file system);</li>
 *   <li>write the changed files into the copy;</li>
 *   <li>validate the copy with {@link DatasetLoader#validate}; any problem stops here, and the data
 *       folder has not been touched;</li>
 *   <li>write a journal of the files to move into the staging folder;</li>
 *   <li>move each changed file over the original with an atomic rename, new article texts first and
 *       {@code mentions.csv} last, keeping a backup of each original; if a move fails, the files already
 *       moved are put back from their backups.</li>
 * </ol>
 * The staging folder is removed afterwards. If the process dies during the moves, the journal stays
 * and the next program to read or write the folder finishes them ({@link StagingFolders}), so each
 * file is old or new and the folder as a whole is the old data or the new.
 *
 * <p>Two writers on one folder (two {@code ingest --apply} at once, or an editor saving meanwhile)
 * cannot lose each other's rows: the writer notes every data file's size and time when it is made,
 * which callers do before reading the content, and the moves happen under an exclusive lock
 * ({@link FolderLock}, {@code .engagements-lock-NAME} beside the folder) only if the folder is still as
 * noted; otherwise nothing is written and the error says to run the command again. Readers
 * ({@link DatasetLoader}) hold the same lock shared while they read, so they see the folder before the
 * moves or after them.
 */
public final class DatasetWriter {
    /** Moves one file over another; replaced in tests to simulate a failing disk. */
    @FunctionalInterface
    public interface Mover {
        void move(Path from, Path to) throws IOException;
    }

    private final Path folder;
    private final Mover mover;
    private final long pid;
    private final Map<String, String> asRead;

    /** Tests pass a failing {@code mover}, and the id of a process that is not running to play a dead writer. */
    public DatasetWriter(Path folder, Mover mover, long pid) {
        DataFolder.require(folder);
        this.folder = folder;
        this.mover = mover;
        this.pid = pid;
        StagingFolders.recover(folder);
        this.asRead = state(folder);
    }

    /**
     * A writer for {@code folder}, noting the folder as it is now (after finishing any write a killed
     * writer left, see {@link StagingFolders#recover}): make it before reading the content to write, so
     * that a change by anyone else in between is caught instead of overwritten.
     *
     * @throws DataValidationException with one problem when {@code folder} is not a data folder
     *         ({@link DataFolder#findProblem}); nothing has been read or written then
     */
    public static DatasetWriter of(Path folder) {
        return new DatasetWriter(folder, AtomicFile::move, ProcessHandle.current().pid());
    }

    /**
     * Writes every file of {@code content} whose bytes differ from the folder's.
     *
     * @return the files written, relative to the data folder, in the order written; empty when none changed
     * @throws DataValidationException when the result would break a rule (nothing is written)
     * @throws EngagementsException when a file cannot be written (every data file is left as it was)
     */
    public List<String> write(DatasetContent content) {
        Map<String, String> changed = changedFiles(content);
        if (changed.isEmpty()) {
            return List.of();
        }
        Path staging = createStaging();
        try {
            Path copy = stage(staging, changed);
            validate(copy);
            try {
                FolderLock.exclusive(folder, () -> {
                    requireUnchanged();
                    return commit(copy, staging, List.copyOf(changed.keySet()));
                });
            } catch (IOException e) {
                throw failure("cannot lock " + FolderLock.path(folder), e);
            }
            return List.copyOf(changed.keySet());
        } finally {
            if (!StagingFolders.hasJournal(staging)) {      // else the moves were cut short: recovery finishes them
                StagingFolders.deleteTree(staging);
            }
        }
    }

    /**
     * The problems the content would have once written, without writing it: a dry run of {@link #write}.
     * Empty when the content is valid (or unchanged).
     */
    public List<Problem> check(DatasetContent content) {
        Map<String, String> changed = changedFiles(content);
        if (changed.isEmpty()) {
            return List.of();
        }
        Path staging = createStaging();
        try {
            return DatasetLoader.validate(stage(staging, changed));
        } finally {
            StagingFolders.deleteTree(staging);
        }
    }

    /** Under the lock: the folder must be as it was when this writer was made. */
    private void requireUnchanged() {
        Map<String, String> now = state(folder);
        if (!now.equals(asRead)) {
            List<String> differ = new ArrayList<>();
            asRead.forEach((file, seen) -> {
                if (!seen.equals(now.get(file))) {
                    differ.add(file);
                }
            });
            now.keySet().stream().filter(file -> !asRead.containsKey(file)).forEach(differ::add);
            throw new EngagementsException(DataFolder.of(folder).name() + ": " + String.join(", ", differ)
                    + " changed while this command ran (another ingest, vocab add or an editor); nothing was "
                    + "written: run the command again");
        }
    }

    /** Every regular file under {@code folder} with its size and modification time. */
    private static Map<String, String> state(Path folder) {
        Map<String, String> state = new java.util.TreeMap<>();
        if (!Files.isDirectory(folder)) {
            return state;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.filter(Files::isRegularFile).toList()) {
                state.put(folder.relativize(path).toString().replace('\\', '/'),
                        Files.size(path) + "@" + Files.getLastModifiedTime(path).toMillis());
            }
        } catch (IOException | UncheckedIOException e) {
            // unreadable now: the write itself reports it
        }
        return state;
    }

    private Map<String, String> changedFiles(DatasetContent content) {
        Map<String, String> changed = new java.util.LinkedHashMap<>();
        content.rendered().forEach((file, text) -> {
            if (!sameBytes(folder.resolve(file), text)) {
                changed.put(file, text);
            }
        });
        return changed;
    }

    private static boolean sameBytes(Path file, String text) {
        try {
            return Files.isRegularFile(file)
                    && Arrays.equals(Files.readAllBytes(file), text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            return false;
        }
    }

    private Path createStaging() {
        Path parent = folder.toAbsolutePath().normalize().getParent();
        try {
            return StagingFolders.create(folder, pid);
        } catch (IOException e) {
            throw failure("cannot create a staging folder in " + parent, e);
        }
    }

    /** Copies the data folder into the staging folder under the same name and writes the changes there. */
    private Path stage(Path staging, Map<String, String> changed) {
        Path copy = staging.resolve(DataFolder.of(folder).name());
        try {
            copyTree(folder, copy);
            for (Map.Entry<String, String> file : changed.entrySet()) {
                Path target = copy.resolve(file.getKey());
                Files.createDirectories(target.getParent());
                Files.writeString(target, file.getValue(), StandardCharsets.UTF_8);
            }
        } catch (IOException | UncheckedIOException e) {
            throw failure("cannot prepare the changes in " + staging, e);
        }
        return copy;
    }

    private static void validate(Path copy) {
        List<Problem> problems = DatasetLoader.validate(copy);
        if (!problems.isEmpty()) {
            throw new DataValidationException(DataFolder.of(copy).name(), problems);
        }
    }

    /**
     * Moves the files from the copy into the data folder under a journal and returns them. An
     * {@link IOException} rolls back and drops the journal; anything else (an {@link Error}) leaves the
     * journal for recovery.
     */
    private List<String> commit(Path copy, Path staging, List<String> files) {
        Path backup = staging.resolve("backup");
        StagingFolders.journal(staging, files);
        List<String> moved = new ArrayList<>();
        try {
            for (String file : files) {
                Path target = folder.resolve(file);
                if (Files.exists(target)) {
                    Path saved = backup.resolve(file);
                    Files.createDirectories(saved.getParent());
                    Files.copy(target, saved, StandardCopyOption.COPY_ATTRIBUTES);
                }
                mover.move(copy.resolve(file), target);
                moved.add(file);
            }
            StagingFolders.dropJournal(staging);
            return moved;
        } catch (IOException e) {
            dropJournalOrFinishLater(staging, files.get(moved.size()), e);
            rollBack(backup, moved);
            throw failure("cannot replace " + DataFolder.of(folder).display(files.get(moved.size())), e);
        }
    }

    /** Without the journal, the roll-back may begin; if it cannot go, recovery will finish the write instead. */
    private void dropJournalOrFinishLater(Path staging, String file, IOException cause) {
        try {
            StagingFolders.dropJournal(staging);
        } catch (IOException e) {
            throw new EngagementsException(DataFolder.of(folder).name() + ": cannot replace "
                    + DataFolder.of(folder).display(file) + " (" + cause.getMessage() + "); the next command that "
                    + "reads the data folder finishes the write", cause);
        }
    }

    /** Puts back the originals of the files already moved, newest first; new files are removed. */
    private void rollBack(Path backup, List<String> moved) {
        List<String> failed = new ArrayList<>();
        for (int i = moved.size() - 1; i >= 0; i--) {
            String file = moved.get(i);
            try {
                Path saved = backup.resolve(file);
                if (Files.exists(saved)) {
                    AtomicFile.move(saved, folder.resolve(file));
                } else {
                    Files.deleteIfExists(folder.resolve(file));
                }
            } catch (IOException e) {
                failed.add(DataFolder.of(folder).display(file));
            }
        }
        if (!failed.isEmpty()) {
            throw new EngagementsException("cannot restore " + String.join(", ", failed)
                    + " after a failed write; restore them from version control");
        }
    }

    private EngagementsException failure(String what, Exception e) {
        String reason = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        return new EngagementsException(DataFolder.of(folder).name() + ": " + what + " (" + reason
                + "); every data file is as it was", e);
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : paths.sorted().toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else if (Files.isRegularFile(path)) {
                    Files.copy(path, target);
                }
            }
        }
    }
}
