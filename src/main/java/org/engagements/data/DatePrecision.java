package org.engagements.data;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * How precisely the articles date an engagement. {@code date_start} and {@code date_end} are the
 * bounds the articles support; the precision says how coarse those bounds are, and caps their span:
 * a date known to the month spans that month.
 */
public enum DatePrecision {
    DAY(7), WEEK(7), MONTH(31), SEASON(92), QUARTER(92), YEAR(366);

    /**
     * The longest span, in days counting both ends, that bounds of this precision may cover. A
     * multi-day meeting with exact days (two days of talks) has precision day and spans up to a week.
     */
    private final int maxSpanDays;

    DatePrecision(int maxSpanDays) {
        this.maxSpanDays = maxSpanDays;
    }

    public int maxSpanDays() {
        return maxSpanDays;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<DatePrecision> find(String code) {
        return Arrays.stream(values()).filter(p -> p.code().equals(code)).findFirst();
    }
}
