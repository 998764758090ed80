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

    OutputCollector(OutputSink sink, int executionCount) {
        this.sink = sink;
        this.executionCount = executionCount;
    }

    int executionCount() {
        return executionCount;
    }

    synchronized void stream(StreamName name, String text) {
        int last = outputs.size() - 1;
        if (last >= 0 && outputs.get(last) instanceof CellOutput.Stream previous && previous.name() == name) {
            outputs.set(last, new CellOutput.Stream(name, previous.text() + text));
        } else {
            outputs.add(new CellOutput.Stream(name, text));
        }
        sink.output(new CellOutput.Stream(name, text));
    }

    synchronized void add(CellOutput output) {
        outputs.add(output);
        sink.output(output);
    }

    synchronized List<CellOutput> outputs() {
        return List.copyOf(outputs);
    }
}
