package org.engagements.notebook;

import org.engagements.display.DisplayFrame;

/**
 * Sends what the notebook's JVM prints and displays to the cell running now: text as
 * {@link CellOutput.Stream}s, frames as display data or, for the last expression, the execute
 * result. Output between cells (a background thread of the notebook printing) is dropped. Written
 * by JShell's reader thread, switched by the session's thread; thread safe.
 */
final class OutputRouter implements OutputChannel.Target {
    private volatile OutputCollector current;

    /** Routes everything to {@code collector} from now on; {@code null} drops it. */
    void route(OutputCollector collector) {
        current = collector;
    }

    @Override
    public void text(StreamName stream, String text) {
        OutputCollector collector = current;
        if (collector != null) {
            collector.stream(stream, text);
        }
    }

    @Override
    public void frame(DisplayFrame frame) {
        OutputCollector collector = current;
        if (collector == null) {
            return;
        }
        collector.add(frame.kind() == DisplayFrame.Kind.RESULT
                ? new CellOutput.ExecuteResult(collector.executionCount(), frame.bundle())
                : new CellOutput.DisplayData(frame.bundle()));
    }
}
