package org.engagements.notebook;

import java.nio.file.Path;
import org.engagements.core.AtomicFile;

/**
 * Writes notebooks in the percent format. A parsed notebook comes back byte for byte: markers as
 * written, the same blank lines, line endings and final newline. Stateless.
 */
public final class NotebookWriter {
    private NotebookWriter() {
    }

    /** The notebook as the text of a {@code .jsh} file. */
    public static String toText(Notebook notebook) {
        String separator = notebook.format().lineSeparator();
        StringBuilder text = new StringBuilder();
        for (Cell cell : notebook.cells()) {
            if (!cell.layout().marker().isEmpty()) {
                text.append(cell.layout().marker()).append(separator);
            }
            if (!cell.source().isEmpty()) {
                text.append(cell.source().replace("\n", separator)).append(separator);
            }
            text.append(separator.repeat(cell.layout().blankLinesAfter()));
        }
        if (!notebook.format().finalNewline() && endsWith(text, separator)) {
            text.setLength(text.length() - separator.length());
        }
        return text.toString();
    }

    /** Writes the notebook to {@code file} atomically (UTF-8). */
    public static void write(Notebook notebook, Path file) {
        AtomicFile.writeString(file, toText(notebook));
    }

    private static boolean endsWith(StringBuilder text, String suffix) {
        return text.length() >= suffix.length()
                && text.substring(text.length() - suffix.length()).equals(suffix);
    }
}
