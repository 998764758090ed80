package org.engagements.cli;

import java.math.BigDecimal;
import java.time.Duration;
import picocli.CommandLine;

/**
 * Reads {@code --timeout SECONDS}, a cell's time limit, as a {@link Duration}: a plain decimal number of
 * seconds from one millisecond to one week. Anything else (a negative number, {@code NaN},
 * {@code Infinity}, {@code 1e10}, {@code 1e-300}) is refused before any work starts, with a message saying
 * what was expected, instead of overflowing or rounding to zero deep inside a run.
 */
final class CellTimeLimit {
    /** The longest limit: no cell runs a week, and Jupyter's Interrupt stops one sooner. */
    static final Duration LONGEST = Duration.ofDays(7);
    private static final BigDecimal MILLIS_PER_SECOND = BigDecimal.valueOf(1000);
    private static final String PLAIN_DECIMAL = "\\d{1,9}(\\.\\d{1,9})?";

    private CellTimeLimit() {
    }

    /** {@code run} and {@code report}: a limit is required. */
    static final class Positive implements CommandLine.ITypeConverter<Duration> {
        @Override
        public Duration convert(String value) {
            return parse(value, false);
        }
    }

    /** {@code kernel}: 0 stands for no limit ({@link #LONGEST}). */
    static final class ZeroForNone implements CommandLine.ITypeConverter<Duration> {
        @Override
        public Duration convert(String value) {
            return parse(value, true);
        }
    }

    static Duration parse(String value, boolean zeroForNone) {
        String trimmed = value.strip();
        String expected = zeroForNone
                ? "expected 0 (no limit) or a number of seconds from 0.001 to " + LONGEST.toSeconds()
                : "expected a number of seconds from 0.001 to " + LONGEST.toSeconds();
        if (!trimmed.matches(PLAIN_DECIMAL)) {
            throw new CommandLine.TypeConversionException(expected + ", such as 30 or 1.5; found \"" + value + "\"");
        }
        BigDecimal millis = new BigDecimal(trimmed).multiply(MILLIS_PER_SECOND);
        if (zeroForNone && millis.signum() == 0) {
            return LONGEST;
        }
        if (millis.compareTo(BigDecimal.ONE) < 0 || millis.compareTo(BigDecimal.valueOf(LONGEST.toMillis())) > 0) {
            throw new CommandLine.TypeConversionException(expected + "; found \"" + value + "\"");
        }
        return Duration.ofMillis(millis.longValue());
    }
}
