package org.engagements.data.csv;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.engagements.core.StrictText;
import org.engagements.data.Problem;
import org.engagements.data.Problems;

/**
 * Reads a data file as strict UTF-8 text. Anything that stops that (no file, a folder, an empty or
 * oversized file, a byte-order mark, bytes that are not UTF-8, a read error) is reported as a
 * {@link Problem} naming the file: the user's to fix.
 */
public final class TextFile {
    /**
     * Larger files are refused rather than read into memory whole: article texts and vocabularies. The
     * CSV files are streamed ({@link CsvValidator}) and have no such limit.
     */
    public static final long MAX_BYTES = 16L * 1024 * 1024;

    private TextFile() {
    }

    /** The file's text, or empty after reporting why it cannot be read; a byte-order mark is a problem. */
    public static Optional<String> read(Path path, String file, Problems problems) {
        return read(path, file, problems, false);
    }

    /**
     * As {@link #read(Path, String, Problems)}; with {@code csv} a leading byte-order mark is skipped, as
     * for the data's CSV files (Excel writes one).
     */
    static Optional<String> read(Path path, String file, Problems problems, boolean csv) {
        Optional<String> unusable = unusable(path, MAX_BYTES);
        if (unusable.isPresent()) {
            problems.add(Problem.inFile(file, unusable.get()));
            return Optional.empty();
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (IOException | SecurityException e) {
            problems.add(Problem.inFile(file, "a readable file (" + describe(e) + ")"));
            return Optional.empty();
        }
        if (csv && StrictText.startsWithBom(bytes)) {
            bytes = java.util.Arrays.copyOfRange(bytes, 3, bytes.length);   // Excel writes one
        }
        return decode(bytes, file, problems);
    }

    /** Why a path cannot be read as a data file of at most {@code maxBytes}, or empty when it can. */
    static Optional<String> unusable(Path path, long maxBytes) {
        if (Files.isDirectory(path)) {
            return Optional.of("a file, found a folder");
        }
        if (!Files.exists(path)) {
            return Optional.of(brokenLink(path).orElse("a file; there is none"));
        }
        if (!Files.isRegularFile(path)) {
            return Optional.of("a regular file, found a named pipe, socket or device");
        }
        try {
            long size = Files.size(path);
            if (size == 0) {
                return Optional.of("content, found an empty file");
            }
            if (size > maxBytes) {
                return Optional.of("at most " + MAX_BYTES / (1024 * 1024) + " MB, found " + size + " bytes");
            }
        } catch (IOException | SecurityException e) {
            return Optional.of("a readable file (" + describe(e) + ")");
        }
        return Optional.empty();
    }

    /** "a file, found a link to X, which leads nowhere" for a dangling or looping symbolic link. */
    private static Optional<String> brokenLink(Path path) {
        if (!Files.isSymbolicLink(path)) {
            return Optional.empty();
        }
        try {
            return Optional.of("a file, found a link to " + Files.readSymbolicLink(path) + ", which leads nowhere");
        } catch (IOException | SecurityException e) {
            return Optional.of("a file, found a link that leads nowhere");
        }
    }

    /** Decodes strictly: the first malformed byte is reported with its line and byte offset. */
    static Optional<String> decode(byte[] bytes, String file, Problems problems) {
        if (StrictText.startsWithBom(bytes)) {
            problems.add(bomProblem(file));
            return Optional.empty();
        }
        Optional<Problem> utf16 = utf16(bytes, file);
        if (utf16.isPresent()) {
            problems.add(utf16.get());
            return Optional.empty();
        }
        StrictText.Decoded decoded = StrictText.utf8(bytes);
        decoded.flaw().ifPresent(flaw -> problems.add(Problem.atLine(file, flaw.line(), "UTF-8 text, found "
                + flaw.found())));
        return decoded.text();
    }

    static Problem bomProblem(String file) {
        return Problem.atLine(file, 1, "UTF-8 without a byte-order mark: the file starts with "
                + "a byte-order mark; save it as UTF-8 without BOM");
    }

    /** A file that starts like UTF-16, reported as such rather than as a byte that is not UTF-8. */
    static Optional<Problem> utf16(byte[] head, String file) {
        return StrictText.utf16(head).map(flaw -> Problem.atLine(file, flaw.line(), "UTF-8 text, found "
                + flaw.found()));
    }

    /**
     * The first control character other than tab, line breaks and form feed in a text, as a problem at its
     * line: a NUL in an article means a binary or damaged file.
     */
    public static Optional<Problem> controlCharacter(String text, String file) {
        return StrictText.controlCharacter(text).map(flaw -> Problem.atLine(file, flaw.line(),
                "text without control characters, found " + flaw.found()));
    }

    private static String describe(Exception e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }
}
