package org.engagements.jupyter;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.engagements.display.MimeBundle;
import org.engagements.jupyter.wire.Content;
import org.engagements.jupyter.wire.IopubContent;
import org.engagements.jupyter.wire.IopubContent.StreamName;

/**
 * The front end as one execute request sees it: its outputs go to iopub (with the request as parent)
 * and its questions to the stdin channel, when the request allows input.
 *
 * <p>The current line: printed text after the last newline (a prompt such as {@code "Name: "}) is held
 * back for up to {@link #HOLD_MILLIS} ms. If the cell then reads input, that text becomes the
 * {@code input_request}'s prompt instead of a stream message, so the front end shows it once, beside
 * the input box, as ipykernel does for {@code input("Name: ")}. Otherwise it is published when the
 * line ends, other output comes, the hold has passed (so {@code print(".")} progress still shows) or
 * the cell ends ({@link #finish}).
 *
 * <p>Thread-safe; calls are published in the order they are made.
 */
final class FrontEnd implements OutputListener, Stdin {
    /** How long the text of an unfinished line is held back, waiting to see whether it is a prompt. */
    static final long HOLD_MILLIS = 100;

    private final Consumer<Content> iopub;
    private final Optional<Stdin> stdin;
    private final Executor later;
    private final StringBuilder line = new StringBuilder();    // guarded by this: held text of the current line
    private boolean release;                                   // guarded by this: a release of it is scheduled

    /**
     * @param iopub publishes a message with the request as parent
     * @param stdin asks the request's sender for a line; empty when the request does not allow input
     * @param later runs the release of held text after the hold
     */
    FrontEnd(Consumer<Content> iopub, Optional<Stdin> stdin, Executor later) {
        this.iopub = iopub;
        this.stdin = stdin;
        this.later = later;
    }

    /** A front end whose held text is released by a shared timer after {@link #HOLD_MILLIS}. */
    static FrontEnd of(Consumer<Content> iopub, Optional<Stdin> stdin) {
        return new FrontEnd(iopub, stdin, CompletableFuture.delayedExecutor(HOLD_MILLIS, TimeUnit.MILLISECONDS));
    }

    @Override
    public synchronized void stdout(String text) {
        line.append(text);
        int end = line.lastIndexOf("\n") + 1;
        if (end > 0) {
            iopub.accept(new IopubContent.Stream(StreamName.STDOUT, line.substring(0, end)));
            line.delete(0, end);
        }
        if (!line.isEmpty() && !release) {
            release = true;
            later.execute(this::releaseLine);
        }
    }

    @Override
    public synchronized void stderr(String text) {
        publishLine();
        iopub.accept(new IopubContent.Stream(StreamName.STDERR, text));
    }

    @Override
    public synchronized void display(MimeBundle bundle) {
        publishLine();
        iopub.accept(new IopubContent.DisplayData(WireBundle.data(bundle), WireBundle.NO_METADATA, null));
    }

    @Override
    public synchronized void display(MimeBundle bundle, String displayId) {
        publishLine();
        iopub.accept(new IopubContent.DisplayData(WireBundle.data(bundle), WireBundle.NO_METADATA,
                Map.of("display_id", displayId)));
    }

    @Override
    public synchronized void updateDisplay(MimeBundle bundle, String displayId) {
        publishLine();
        iopub.accept(new IopubContent.UpdateDisplayData(WireBundle.data(bundle), WireBundle.NO_METADATA,
                Map.of("display_id", displayId)));
    }

    @Override
    public synchronized void clearOutput(boolean waitForNext) {
        publishLine();
        iopub.accept(new IopubContent.ClearOutput(waitForNext));
    }

    /** Asks with the held text of the current line before {@code prompt}; refused when input is not allowed. */
    @Override
    public CompletableFuture<String> ask(String prompt, boolean password) {
        if (stdin.isEmpty()) {
            return Stdin.NONE.ask(prompt, password);
        }
        String shown;
        synchronized (this) {
            shown = line + prompt;
            line.setLength(0);
        }
        return stdin.get().ask(shown, password);
    }

    /** The cell has ended: held text is published now, before its result. */
    synchronized void finish() {
        publishLine();
    }

    private synchronized void releaseLine() {
        release = false;
        publishLine();
    }

    private void publishLine() {
        if (!line.isEmpty()) {
            iopub.accept(new IopubContent.Stream(StreamName.STDOUT, line.toString()));
            line.setLength(0);
        }
    }
}
