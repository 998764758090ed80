package org.engagements.notebook.session;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.engagements.display.MimeBundle;
import org.engagements.notebook.CellOutput;
import org.engagements.notebook.StreamName;

/**
 * Gathers one cell's outputs: consecutive text on the same stream is merged, as Jupyter's clients
 * do, and every chunk is passed on to a live {@link OutputSink}. Written by the stream reader thread,
 * read by the cell's thread; thread safe.
 *
 * <p>Printed text is kept up to a limit ({@link NotebookSession#OUTPUT_TEXT_LIMIT} characters of both
 * streams together); past it, text is dropped, neither kept nor passed on, and one note on standard
 * error says so. So a cell printing 50 MB costs the host (and the Jupyter front end, the executed
 * {@code .ipynb} and its HTML page) about the limit, not 50 MB. The cell itself runs on. Displayed
 * values have a limit of their own ({@link NotebookSession#OUTPUT_DISPLAY_LIMIT} characters of all
 * their representations, images as base64), past which they are dropped with one note, so a loop of
 * {@code display(chart)} cannot fill the host either. The cell's result is kept, capped the same way:
 * its plain text to the text limit, with a note of how many characters were dropped (the notebook's
 * JVM cuts it before sending, {@link MimeBundle#withTextLimit}; the cut here is for a result sent
 * some other way), and its other forms (HTML, images) count as displays, shown while they fit.
 *
 * <p>A display updated in place keeps its position with the new value ({@link #update}), and
 * {@link #clear} empties the list, so an executed notebook keeps what Jupyter would show at the end.
 */
final class OutputCollector {
    private final OutputSink sink;
    private final int executionCount;
    private final int textLimit;
    private final long displayLimit;
    private final List<CellOutput> outputs = new ArrayList<>();
    private final StringBuilder openText = new StringBuilder();   // the last output, while it is text
    private StreamName openStream;                                  // its stream, or null
    private int textKept;                                           // characters of text so far
    private boolean truncated;                                      // the limit was reached
    private long displayKept;                                       // characters of displays so far
    private boolean displaysDropped;                                // the display limit was reached
    private boolean clearPending;                                   // clear before the next output

    OutputCollector(OutputSink sink, int executionCount, int textLimit, long displayLimit) {
        this.sink = sink;
        this.executionCount = executionCount;
        this.textLimit = textLimit;
        this.displayLimit = displayLimit;
    }

    int executionCount() {
        return executionCount;
    }

    synchronized void stream(StreamName name, String text) {
        clearIfPending();
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
        clearIfPending();
        CellOutput kept = output;
        if (output instanceof CellOutput.DisplayData display && !fitsDisplays(size(display.data()))) {
            return;
        }
        if (output instanceof CellOutput.ExecuteResult result) {
            kept = new CellOutput.ExecuteResult(result.executionCount(), capped(result.data()));
        }
        closeText();
        outputs.add(kept);
        sink.output(kept);
    }

    /**
     * Display {@code displayId} shows {@code data} from now on: replaced where it stands when it is one
     * of this cell's (as nbclient does for {@code update_display_data}), and passed on either way, as
     * it may be an earlier cell's. A replacement counts toward the display limit by what it adds; one
     * past the limit is dropped, with the note.
     */
    synchronized void update(String displayId, MimeBundle data) {
        for (int i = 0; i < outputs.size(); i++) {
            if (outputs.get(i) instanceof CellOutput.DisplayData display
                    && display.displayId().equals(Optional.of(displayId))) {
                long growth = size(data) - size(display.data());
                if (growth > 0 && !fitsDisplays(growth)) {
                    return;
                }
                displayKept += Math.min(growth, 0);
                outputs.set(i, display.updated(displayId, data));
            }
        }
        sink.update(displayId, data);
    }

    /**
     * Clears the cell's outputs so far, as Jupyter's {@code clear_output}: now, or with
     * {@code waitForNext} just before the next output (text, display, result or error) is kept. What
     * is cleared no longer counts toward the limits.
     */
    synchronized void clear(boolean waitForNext) {
        sink.clear(waitForNext);
        clearPending = true;
        if (!waitForNext) {
            clearIfPending();
        }
    }

    private void clearIfPending() {
        if (clearPending) {
            clearPending = false;
            outputs.clear();
            openStream = null;
            openText.setLength(0);
            textKept = 0;
            truncated = false;
            displayKept = 0;
            displaysDropped = false;
        }
    }

    /** A result with its plain text cut to the text limit, and its other forms if they fit the displays'. */
    private MimeBundle capped(MimeBundle result) {
        MimeBundle cut = result.withTextLimit(textLimit);
        long otherForms = size(cut) - cut.plainText().length();
        return otherForms == 0 || fitsDisplays(otherForms) ? cut : MimeBundle.text(cut.plainText());
    }

    /** Whether displays of {@code size} more characters fit; the first that does not adds the note. */
    private boolean fitsDisplays(long size) {
        if (displaysDropped || displayKept + size > displayLimit) {
            if (!displaysDropped) {
                displaysDropped = true;
                keep(StreamName.STDERR, displayNote(displayLimit));
            }
            return false;
        }
        displayKept += size;
        return true;
    }

    private static long size(MimeBundle bundle) {
        return bundle.data().values().stream().mapToLong(String::length).sum();
    }

    /** The note that replaces a cell's displays once they reached {@code limit} characters. */
    static String displayNote(long limit) {
        return String.format(Locale.ROOT, "… displays stopped after %,d characters; the rest of what this cell "
                + "displays is not shown\n", limit);
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
