package org.engagements.data.write;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.engagements.core.EngagementsException;
import org.engagements.core.FileNames;
import org.engagements.core.WriterTag;
import org.engagements.data.Article;
import org.engagements.data.DatasetLoader;
import org.engagements.data.Engagement;
import org.engagements.data.Mention;
import org.engagements.data.Schema;
import org.engagements.data.Vocabulary;
import org.engagements.data.csv.CsvWriter;
import org.engagements.data.csv.RowCodec;

/**
 * Writes a new data folder row by row, for data too large to hold as a {@link DatasetContent} (a
 * generated dataset of a million engagements). The format is {@link DatasetWriter}'s: the same
 * {@link CsvWriter}, {@link RowCodec} and {@link VocabularyWriter}. Everything goes to a temporary
 * sibling folder, {@code .NAME.tmp-PID-N/}; {@link #commit()} renames it to the target in one step
 * (replacing the target when it is an empty folder), so the target is either as it was or complete. {@link #close()} without a commit removes the
 * temporary folder, and so does the JVM's shutdown (Ctrl-C, SIGTERM) while the writer is open. A
 * process killed outright (SIGKILL, power cut) leaves the folder; the next writer of the same target
 * removes the folders of such dead writers ({@link WriterTag#isLeftover}), never a running one's.
 *
 * <p>Rows are written as given; nothing is validated here (run {@link DatasetLoader#validate} on the
 * result). One thread writes; the methods are synchronized only so that the shutdown hook removes the
 * folder between two writes, not during one.
 */
public final class FolderWriter implements AutoCloseable {
    private static final int BUFFER = 1 << 16;

    private final Path target;
    private final Path staging;
    private final Rows<Article> articles;
    private final Rows<Engagement> engagements;
    private final Rows<Mention> mentions;
    private final Thread onShutdown;
    private boolean committed;
    private boolean removed;

    private FolderWriter(Path target, Path staging) throws IOException {
        this.target = target;
        this.staging = staging;
        Files.createDirectories(staging.resolve(Schema.ARTICLES_FOLDER));
        Files.createDirectories(staging.resolve(Schema.VOCAB_FOLDER));
        this.articles = new Rows<>(staging, Schema.ARTICLES, RowCodec::cells);
        this.engagements = new Rows<>(staging, Schema.ENGAGEMENTS, RowCodec::cells);
        this.mentions = new Rows<>(staging, Schema.MENTIONS, RowCodec::cells);
        this.onShutdown = new Thread(this::removeUncommitted, "remove " + staging.getFileName());
        Runtime.getRuntime().addShutdownHook(onShutdown);
    }

    /**
     * A writer for a data folder that does not exist yet, or is an empty folder.
     *
     * @throws EngagementsException when {@code target} is not new or empty ({@link #requireNewOrEmpty}) or its
     *         parent cannot be written
     */
    public static FolderWriter create(Path target) {
        requireNewOrEmpty(target);
        Path absolute = target.toAbsolutePath().normalize();
        Path staging = absolute.resolveSibling(temporaryPrefix(absolute) + WriterTag.unique());
        try {
            Files.createDirectories(absolute.getParent());
            removeLeftovers(absolute);
            Files.createDirectory(staging);
            return new FolderWriter(absolute, staging);
        } catch (IOException | UncheckedIOException e) {
            deleteTree(staging);
            throw failure(target, "cannot create a temporary folder " + staging, e);
        }
    }

    /**
     * Refuses a {@code target} that is a file or a folder with anything in it: the new data folder
     * replaces at most an empty folder, never what someone made.
     *
     * @throws EngagementsException naming {@code target} and what was expected (the caller's mistake)
     */
    public static void requireNewOrEmpty(Path target) {
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        String expected = target + ": expected a new folder or an empty one; ";
        if (!Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new EngagementsException(expected + "it is a file");
        }
        try (Stream<Path> entries = Files.list(target)) {
            if (entries.findAny().isPresent()) {
                throw new EngagementsException(expected + "it holds files already (remove them or choose "
                        + "another folder)");
            }
        } catch (IOException | UncheckedIOException e) {
            throw failure(target, "cannot list the folder", e);
        }
    }

    private static String temporaryPrefix(Path target) {
        return "." + target.getFileName() + ".tmp-";
    }

