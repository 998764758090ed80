package org.engagements.display;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.engagements.core.AtomicFile;
import org.engagements.core.Locations;

/**
 * Where a notebook's {@code display(x)} goes. It runs inside the notebook's JVM: the value is
 * rendered there (the objects never cross the process boundary) and the bundle is sent to the host
 * as a {@link DisplayFrame} on the channel the notebook engine attached. Without a channel, as in the
 * interactive shell, text is printed and images are written to {@code <charts>/display-<n>.png}.
 * Besides showing values it updates them in place ({@link DisplayHandle}) and clears the cell's
 * output ({@link #clearOutput}); {@link Progress} and {@link Input} build on the same channel.
 *
 * <p>Thread safe: frames are written whole under the channel's lock.
 */
public final class Display {
    private static volatile Channel channel;
    private static final AtomicInteger FILES = new AtomicInteger();
    private static final DisplayIds DISPLAY_IDS = new DisplayIds();

    private record Channel(PrintStream out, String token) {
    }

    private Display() {
    }

    /** Display ids unique to this JVM and (by a random prefix) to its session: {@code 9f3a0c1e-7}. */
    private static final class DisplayIds {
        private final String prefix = HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
        private final AtomicLong count = new AtomicLong();

        String next() {
            return prefix + "-" + count.incrementAndGet();
        }
    }

    private static final class Loaded {
        static final Renderers RENDERERS = Renderers.load();
    }

    /**
     * Sends every later display to the host through {@code out}, tagged with {@code token}. Called
     * once by the engine's agent when it starts, before any notebook code.
     */
    public static void attach(PrintStream out, String token) {
        channel = new Channel(out, token);
    }

    /** Whether displays go to a host (a notebook session) rather than to the terminal. */
    public static boolean hasChannel() {
        return channel != null;
    }

    /**
     * Shows {@code value} as cell output, rendered by the registered {@link Renderer}s; the handle
     * replaces it in place later ({@link DisplayHandle#update}).
     */
    public static DisplayHandle show(Object value) {
        DisplayHandle handle = new DisplayHandle(DISPLAY_IDS.next());
        MimeBundle bundle = Loaded.RENDERERS.render(value);
        if (!send(new DisplayFrame.Shown(handle.id(), bundle))) {
            showInTerminal(bundle);
        }
        return handle;
    }

    /**
     * The same as {@link #show}, under the name notebooks use. Notebooks import it statically
     * ({@code import static org.engagements.display.Display.display;}) so that they also run unchanged
     * in the JDK's own {@code jshell}, where the kernel's startup helper does not exist. A cell whose
     * last line is {@code display(x)} shows {@code x} once: the handle is not shown as the cell's value.
     */
    public static DisplayHandle display(Object value) {
        return show(value);
    }

    /** Replaces the value {@code handle} shows with {@code value}; in a terminal, prints it. */
    static void update(DisplayHandle handle, Object value) {
        MimeBundle bundle = Loaded.RENDERERS.render(value);
        if (!send(new DisplayFrame.Updated(handle.id(), bundle))) {
            showInTerminal(bundle);
        }
    }

    /**
     * Clears the cell's output so far, as IPython's {@code clear_output}: at once, or with {@code wait}
     * when the next output arrives (so a loop that clears and prints does not flicker). In an executed
     * notebook the cleared outputs are gone too. Nothing happens in a terminal.
     */
    public static void clearOutput(boolean wait) {
        send(new DisplayFrame.Cleared(wait));
    }

    /** Clears the cell's output so far, at once. */
    public static void clearOutput() {
        clearOutput(false);
    }

    /**
     * Shows the value of a cell's last expression; nothing for {@code null}, nor for what shows itself
     * already (a {@link DisplayHandle}, a {@link Progress}). Its plain text is cut to {@code textLimit}
     * characters here, before it is sent (see {@link MimeBundle#withTextLimit}), so a huge value costs
     * the host no more than the limit.
     */
    public static void result(Object value, int textLimit) {
        if (value != null && !(value instanceof DisplayHandle) && !(value instanceof Progress)) {
            MimeBundle bundle = Loaded.RENDERERS.render(value).withTextLimit(textLimit);
            if (!send(new DisplayFrame.Result(bundle))) {
                showInTerminal(bundle);
            }
        }
    }

    /** Sends {@code frame} to the host; false when there is no host (a terminal), nothing sent. */
    static boolean send(DisplayFrame frame) {
        Channel target = channel;
        if (target == null) {
            return false;
        }
        String line = frame.encode(target.token());
        synchronized (target.out()) {
            target.out().print(line);
            target.out().flush();
        }
        return true;
    }

    private static void showInTerminal(MimeBundle bundle) {
        var png = bundle.findBytes(MimeType.IMAGE_PNG);
        if (png.isEmpty()) {
            System.out.println(bundle.plainText());
            return;
        }
        Path file = chartsFolder().resolve("display-" + FILES.incrementAndGet() + ".png");
        AtomicFile.write(file, png.get());
        System.out.println(bundle.plainText() + " written to " + file);
    }

    /** Where images shown in a terminal go: the charts folder of this JVM's {@link Locations}. */
    private static Path chartsFolder() {
        return Locations.fromSystem().charts();
    }
}
