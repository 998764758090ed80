package org.engagements.notebook.session;

import java.util.Optional;
import org.engagements.display.DisplayFrame;
import org.engagements.notebook.CellOutput;
import org.engagements.notebook.StreamName;

/**
 * Sends what the notebook's JVM prints and displays to the cell running now: text as
 * {@link CellOutput.Stream}s, frames as display data (updated in place, or cleared, by later frames)
 * or, for the last expression, the execute result; requests for input go to the {@link InputRelay}.
 * Output between cells (a background thread of the notebook printing) is dropped. Written by
 * JShell's reader thread, switched by the session's thread; thread safe.
 */
final class OutputRouter implements OutputChannel.Target {
    private final InputRelay input;
    private volatile OutputCollector current;

    OutputRouter(InputRelay input) {
        this.input = input;
    }

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
        if (frame instanceof DisplayFrame.InputRequested request) {
            input.request(request);
            return;
        }
        OutputCollector collector = current;
        if (collector == null) {
            return;
        }
        if (frame instanceof DisplayFrame.Shown shown) {
            collector.add(new CellOutput.DisplayData(shown.bundle(), Optional.of(shown.displayId())));
        } else if (frame instanceof DisplayFrame.Result result) {
            collector.add(new CellOutput.ExecuteResult(collector.executionCount(), result.bundle()));
        } else if (frame instanceof DisplayFrame.Updated updated) {
            collector.update(updated.displayId(), updated.bundle());
        } else if (frame instanceof DisplayFrame.Cleared cleared) {
            collector.clear(cleared.waitForNext());
        }
    }
}
