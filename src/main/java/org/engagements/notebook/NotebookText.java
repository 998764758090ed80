package org.engagements.notebook;

import java.nio.file.Path;
import java.util.List;
import org.engagements.core.StrictText;

/**
 * The text of a {@code .jsh} file, strictly: UTF-8 without a byte-order mark, not empty, no control
 * characters but tab, line breaks and form feed. Anything else is the author's to fix, reported as a
 * {@link NotebookSyntaxException} at the line where it is. Stateless.
 */
final class NotebookText {
    private NotebookText() {
    }

    /** The decoded text of {@code bytes}, read from the notebook shown as {@code source}. */
    static String decode(byte[] bytes, Path source) {
        if (bytes.length == 0) {
            throw problem(source, 1, "expected notebook cells (// %%), found an empty file");
        }
        if (StrictText.startsWithBom(bytes)) {
            throw problem(source, 1, "expected UTF-8 without a byte-order mark: the file starts with a "
                    + "byte-order mark; save it as UTF-8 without BOM");
        }
        StrictText.utf16(bytes).ifPresent(flaw -> {
            throw problem(source, flaw, "UTF-8 text");
        });
        StrictText.Decoded decoded = StrictText.utf8(bytes);
        decoded.flaw().ifPresent(flaw -> {
            throw problem(source, flaw, "UTF-8 text");
        });
        String text = decoded.text().orElseThrow();
        StrictText.controlCharacter(text).ifPresent(flaw -> {
            throw problem(source, flaw, "text without control characters");
        });
        return text;
    }

    private static NotebookSyntaxException problem(Path source, StrictText.Flaw flaw, String expected) {
        return problem(source, flaw.line(), "expected " + expected + ", found " + flaw.found());
    }

    private static NotebookSyntaxException problem(Path source, int line, String message) {
        return new NotebookSyntaxException(List.of(new NotebookSyntaxException.SyntaxProblem(source, line, message)));
    }
}
