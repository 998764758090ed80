package org.engagements.display;

import java.io.PrintStream;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.concurrent.atomic.AtomicInteger;
import org.engagements.core.AtomicFile;

/**
 * Where a notebook's {@code display(x)} goes. It runs inside the notebook's JVM: the value is
 * rendered there (the objects never cross the process boundary) and the bundle is sent to the host
 * as a {@link DisplayFrame} on the channel the notebook engine attached. Without a channel, as in the
 * interactive shell, text is printed and images are written to {@code <charts>/display-<n>.png}.
 *
 * <p>Thread safe: frames are written whole under the channel's lock.
 */
public final class Display {
    /** System property naming the charts folder of the interactive shell. */
    public static final String CHARTS_PROPERTY = "engagements.charts";
    /** System property naming the repository root; charts go to its {@code charts} folder by default. */
    public static final String HOME_PROPERTY = "engagements.home";

    private static volatile Channel channel;
    private static final AtomicInteger FILES = new AtomicInteger();

    private record Channel(PrintStream out, String token) {
    }

    private Display() {
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

    /** Shows {@code value} as cell output, rendered by the registered {@link Renderer}s. */
    public static void show(Object value) {
        emit(DisplayFrame.Kind.DISPLAY, value);
    }

    /**
     * The same as {@link #show}, under the name notebooks use. Notebooks import it statically
     * ({@code import static org.engagements.display.Display.display;}) so that they also run unchanged
     * in the JDK's own {@code jshell}, where the kernel's startup helper does not exist.
     */
    public static void display(Object value) {
        show(value);
    }

    /**
     * Shows the value of a cell's last expression; nothing for {@code null}. Its plain text is cut to
     * {@code textLimit} characters here, before it is sent (see {@link MimeBundle#withTextLimit}), so a
     * huge value costs the host no more than the limit.
     */
    public static void result(Object value, int textLimit) {
        if (value != null) {
            emit(DisplayFrame.Kind.RESULT, Loaded.RENDERERS.render(value).withTextLimit(textLimit));
        }
    }

    private static void emit(DisplayFrame.Kind kind, Object value) {
        emit(kind, Loaded.RENDERERS.render(value));
    }

    private static void emit(DisplayFrame.Kind kind, MimeBundle bundle) {
        Channel target = channel;
        if (target == null) {
            showInTerminal(bundle);
            return;
        }
        String frame = new DisplayFrame(kind, bundle).encode(target.token());
        synchronized (target.out()) {
            target.out().print(frame);
            target.out().flush();
        }
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

    /**
     * Where charts go: {@code -Dengagements.charts}, else {@code charts/} in the project folder
     * ({@code -Dengagements.home}), else {@code charts/} in the working folder.
     */
    public static Path chartsFolder() {
        String charts = System.getProperty(CHARTS_PROPERTY);
        if (charts != null) {
            return Paths.get(charts);
        }
        return Paths.get(System.getProperty(HOME_PROPERTY, "")).toAbsolutePath().resolve("charts");
    }
}