    /** Removes the temporary folders of writers of {@code target} that were killed before their commit. */
    private static void removeLeftovers(Path target) throws IOException {
        String prefix = temporaryPrefix(target);
        try (DirectoryStream<Path> folders = Files.newDirectoryStream(target.getParent(),
                path -> WriterTag.isLeftover(path.getFileName().toString(), prefix, ""))) {
            for (Path folder : folders) {
                deleteTree(folder);
            }
        }
    }

    /** Adds a row to {@code articles.csv} and writes its text to {@code articles/<file>}. */
    public synchronized void article(Article article, String text) {
        io(() -> articles.write(article));
        Path file = FileNames.resolveInside(staging.resolve(Schema.ARTICLES_FOLDER), article.file(), "article file");
        io(() -> Files.writeString(file, text,
                StandardCharsets.UTF_8));
    }

    public synchronized void engagement(Engagement engagement) {
        io(() -> engagements.write(engagement));
    }

    public synchronized void mention(Mention mention) {
        io(() -> mentions.write(mention));
    }

    /** Writes the three vocabulary files. */
    public synchronized void vocabulary(Vocabulary vocabulary) {
        io(() -> {
            Files.writeString(staging.resolve(Schema.PEOPLE_FILE), VocabularyWriter.people(vocabulary.people()),
                    StandardCharsets.UTF_8);
            Files.writeString(staging.resolve(Schema.PLACES_FILE), VocabularyWriter.places(vocabulary.places()),
                    StandardCharsets.UTF_8);
            Files.writeString(staging.resolve(Schema.ISSUES_FILE), VocabularyWriter.issues(vocabulary.issues()),
                    StandardCharsets.UTF_8);
        });
    }

    /**
     * Closes the files and renames the temporary folder to the target.
     *
     * @throws EngagementsException when a file cannot be finished or the rename fails (the target is not created)
     */
    public synchronized void commit() {
        io(() -> {
            articles.close();
            engagements.close();
            mentions.close();
            Files.move(staging, target, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        });
        committed = true;
    }

    /** Removes the temporary folder unless committed. */
    @Override
    public synchronized void close() {
        removeUncommitted();
        try {
            Runtime.getRuntime().removeShutdownHook(onShutdown);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running or has run: it did the same
        }
    }

    /** Closes the files and removes the temporary folder, once, unless committed; later writes fail. */
    private synchronized void removeUncommitted() {
        if (committed || removed) {
            return;
        }
        removed = true;
        try {
            articles.close();
            engagements.close();
            mentions.close();
        } catch (IOException e) {
            // removing it anyway
        }
        deleteTree(staging);
    }

    @FunctionalInterface
    private interface Step {
        void run() throws IOException;
    }

    private void io(Step step) {
        if (removed) {
            throw new EngagementsException(target + ": stopped (the program is ending); nothing was created");
        }
        try {
            step.run();
        } catch (IOException | UncheckedIOException e) {
            throw failure(target, "cannot write into " + staging, e);
        }
    }

    private static EngagementsException failure(Path target, String what, Exception e) {
        return new EngagementsException(target + ": " + what + " (" + e.getClass().getSimpleName()
                + (e.getMessage() == null ? "" : ": " + e.getMessage()) + "); nothing was created", e);
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException | UncheckedIOException e) {
            // best effort: a leftover temporary folder holds only generated copies
        }
    }

    /** One CSV file being written: the header first, then a record per row. */
    private static final class Rows<T> {
        private final Writer out;
        private final Function<T, List<String>> cells;
        private final StringBuilder line = new StringBuilder();
        private boolean closed;

        Rows(Path folder, Schema.CsvFile schema, Function<T, List<String>> cells) throws IOException {
            this.out = new BufferedWriter(Files.newBufferedWriter(folder.resolve(schema.fileName()),
                    StandardCharsets.UTF_8), BUFFER);
            this.cells = cells;
            CsvWriter.record(line, schema.headers());
            flushLine();
        }

        void write(T row) throws IOException {
            CsvWriter.record(line, cells.apply(row));
            flushLine();
        }

        private void flushLine() throws IOException {
            out.append(line);
            line.setLength(0);
        }

        void close() throws IOException {
            if (!closed) {
                closed = true;
                out.close();
            }
        }
    }
}
