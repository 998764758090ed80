package org.engagements.chart;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import org.knowm.xchart.XYChart;

/**
 * A calendar axis for XY charts, labelled on calendar boundaries (XChart's own date axis places ticks
 * at multiples of 365 days from 1970, so its "years" drift off 1 January). Long spans are measured in
 * years (ticks labelled {@code 2021}), short ones in months (ticks labelled {@code 2021-03}).
 */
record TimeAxis(boolean inYears) {
    /** Spans at least this long are measured in years. */
    static final int YEARS_FROM_MONTHS = 30;
    /** A lower bound of the plot's width in a report chart, in logical pixels. */
    private static final double PLOT_WIDTH = ReportTheme.WIDTH - 300;

    static TimeAxis of(LocalDate first, LocalDate last) {
        return new TimeAxis(ChronoUnit.MONTHS.between(first, last) >= YEARS_FROM_MONTHS);
    }

    /** The axis value of a day: fractional years or fractional months since year 0. */
    double x(LocalDate day) {
        if (inYears) {
            return day.getYear() + (day.getDayOfYear() - 1) / (double) day.lengthOfYear();
        }
        return day.getYear() * 12.0 + day.getMonthValue() - 1 + (day.getDayOfMonth() - 1) / (double) day.lengthOfMonth();
    }

    /**
     * The label of a tick: a year or a month on a whole value. Ticks only fall on whole values (see
     * {@link #apply}); XChart also formats the axis ends to check that labels differ, so any other value
     * gets its own precise label, {@code 2021-03-15}.
     */
    String label(double value) {
        long whole = Math.round(value);
        if (Math.abs(value - whole) > 1e-6) {
            return day(value).toString();
        }
        return inYears ? Long.toString(whole)
                : String.format(Locale.ROOT, "%04d-%02d", Math.floorDiv(whole, 12), Math.floorMod(whole, 12) + 1);
    }

    /** The day an axis value falls on. */
    LocalDate day(double value) {
        if (inYears) {
            int year = (int) Math.floor(value);
            LocalDate jan1 = LocalDate.of(year, 1, 1);
            return jan1.plusDays((long) Math.floor((value - year) * jan1.lengthOfYear()));
        }
        long month = (long) Math.floor(value);
        LocalDate first = LocalDate.of((int) Math.floorDiv(month, 12), Math.floorMod(month, 12) + 1, 1);
        return first.plusDays((long) Math.floor((value - month) * first.lengthOfMonth()));
    }

    /** Sets the axis range {@code first - pad .. last + pad} and the tick labels on the chart. */
    void apply(XYChart chart, LocalDate from, LocalDate to) {
        var s = chart.getStyler();
        s.setXAxisMin(x(from));
        s.setXAxisMax(x(to));
        // XChart picks the finest 1-2-5 step whose ticks are about this far apart: asking for a bit
        // less than one unit's width keeps every tick on a whole year or month.
        double units = x(to) - x(from);
        s.setXAxisTickMarkSpacingHint((int) Math.max(70, 0.8 * PLOT_WIDTH / units));
        chart.setCustomXAxisTickLabelsFormatter(this::label);
    }
}
