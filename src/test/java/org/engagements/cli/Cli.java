package org.engagements.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** Runs the command line in-process with a fixed "today" (2024-06-01) and captures its output. */
final class Cli {
    static final Clock TODAY = Clock.fixed(Instant.parse("2024-06-01T12:00:00Z"), ZoneOffset.UTC);

    /** Exit code and the two streams, line ends made LF. */
    record Run(int exitCode, String out, String err) {
    }

    private Cli() {
    }

    static Run run(String... args) {
        return runAt(TODAY, args);
    }

    /** As {@link #run}, with "today" from {@code clock}. */
    static Run runAt(Clock clock, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(args, new PrintWriter(out, true), new PrintWriter(err, true), clock);
        return new Run(code, out.toString().replace(System.lineSeparator(), "\n"),
                err.toString().replace(System.lineSeparator(), "\n"));
    }

    /** Durations vary: {@code 0.41 s} becomes {@code #.## s}, {@code 4.2 s} becomes {@code #.# s}. */
    static String maskDurations(String text) {
        return text.replaceAll("(?m)  \\d+\\.\\d\\d s$", "  #.## s").replaceAll("(?m), \\d+\\.\\d s$", ", #.# s");
    }
}
