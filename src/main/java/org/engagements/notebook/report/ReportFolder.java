package org.engagements.notebook.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.stream.Stream;
import org.engagements.core.EngagementsException;
import org.engagements.core.OutputFolder;

/**
 * A report folder replaced whole or not at all, by one writer at a time. The recipe:
 * <ol>
 *   <li>check the folder may be replaced: it is missing, empty or a report (it holds {@value #MARKER},
 *       which every report gets), so {@code --out} naming a folder of other files fails instead of
 *       deleting them;</li>
 *   <li>lock it ({@link ReportLock}): a second writer of the same folder is refused;</li>
 *   <li>clean up after a killed writer ({@link SwapFolders#recover}): its previous report put back if
 *       it died between the two renames below, its swap folders removed; nothing else is touched;</li>
 *   <li>build the report in {@code .NAME.report-PID-N.tmp} beside the folder;</li>
 *   <li>{@link #commit()}: rename the old folder to {@code .NAME.report-PID-N.old}, the new one to
 *       {@code NAME}, delete the old.</li>
 * </ol>
 * Closing without committing deletes the temporary folder, so a failed run leaves the previous report
 * as it was; closing releases the lock.
 *
 * <p>A {@code --out} that is a symbolic link is followed: the report replaces the folder the link leads
 * to, built and locked beside that folder, and the link stays as it was, leading to the new report.
 * Not thread safe.
 */
public final class ReportFolder implements AutoCloseable {
    /** The file that marks a folder as a report this class may replace. */
    public static final String MARKER = ".engagements-report";

    private final Path target;
    private final Path building;
    private final ReportLock lock;
    private boolean committed;

    private ReportFolder(Path target, Path building, ReportLock lock) {
        this.target = target;
        this.building = building;
        this.lock = lock;
    }

    /**
     * Prepares to replace {@code target}: checks it may be replaced, locks it, cleans up after a killed
     * writer and creates the temporary folder.
     *
     * @throws EngagementsException naming {@code target} when it may not be replaced (see
     *                              {@link #findProblem}), another report is writing it, or the file
     *                              system refuses
     */
    public static ReportFolder open(Path target) {
        findProblem(target).ifPresent(problem -> {
            throw new EngagementsException(problem);
        });
        Path folder = resolve(target);
        ReportLock lock = null;
        try {
            Files.createDirectories(folder.getParent());
            lock = ReportLock.acquire(folder, target);
            SwapFolders.recover(folder);
            requireReport(target, folder);
            Path building = SwapFolders.create(folder);
            Files.writeString(building.resolve(MARKER), "Written by `engagements report`; this folder is "
                    + "replaced whole on every run.\n", StandardCharsets.UTF_8);
            return new ReportFolder(folder, building, lock);
        } catch (IOException | RuntimeException e) {
            if (lock != null) {
                lock.close();
            }
            if (e instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new EngagementsException(target + ": cannot prepare the report folder: " + e.getMessage(), e);
        }
    }

    /**
     * Why {@code target} cannot become a report, as a message naming it; empty when it can. It must be
     * a folder or a place to make one (see {@link OutputFolder}), not the root folder (the report is
     * built beside it), and when it exists, empty or an earlier report. Changes nothing, so commands
     * check it with their other options before any work starts.
     */
    public static Optional<String> findProblem(Path target) {
        Optional<String> problem = OutputFolder.findProblem(target, "--out");
        if (problem.isPresent()) {
            return problem;
        }
        Path folder = resolve(target);
        if (folder.getParent() == null) {
            return Optional.of(target + ": is the root folder; --out must name a folder inside another, as the "
                    + "report is built beside it and swapped in");
        }
        try {
            requireReport(target, folder);
            return Optional.empty();
        } catch (EngagementsException e) {
            return Optional.of(e.getMessage());
        } catch (IOException e) {
            return Optional.of(target + ": cannot read the folder: " + e.getMessage());
        }
    }

    /** The folder to build the report in. */
    public Path path() {
        return building;
    }

    /** The folder the report replaces: absolute, and where a link given as {@code --out} leads. */
    public Path target() {
        return target;
    }

    /** Puts the built report in place of the old one. */
    public void commit() {
        Path old = null;
        try {
            if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                old = SwapFolders.oldOf(building);
                Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
            }
            Files.move(building, target, StandardCopyOption.ATOMIC_MOVE);
            committed = true;
        } catch (IOException e) {
            restore(old);
            throw new EngagementsException(target + ": cannot put the new report in place: " + e.getMessage(), e);
        }
        if (old != null) {
            SwapFolders.delete(old);
        }
    }

    /** Deletes the temporary folder unless the report was committed, and releases the lock. */
    @Override
    public void close() {
        try {
            if (!committed) {
                SwapFolders.delete(building);
            }
        } finally {
            lock.close();
        }
    }

    private void restore(Path old) {
        if (old != null && !Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            try {
                Files.move(old, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                throw new EngagementsException(target + ": the previous report is in " + old
                        + " and could not be moved back: " + e.getMessage(), e);
            }
        }
    }

    /** {@code target} made absolute; a link at its end followed, so that the report replaces its folder. */
    private static Path resolve(Path target) {
        Path absolute = target.toAbsolutePath().normalize();
        try {
            return Files.isSymbolicLink(absolute) && Files.isDirectory(absolute) ? absolute.toRealPath() : absolute;
        } catch (IOException e) {
            throw new EngagementsException(target + ": cannot follow the link: " + e.getMessage(), e);
        }
    }

    /** Missing, empty or a report; anything else is someone's folder, never replaced. */
    private static void requireReport(Path shown, Path folder) throws IOException {
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> entries = Files.list(folder)) {
            if (!Files.exists(folder.resolve(MARKER)) && entries.findAny().isPresent()) {
                throw new EngagementsException(shown + ": is a folder of other files, not a report (it has no "
                        + MARKER + "); choose another --out, or empty or remove it");
            }
        }
    }
}
