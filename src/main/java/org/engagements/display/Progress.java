package org.engagements.display;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Iterator;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * A progress bar for a long loop: count, rate and time left, such as
 * {@code Articles ███████░░░░░░░░░░░░░  45/120  37%  12.3/s  about 6 s left}.
 *
 * <pre>{@code
 * for (Path file : Progress.over("Articles", files)) { ... }     // counts each item as the loop moves on
 *
 * var progress = Progress.of("Articles", files.size());          // or by hand
 * for (Path file : files) { ...; progress.step(); }
 * progress.done();
 * }</pre>
 *
 * <p>In a notebook the bar is one display that updates in place, at most five times a second; an
 * executed notebook ({@code engagements run}) keeps only its final state, which has no timings
 * ({@code Articles ████████████████████  120/120  100%  done}), so it is the same on every run. In a
 * terminal ({@code engagements shell}, a command) it prints a line at most once a second, and the
 * final line only if it printed any: a quick loop prints nothing.
 *
 * <p>Thread safe: worker threads may {@link #step} the same progress.
 */
public final class Progress {
    /** How often a notebook's bar is updated at most. */
    static final Duration DISPLAY_INTERVAL = Duration.ofMillis(200);
    /** How often a terminal line is printed at most. */
    static final Duration LINE_INTERVAL = Duration.ofSeconds(1);
    private static final int BAR_WIDTH = 20;

    private final String label;
    private final long total;
    private final Clock clock;
    private final View view;
    private final Instant start;
    private long count;             // guarded by this
    private boolean finished;       // guarded by this
    private Instant shown;          // guarded by this: when the view last showed the state

    /** Where the state goes, and how often. */
    interface View {
        /** The least time between two showings of a running progress. */
        Duration interval();

        /** Whether the state is shown as soon as the progress starts (a display is; a line is not). */
        boolean showsStart();

        /** Shows {@code state}; {@code last} for the final state. */
        void show(MimeBundle state, boolean last);
    }

    Progress(String label, long total, Clock clock, View view) {
        if (total < 0) {
            throw new IllegalArgumentException("a progress total cannot be negative: " + total);
        }
        this.label = Objects.requireNonNull(label, "label");
        this.total = total;
        this.clock = Objects.requireNonNull(clock, "clock");
        this.view = Objects.requireNonNull(view, "view");
        this.start = clock.instant();
        this.shown = start;
        if (view.showsStart()) {
            view.show(state(start), false);
        }
    }

    /** A progress of {@code total} steps, shown at once: as a display in a notebook, as lines in a terminal. */
    public static Progress of(String label, long total) {
        View view = Display.hasChannel() ? new Displayed() : new Printed(System.out::println);
        return new Progress(label, total, Clock.systemUTC(), view);
    }

    /** A progress of {@code total} steps without a label. */
    public static Progress of(long total) {
        return of("", total);
    }

    /**
     * A progress for a command-line tool: lines on {@code out}, at most one per second by {@code clock},
     * the final one only if an earlier one was printed.
     */
    public static Progress printing(String label, long total, PrintWriter out, Clock clock) {
        return new Progress(label, total, clock, new Printed(line -> {
            out.println(line);
            out.flush();
        }));
    }

    /** The items of {@code items}, counted as a loop takes them: an item is done when the next is taken. */
    public static <T> Iterable<T> over(String label, Collection<? extends T> items) {
        return () -> counted(items.iterator(), of(label, items.size()));
    }

    /** {@link #over(String, Collection)} without a label. */
    public static <T> Iterable<T> over(Collection<? extends T> items) {
        return over("", items);
    }

    /** One more step done. */
    public void step() {
        step(1);
    }

    /** {@code steps} more steps done. */
    public synchronized void step(long steps) {
        if (steps < 0) {
            throw new IllegalArgumentException("a progress cannot go back: " + steps + " steps");
        }
        if (finished) {
            return;
        }
        count += steps;
        Instant now = clock.instant();
        if (Duration.between(shown, now).compareTo(view.interval()) >= 0) {
            shown = now;
            view.show(state(now), false);
        }
    }

    /** Finished: shows the final state, without timings. Later calls and steps do nothing. */
    public synchronized void done() {
        if (!finished) {
            finished = true;
            view.show(state(clock.instant()), true);
        }
    }

    /** Steps done so far. */
    public synchronized long count() {
        return count;
    }

    public long total() {
        return total;
    }

    /** The state as text, as a terminal line shows it. */
    @Override
    public synchronized String toString() {
        return text(clock.instant());
    }

    private MimeBundle state(Instant now) {
        String summary = summary(now);
        String html = "<div><progress max=\"" + Math.max(total, 1) + "\" value=\""
                + (total == 0 ? 1 : Math.min(count, total)) + "\"></progress> <span>"
                + Html.escape(labelled(summary)) + "</span></div>";
        return MimeBundle.text(labelled(bar() + "  " + summary)).with(MimeType.TEXT_HTML, html);
    }

    private String text(Instant now) {
        return labelled(bar() + "  " + summary(now));
    }

    private String labelled(String text) {
        return label.isEmpty() ? text : label + " " + text;
    }

    /** {@code 45/120  37%  12.3/s  about 6 s left}; when finished {@code 120/120  100%  done}. */
    private String summary(Instant now) {
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "%,d/%,d  %d%%", count, total, percent()));
        if (finished) {
            return text.append("  done").toString();
        }
        double seconds = Duration.between(start, now).toMillis() / 1000.0;
        if (seconds > 0 && count > 0) {
            double rate = count / seconds;
            text.append(String.format(Locale.ROOT, "  %.1f/s", rate));
            if (count < total) {
                text.append("  about ").append(duration((total - count) / rate)).append(" left");
            }
        }
        return text.toString();
    }

    private int percent() {
        return total == 0 ? 100 : (int) Math.min(100, count * 100 / total);
    }

    private String bar() {
        int full = total == 0 ? BAR_WIDTH : (int) Math.min(BAR_WIDTH, count * BAR_WIDTH / total);
        return "█".repeat(full) + "░".repeat(BAR_WIDTH - full);
    }

    /** {@code 42 s}, {@code 3 min 5 s}, {@code 2 h 10 min}. */
    static String duration(double seconds) {
        long whole = (long) Math.ceil(seconds);
        if (whole < 60) {
            return whole + " s";
        }
        if (whole < 3600) {
            return whole / 60 + " min " + whole % 60 + " s";
        }
        return whole / 3600 + " h " + whole % 3600 / 60 + " min";
    }

    /** A notebook display, updated in place. */
    private static final class Displayed implements View {
        private DisplayHandle handle;

        @Override
        public Duration interval() {
            return DISPLAY_INTERVAL;
        }

        @Override
        public boolean showsStart() {
            return true;
        }

        @Override
        public void show(MimeBundle state, boolean last) {
            if (handle == null) {
                handle = Display.show(state);
            } else {
                handle.update(state);
            }
        }
    }

    /** Lines of text, the last only if any came before it. */
    static final class Printed implements View {
        private final Consumer<String> lines;
        private boolean printed;

        Printed(Consumer<String> lines) {
            this.lines = lines;
        }

        @Override
        public Duration interval() {
            return LINE_INTERVAL;
        }

        @Override
        public boolean showsStart() {
            return false;
        }

        @Override
        public void show(MimeBundle state, boolean last) {
            if (!last || printed) {
                lines.accept(state.plainText());
                printed = true;
            }
        }
    }

    /** {@code items}, stepping {@code progress} as the loop takes them and finishing it when they run out. */
    static <T> Iterator<T> counted(Iterator<? extends T> items, Progress progress) {
        return new Counted<>(items, progress);
    }

    private static final class Counted<T> implements Iterator<T> {
        private final Iterator<? extends T> items;
        private final Progress progress;
        private boolean taken;      // an item was taken and is not counted yet

        Counted(Iterator<? extends T> items, Progress progress) {
            this.items = items;
            this.progress = progress;
        }

        @Override
        public boolean hasNext() {
            boolean more = items.hasNext();
            if (!more) {
                countTaken();
                progress.done();
            }
            return more;
        }

        @Override
        public T next() {
            countTaken();
            T item = items.next();
            taken = true;
            return item;
        }

        private void countTaken() {
            if (taken) {
                taken = false;
                progress.step();
            }
        }
    }
}
