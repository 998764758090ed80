package org.engagements.notebook;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Gathers one cell's outputs: consecutive text on the same stream is merged, as Jupyter's clients
 * do, and every chunk is passed on to a live {@link OutputSink}. Written by the stream reader thread,
 * read by the cell's thread; thread safe.
 *
 * <p>Printed text is kept up to a limit ({@link NotebookSession#OUTPUT_TEXT_LIMIT} characters of both
 * streams together); past it, text is dropped, neither kept nor passed on, and one note on standard
 * error says so. So a cell printing 50 MB costs the host (and the Jupyter front end, the executed
 * {@code .ipynb} and its HTML page) about the limit, not 50 MB. The cell itself runs on. Displayed
 * values and the result are not counted: renderers bound their own size (long tables are truncated).
 */
final class OutputCollector {
    private final OutputSink sink;
    private final int executionCount;
    private final int textLimit;
    private final List<CellOutput> outputs = new ArrayList<>();
    private final StringBuilder openText = new StringBuilder();   // the last output, while it is text
    private StreamName openStream;                                  // its stream, or null
    private int textKept;                                           // characters of text so far
    private boolean truncated;                                      // the limit was reached

    OutputCollector(OutputSink sink, int executionCount, int textLimit) {
        this.sink = sink;
        this.executionCount = executionCount;
        this.textLimit = textLimit;
    }

    int executionCount() {
        return executionCount;
    }

    synchronized void stream(StreamName name, String text) {
        if (truncated) {
            return;
        }
        int room = textLimit - textKept;
        if (text.length() <= room) {
            keep(name, text);
            return;
        }
        int cut = room > 0 && Character.isHighSurrogate(text.charAt(room - 1)) ? room - 1 : room;
        if (cut > 0) {
            keep(name, text.substring(0, cut));
        }
        truncated = true;
        boolean midLine = openStream == StreamName.STDERR && openText.length() > 0
                && openText.charAt(openText.length() - 1) != '\n';
        keep(StreamName.STDERR, (midLine ? "\n" : "") + truncationNote(textLimit));
    }

    /** The note that ends a cell's text once it reached {@code limit} characters. */
    static String truncationNote(int limit) {
        return String.format(Locale.ROOT, "… output truncated after %,d characters; the rest of what this cell "
                + "prints is not shown\n", limit);
    }

    private void keep(StreamName name, String text) {
        if (openStream != name) {
            closeText();
            openStream = name;
        }
        openText.append(text);
        textKept += text.length();
        sink.output(new CellOutput.Stream(name, text));
    }

    synchronized void add(CellOutput output) {
        closeText();
        outputs.add(output);
        sink.output(output);
    }

    synchronized List<CellOutput> outputs() {
        closeText();
        return List.copyOf(outputs);
    }

    private void closeText() {
        if (openStream != null) {
            outputs.add(new CellOutput.Stream(openStream, openText.toString()));
            openText.setLength(0);
            openStream = null;
        }
    }
}
