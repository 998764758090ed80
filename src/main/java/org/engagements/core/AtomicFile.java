package org.engagements.core;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Writes files so that a reader sees either the old content or the new, never a half-written file:
 * the bytes go to a temporary file in the same folder, are forced to disk, and the temporary file is
 * then moved over the target in one atomic rename.
 *
 * <p>The temporary file is {@code .NAME.PID-N.tmp}, beside the target. A process killed before its
 * rename (SIGKILL, power cut) leaves it behind; the next write of the same target removes those of
 * processes no longer running, so leftovers do not pile up and a live writer's file is never touched.
 */
public final class AtomicFile {
    private static final String TEMPORARY_SUFFIX = ".tmp";

    private AtomicFile() {
    }

    /** Something that writes the whole content of a file to a stream. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    public static void write(Path target, byte[] bytes) {
        write(target, out -> out.write(bytes));
    }

    public static void writeString(Path target, String text) {
        write(target, text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Writes {@code content} to {@code target} atomically, creating missing parent folders.
     *
     * @throws EngagementsException naming the file when it cannot be written (the old file is left intact)
     */
    public static void write(Path target, Content content) {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        Path temporary = null;
        try {
            Files.createDirectories(folder);
            removeLeftovers(absolute);
            temporary = Files.createTempFile(folder, temporaryPrefix(absolute) + WriterTag.thisProcess(),
                    TEMPORARY_SUFFIX);
            keepPermissions(absolute, temporary);
            try (var channel = java.nio.channels.FileChannel.open(temporary,
                    java.nio.file.StandardOpenOption.WRITE);
                 OutputStream out = java.nio.channels.Channels.newOutputStream(channel)) {
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
            move(temporary, absolute);
            temporary = null;
        } catch (IOException e) {
            throw new EngagementsException(target + ": cannot write file: " + describe(e), e);
        } finally {
            deleteQuietly(temporary);
        }
    }

    /**
     * Temporary files are created owner-only (0600); the replacement gets the permissions of the file
     * it replaces, or the usual rw-r--r-- for a new file, so outputs stay readable by others.
     */
    private static void keepPermissions(Path target, Path temporary) throws IOException {
        if (!Files.getFileStore(temporary).supportsFileAttributeView(PosixFileAttributeView.class)) {
            return;
        }
        Set<PosixFilePermission> permissions = Files.exists(target)
                ? Files.getPosixFilePermissions(target)
                : PosixFilePermissions.fromString("rw-r--r--");
        Files.setPosixFilePermissions(temporary, permissions);
    }

    private static String temporaryPrefix(Path target) {
        return "." + target.getFileName() + ".";
    }

    /** Deletes the temporary files of {@code target} left by writers that died before their rename. */
    private static void removeLeftovers(Path target) throws IOException {
        String prefix = temporaryPrefix(target);
        try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(target.getParent(),
                glob(prefix) + "*" + TEMPORARY_SUFFIX)) {
            for (Path leftover : leftovers) {
                if (WriterTag.isLeftover(leftover.getFileName().toString(), prefix, TEMPORARY_SUFFIX)) {
                    Files.deleteIfExists(leftover);
                }
            }
        }
    }

    /** {@code name} as a glob matching only itself. */
    private static String glob(String name) {
        return name.replaceAll("([\\\\*?\\[\\]{}])", "\\\\$1");
    }

    /**
     * Moves {@code from} over {@code to} atomically where the file system can (same file system), else with
     * a plain replacing move; a reader sees the old file or the new one, never a partial one.
     */
    public static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            // Same folder, so this only happens on exotic file systems; still never a partial target.
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteQuietly(Path path) {
        if (path == null) {
            return;
        }
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove temporary file " + path, e);
        }
    }

    private static String describe(IOException e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null ? "" : " (" + message + ")");
    }
}
