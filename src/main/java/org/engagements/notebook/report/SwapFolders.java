package org.engagements.notebook.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;
import org.engagements.core.EngagementsException;
import org.engagements.core.WriterTag;

/**
 * The hidden folders a report is swapped in with, beside the report folder {@code NAME}:
 * {@code .NAME.report-PID-N.tmp}, where the new report is built, and {@code .NAME.report-PID-N.old},
 * the previous report while the new one is moved in. The {@code PID-N} tag ({@link WriterTag}) names the
 * process that made them.
 *
 * <p>The one rule for leftovers: a folder is removed (or, for an {@code .old} when {@code NAME} is
 * missing, put back) only when its whole name is such a tag, the process it names is no longer running,
 * and it is a real folder holding the report marker or nothing, as every folder a writer makes does
 * from its first moment. Anything else, such as a folder a user named {@code report.old-june}, is never
 * touched. Stateless.
 */
final class SwapFolders {
    static final String BUILDING = ".tmp";
    static final String OLD = ".old";
    private static final String TAG = ".report-";

    private SwapFolders() {
    }

    /** A new, empty {@code .NAME.report-PID-N.tmp} beside {@code target} for this process. */
    static Path create(Path target) throws IOException {
        while (true) {
            long n = ThreadLocalRandom.current().nextLong(Long.MAX_VALUE);
            try {
                return Files.createDirectory(target.resolveSibling(prefix(target) + WriterTag.thisProcess() + n
                        + BUILDING));
            } catch (FileAlreadyExistsException e) {
                // drawn before: draw again
            }
        }
    }

    /** The {@code .old} name that goes with a folder {@link #create} made. */
    static Path oldOf(Path building) {
        String name = building.getFileName().toString();
        return building.resolveSibling(name.substring(0, name.length() - BUILDING.length()) + OLD);
    }

    /**
     * After a writer of {@code target} was killed: its previous report put back if it died between
     * moving that out and the new one in, then its swap folders removed. Call under the report's lock.
     */
    static void recover(Path target) throws IOException {
        List<Path> olds = leftovers(target, OLD);
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS) && !olds.isEmpty()) {
            Path newest = olds.stream().max(Comparator.comparing(SwapFolders::modified)).orElseThrow();
            Files.move(newest, target, StandardCopyOption.ATOMIC_MOVE);
            olds.remove(newest);
        }
        olds.forEach(SwapFolders::delete);
        leftovers(target, BUILDING).forEach(SwapFolders::delete);
    }

    /** The swap folders of {@code target} ending in {@code suffix} that a writer no longer running left. */
    private static List<Path> leftovers(Path target, String suffix) throws IOException {
        List<Path> found = new ArrayList<>();
        try (DirectoryStream<Path> siblings = Files.newDirectoryStream(target.getParent(),
                sibling -> deadWritersFolder(target, sibling, suffix))) {
            siblings.forEach(found::add);
        }
        return found;
    }

    private static boolean deadWritersFolder(Path target, Path sibling, String suffix) throws IOException {
        String name = sibling.getFileName().toString();
        String prefix = prefix(target);
        if (!name.startsWith(prefix) || !name.endsWith(suffix) || name.length() < prefix.length() + suffix.length()) {
            return false;
        }
        Optional<Long> writer = WriterTag.processOf(name.substring(prefix.length(), name.length() - suffix.length()));
        return writer.isPresent() && !WriterTag.isRunning(writer.get()) && madeByAWriter(sibling);
    }

    /** A real folder (not a link) holding the report marker or nothing. */
    private static boolean madeByAWriter(Path folder) throws IOException {
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        if (Files.isRegularFile(folder.resolve(ReportFolder.MARKER), LinkOption.NOFOLLOW_LINKS)) {
            return true;
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        }
    }

    private static String prefix(Path target) {
        return "." + target.getFileName() + TAG;
    }

    private static FileTime modified(Path path) {
        try {
            return Files.getLastModifiedTime(path, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes {@code folder} and everything in it; links inside are removed, never followed. */
    static void delete(Path folder) {
        if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException | UncheckedIOException e) {
            throw new EngagementsException(folder + ": cannot delete: " + e.getMessage(), e);
        }
    }
}
