package org.engagements.analysis;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The calendar periods engagements are counted in: month, quarter or year. (Not called {@code Period},
 * which would clash with {@code java.time.Period} in every notebook that imports {@code java.time.*}.)
 */
public enum Granularity {
    MONTH, QUARTER, YEAR;

    /** The first day of the period containing {@code day}. */
    public LocalDate start(LocalDate day) {
        return switch (this) {
            case MONTH -> day.withDayOfMonth(1);
            case QUARTER -> LocalDate.of(day.getYear(), (day.getMonthValue() - 1) / 3 * 3 + 1, 1);
            case YEAR -> LocalDate.of(day.getYear(), 1, 1);
        };
    }

    /** The first day of the period after the one starting on {@code start}. */
    public LocalDate next(LocalDate start) {
        return switch (this) {
            case MONTH -> start.plusMonths(1);
            case QUARTER -> start.plusMonths(3);
            case YEAR -> start.plusYears(1);
        };
    }

    /**
     * The period's label: {@code 2024-03}, {@code 2024-Q2} or {@code 2024}. (Tablesaw's
     * {@code yearQuarter()} would print the second quarter as {@code 2024-02}, which reads as a month.)
     */
    public String label(LocalDate day) {
        return switch (this) {
            case MONTH -> String.format(Locale.ROOT, "%04d-%02d", day.getYear(), day.getMonthValue());
            case QUARTER -> String.format(Locale.ROOT, "%04d-Q%d", day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
            case YEAR -> String.format(Locale.ROOT, "%04d", day.getYear());
        };
    }

    /** The starts of every period from the one containing {@code first} to the one containing {@code last}. */
    public List<LocalDate> starts(LocalDate first, LocalDate last) {
        List<LocalDate> starts = new ArrayList<>();
        for (LocalDate s = start(first); !s.isAfter(last); s = next(s)) {
            starts.add(s);
        }
        return starts;
    }

    /**
     * The finest period that splits {@code first..last} into at most {@code maxPeriods} periods (year
     * when even years are more than that): how charts pick their bars when the span is long.
     */
    public static Granularity choose(LocalDate first, LocalDate last, int maxPeriods) {
        for (Granularity p : values()) {
            long count = ChronoUnit.MONTHS.between(p.start(first), p.start(last)) / p.months() + 1;
            if (count <= maxPeriods) {
                return p;
            }
        }
        return YEAR;
    }

    /** The period containing the given month, numbered so that consecutive periods differ by one. */
    int number(int year, int month) {
        return (year * 12 + month - 1) / months();
    }

    private int months() {
        return switch (this) {
            case MONTH -> 1;
            case QUARTER -> 3;
            case YEAR -> 12;
        };
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
