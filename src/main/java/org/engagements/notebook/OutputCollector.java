package org.engagements.notebook;

import java.util.ArrayList;
import java.util.List;

/**
 * Gathers one cell's outputs: consecutive text on the same stream is merged, as Jupyter's clients
 * do, and every chunk is passed on to a live {@link OutputSink}. Written by the stream reader thread,
 * read by the cell's thread; thread safe.
 */
final class OutputCollector {
    private final OutputSink sink;
    private final int executionCount;
    private final List<CellOutput> outputs = new ArrayList<>();
    private final StringBuilder openText = new StringBuilder();   // the last output, while it is text
    private StreamName openStream;                                  // its stream, or null

    OutputCollector(OutputSink sink, int executionCount) {
        this.sink = sink;
        this.executionCount = executionCount;
    }

    int executionCount() {
        return executionCount;
    }

    synchronized void stream(StreamName name, String text) {
        if (openStream != name) {
            closeText();
            openStream = name;
        }
        openText.append(text);
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
