package org.engagements.notebook.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.engagements.core.EngagementsException;

/**
 * A report folder replaced whole or not at all. Everything is built in a temporary sibling,
 * {@code <out>.tmp-N}; {@link #commit()} renames the old folder to {@code <out>.old-N}, the new one to
 * {@code <out>}, and deletes the old. Closing without committing deletes the temporary folder, so a
 * failed run leaves the previous report as it was. Opening cleans up after an interrupted run: stale
 * {@code .tmp-} and {@code .old-} siblings are deleted, and if the run died between the two renames,
 * the old report is put back first.
 *
 * <p>A folder is only replaced if it is empty or a report: it holds {@value #MARKER}, which every
 * report gets, so {@code --out} naming a folder of other files fails instead of deleting them. Two
 * runs into the same folder at once are not supported. Not thread safe.
 */
public final class ReportFolder implements AutoCloseable {
    /** The file that marks a folder as a report this class may replace. */
    public static final String MARKER = ".engagements-report";
    private static final String TEMPORARY = ".tmp-";
    private static final String OLD = ".old-";

    private final Path target;
    private final Path building;
    private boolean committed;

    private ReportFolder(Path target, Path building) {
        this.target = target;
        this.building = building;
    }

    /**
     * Prepares to replace {@code target}: checks it may be replaced, cleans up after an interrupted
     * run and creates the temporary folder.
     *
     * @throws EngagementsException when {@code target} is a file, or a folder that is not a report
     */
    public static ReportFolder open(Path target) {
        Path absolute = target.toAbsolutePath().normalize();
        try {
            Files.createDirectories(absolute.getParent());
            recover(absolute);
            requireReplaceable(target, absolute);
            Path building = Files.createTempDirectory(absolute.getParent(), absolute.getFileName() + TEMPORARY);
            readableByAll(building);
            Files.writeString(building.resolve(MARKER), "Written by `engagements report`; this folder is "
                    + "replaced whole on every run.\n", StandardCharsets.UTF_8);
            return new ReportFolder(absolute, building);
        } catch (IOException e) {
            throw new EngagementsException(target + ": cannot prepare the report folder: " + e.getMessage(), e);
        }
    }

    /** The folder to build the report in. */
    public Path path() {
        return building;
    }

    /** The folder the report replaces. */
    public Path target() {
        return target;
    }

    /** Puts the built report in place of the old one. */
    public void commit() {
        Path old = null;
        try {
            if (Files.exists(target)) {
                old = sibling(target, OLD + building.getFileName().toString()
                        .substring(target.getFileName().toString().length() + TEMPORARY.length()));
                Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
            }
            Files.move(building, target, StandardCopyOption.ATOMIC_MOVE);
            committed = true;
        } catch (IOException e) {
            restore(old);
            throw new EngagementsException(target + ": cannot put the new report in place: " + e.getMessage(), e);
        }
        if (old != null) {
            deleteRecursively(old);
        }
    }

    /** Deletes the temporary folder unless the report was committed. */
    @Override
    public void close() {
        if (!committed) {
            deleteRecursively(building);
        }
    }

    private void restore(Path old) {
        if (old != null && !Files.exists(target)) {
            try {
                Files.move(old, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                throw new EngagementsException(target + ": the previous report is in " + old
                        + " and could not be moved back: " + e.getMessage(), e);
            }
        }
    }

    /** After an interrupted run: the old report back if the new one never arrived, then no leftovers. */
    private static void recover(Path target) throws IOException {
        List<Path> olds = siblings(target, OLD);
        if (!Files.exists(target) && !olds.isEmpty()) {
            Path newest = olds.stream().max(Comparator.comparing(ReportFolder::modified)).orElseThrow();
            Files.move(newest, target, StandardCopyOption.ATOMIC_MOVE);
            olds.remove(newest);
        }
        olds.forEach(ReportFolder::deleteRecursively);
        siblings(target, TEMPORARY).forEach(ReportFolder::deleteRecursively);
    }

    private static void requireReplaceable(Path shown, Path target) throws IOException {
        if (!Files.exists(target)) {
            return;
        }
        if (!Files.isDirectory(target)) {
            throw new EngagementsException(shown + ": is a file; --out must name a folder");
        }
        try (Stream<Path> entries = Files.list(target)) {
            if (!Files.exists(target.resolve(MARKER)) && entries.findAny().isPresent()) {
                throw new EngagementsException(shown + ": is a folder of other files, not a report (it has no "
                        + MARKER + "); choose another --out, or empty or remove it");
            }
        }
    }

    private static List<Path> siblings(Path target, String infix) throws IOException {
        String prefix = target.getFileName() + infix;
        List<Path> found = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(target.getParent(), prefix + "*")) {
            entries.forEach(found::add);
        }
        return found;
    }

    private static Path sibling(Path target, String suffix) {
        return target.resolveSibling(target.getFileName() + suffix);
    }

    private static java.nio.file.attribute.FileTime modified(Path path) {
        try {
            return Files.getLastModifiedTime(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Temporary folders are created owner-only; a report is for reading, like the files in it. */
    private static void readableByAll(Path folder) throws IOException {
        if (Files.getFileStore(folder).supportsFileAttributeView(PosixFileAttributeView.class)) {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    static void deleteRecursively(Path folder) {
        if (!Files.exists(folder, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new EngagementsException(folder + ": cannot delete: " + e.getMessage(), e);
        }
    }
}
