package org.engagements.display;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProgressTest {
    private final TestClock clock = new TestClock();

    /** A clock the test moves. */
    private static final class TestClock extends Clock {
        private Instant now = Instant.parse("2024-06-01T12:00:00Z");

        void advance(long millis) {
            now = now.plusMillis(millis);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }

    /** A view that records what it is shown, as a notebook display would be updated. */
    private static final class Recorded implements Progress.View {
        final List<MimeBundle> shown = new ArrayList<>();

        @Override
        public Duration interval() {
            return Progress.DISPLAY_INTERVAL;
        }

        @Override
        public boolean showsStart() {
            return true;
        }

        @Override
        public void show(MimeBundle state, boolean last) {
            shown.add(state);
        }
    }

    @Test
    void inATerminalItPrintsAtMostOneLinePerSecondAndTheFinalStateWithoutTimings() {
        StringWriter out = new StringWriter();
        Progress progress = Progress.printing("Articles", 10, new PrintWriter(out), clock);
        for (int i = 0; i < 10; i++) {
            clock.advance(400);         // 0.4 s an article: lines at 1.2 s, 2.4 s and 3.6 s
            progress.step();
        }
        progress.done();

        assertEquals("""
                Articles ██████░░░░░░░░░░░░░░  3/10  30%  2.5/s  about 3 s left
                Articles ████████████░░░░░░░░  6/10  60%  2.5/s  about 2 s left
                Articles ██████████████████░░  9/10  90%  2.5/s  about 1 s left
                Articles ████████████████████  10/10  100%  done
                """, out.toString().replace(System.lineSeparator(), "\n"));
    }

    @Test
    void aQuickLoopPrintsNothingInATerminal() {
        StringWriter out = new StringWriter();
        Progress progress = Progress.printing("Articles", 3, new PrintWriter(out), clock);
        progress.step(3);
        progress.done();

        assertEquals("", out.toString());
    }

    @Test
    void aDisplayShowsAtOnceUpdatesAtMostFiveTimesASecondAndEndsOnTheFinalState() {
        Recorded view = new Recorded();
        Progress progress = new Progress("Loading <data>", 100, clock, view);
        for (int i = 0; i < 100; i++) {
            clock.advance(10);          // 1 s in all: an update each 0.2 s
            progress.step();
        }
        progress.done();
        progress.done();                // once is enough

        assertEquals(7, view.shown.size());     // the start, five updates, the end
        assertEquals("Loading <data> ░░░░░░░░░░░░░░░░░░░░  0/100  0%", view.shown.get(0).plainText());
        MimeBundle last = view.shown.get(6);
        assertEquals("Loading <data> ████████████████████  100/100  100%  done", last.plainText());
        assertEquals("<div><progress max=\"100\" value=\"100\"></progress> <span>Loading &lt;data&gt; 100/100  100%  "
                + "done</span></div>", last.find(MimeType.TEXT_HTML).orElseThrow());
    }

    @Test
    void overALoopCountsEachItemWhenTheNextIsTakenAndFinishesAtTheEnd() {
        Recorded view = new Recorded();
        Progress progress = new Progress("", 3, clock, view);
        List<Long> counts = new ArrayList<>();
        Iterator<String> items = Progress.counted(List.of("a", "b", "c").iterator(), progress);
        while (items.hasNext()) {
            items.next();
            counts.add(progress.count());
        }

        assertEquals(List.of(0L, 1L, 2L), counts);
        assertEquals(3, progress.count());
        assertEquals("████████████████████  3/3  100%  done", view.shown.get(view.shown.size() - 1).plainText());
    }

    @Test
    void stepsAfterTheEndAreIgnoredAndAnEmptyTotalIsComplete() {
        Recorded view = new Recorded();
        Progress progress = new Progress("None", 0, clock, view);
        progress.done();
        progress.step();

        assertEquals(0, progress.count());
        assertTrue(view.shown.get(view.shown.size() - 1).plainText().endsWith("0/0  100%  done"));
    }

    @ParameterizedTest
    @CsvSource({"0.2, 1 s", "42, 42 s", "59.5, 1 min 0 s", "61, 1 min 1 s", "3599, 59 min 59 s", "7800, 2 h 10 min"})
    void timeLeftReadsInTheLargestSensibleUnits(double seconds, String expected) {
        assertEquals(expected, Progress.duration(seconds));
    }
}
