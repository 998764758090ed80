package org.engagements.ingest.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import org.engagements.data.DatePrecision;

/** Calendar arithmetic for resolving time expressions: picking the March before or after, weeks, seasons. */
final class Periods {
    /** How an expression anchors a recurring period: the one before, after, nearest, or explicitly. */
    enum Anchor {
        LAST, NEXT, THIS, BY_TENSE
    }

    private Periods() {
    }

    /** The month {@code month} nearest the publication month in the direction the anchor and tense give. */
    static YearMonth month(Month month, LocalDate published, Anchor anchor, Tense tense) {
        YearMonth now = YearMonth.from(published);
        YearMonth same = YearMonth.of(published.getYear(), month);
        return switch (anchor) {
            case LAST -> same.isBefore(now) ? same : same.minusYears(1);
            case NEXT -> same.isAfter(now) ? same : same.plusYears(1);
            case THIS -> same;
            case BY_TENSE -> switch (tense) {
                case PAST -> same.isAfter(now) ? same.minusYears(1) : same;
                case FUTURE -> same.isBefore(now) ? same.plusYears(1) : same;
                case UNKNOWN -> nearest(same, now);
            };
        };
    }

    private static YearMonth nearest(YearMonth same, YearMonth now) {
        YearMonth best = same;
        for (YearMonth option : new YearMonth[] {same.minusYears(1), same.plusYears(1)}) {
            if (distance(option, now) < distance(best, now)) {
                best = option;
            }
        }
        return best;
    }

    private static long distance(YearMonth a, YearMonth b) {
        return Math.abs(a.getYear() * 12L + a.getMonthValue() - (b.getYear() * 12L + b.getMonthValue()));
    }

    /** A day given without a year: this year's, or the year before or after by tense. */
    static LocalDate monthDay(MonthDay day, LocalDate published, Tense tense) {
        LocalDate same = day.atYear(published.getYear());
        LocalDate before = same.isAfter(published) ? day.atYear(published.getYear() - 1) : same;
        LocalDate after = same.isBefore(published) ? day.atYear(published.getYear() + 1) : same;
        return switch (tense) {
            case PAST -> before;
            case FUTURE -> after;
            case UNKNOWN -> published.toEpochDay() - before.toEpochDay() <= after.toEpochDay() - published.toEpochDay()
                    ? before : after;
        };
    }

    /** A named weekday: the one on or before, on or after, or the nearer of the two. */
    static LocalDate weekday(DayOfWeek day, LocalDate published, Anchor anchor, Tense tense) {
        LocalDate before = published.with(TemporalAdjusters.previousOrSame(day));
        LocalDate after = published.with(TemporalAdjusters.nextOrSame(day));
        return switch (anchor) {
            case LAST -> published.with(TemporalAdjusters.previous(day));
            case NEXT -> published.with(TemporalAdjusters.next(day));
            case THIS -> weekStart(published).with(TemporalAdjusters.nextOrSame(day));
            case BY_TENSE -> switch (tense) {
                case PAST -> before;
                case FUTURE -> after;
                case UNKNOWN -> published.toEpochDay() - before.toEpochDay()
                        <= after.toEpochDay() - published.toEpochDay() ? before : after;
            };
        };
    }

    /**
     * One window for two dates offered as alternatives ("in September or in November"): from the first day
     * either allows to the last, as coarse as the coarser of them or as the window's length makes it.
     */
    static TemporalExpression either(TemporalExpression a, TemporalExpression b) {
        LocalDate start = a.start().isBefore(b.start()) ? a.start() : b.start();
        LocalDate end = a.end().isAfter(b.end()) ? a.end() : b.end();
        long days = java.time.temporal.ChronoUnit.DAYS.between(start, end) + 1;
        DatePrecision precision = a.precision().compareTo(b.precision()) >= 0 ? a.precision() : b.precision();
        for (DatePrecision coarser : DatePrecision.values()) {
            if (coarser.compareTo(precision) >= 0 && coarser != DatePrecision.SEASON && days <= coarser.maxSpanDays()
                    || coarser == DatePrecision.YEAR) {
                precision = coarser;
                break;
            }
        }
        return new TemporalExpression(a.text() + " or " + b.text(), start, end, precision, true, "");
    }

    /** The Monday starting the week of a day. */
    static LocalDate weekStart(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** Meteorological seasons (northern hemisphere): spring is March to May, winter December to February. */
    enum Season {
        WINTER(Month.DECEMBER), SPRING(Month.MARCH), SUMMER(Month.JUNE), AUTUMN(Month.SEPTEMBER);

        private final Month first;

        Season(Month first) {
            this.first = first;
        }

        static Season parse(String word) {
            return word.equalsIgnoreCase("fall") ? AUTUMN : valueOf(word.toUpperCase(java.util.Locale.ROOT));
        }

        /** The season's first month in a given year (winter starts in December of that year). */
        YearMonth start(int year) {
            return YearMonth.of(year, first);
        }
    }

    /** The first month of the season instance containing a day. */
    static YearMonth seasonStartOf(LocalDate day) {
        int month = day.getMonthValue();
        if (month == 12) {
            return YearMonth.of(day.getYear(), 12);
        }
        if (month <= 2) {
            return YearMonth.of(day.getYear() - 1, 12);
        }
        return YearMonth.of(day.getYear(), month / 3 * 3);
    }

    /** The instance of a season chosen by anchor and tense, as its first month. */
    static YearMonth season(Season season, LocalDate published, Anchor anchor, Tense tense) {
        YearMonth current = seasonStartOf(published);
        YearMonth same = season.start(current.getYear());
        YearMonth before = same.isAfter(current) ? same.minusYears(1) : same;
        YearMonth after = same.isBefore(current) ? same.plusYears(1) : same;
        return switch (anchor) {
            case LAST -> before.equals(current) ? before.minusYears(1) : before;
            case NEXT -> after.equals(current) ? after.plusYears(1) : after;
            case THIS -> current.equals(before) ? before : after;
            case BY_TENSE -> before.equals(current) ? current
                    : tense == Tense.PAST ? before : tense == Tense.FUTURE ? after : nearest(before, after, current);
        };
    }

    private static YearMonth nearest(YearMonth before, YearMonth after, YearMonth now) {
        return distance(before, now) <= distance(after, now) ? before : after;
    }
}
