package org.engagements.analysis;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.engagements.data.Level;
import org.engagements.data.Schema;
import org.engagements.data.Status;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;
import tech.tablesaw.selection.BitmapBackedSelection;
import tech.tablesaw.selection.Selection;

/**
 * Row filters for the engagements table, as notebooks use them with parameters (a date range, a set of
 * statuses, or a status parameter's {@code "all"} or name). Each {@code Table} method returns a new table
 * (or, for {@code "all"}, its input) and leaves its input alone; each {@code Selection} method composes
 * with Tablesaw's {@code and}/{@code or}.
 */
public final class Filters {
    /** The status parameter's value for every status: {@link #withStatus(Table, String)}. */
    public static final String ALL = "all";

    private Filters() {
    }

    /**
     * Engagements whose {@code date_start} lies in {@code from..to}, both ends included. A null bound
     * is open: {@code between(t, null, to)} is everything up to {@code to}.
     */
    public static Table between(Table engagements, LocalDate from, LocalDate to) {
        return rows(engagements, dateStartBetween(engagements, from, to));
    }

    /** Engagements with one of the given statuses. */
    public static Table withStatus(Table engagements, Set<Status> statuses) {
        return rows(engagements, status(engagements, statuses));
    }

    /**
     * Engagements with the status a notebook parameter names: {@value #ALL} for every engagement (the
     * table itself), or a status such as {@code held}, in any case.
     *
     * @throws IllegalArgumentException naming the value and the valid ones, for anything else (the
     *         caller's mistake, usually a parameter's value)
     */
    public static Table withStatus(Table engagements, String status) {
        if (status.strip().equalsIgnoreCase(ALL)) {
            return engagements;
        }
        return withStatus(engagements, Set.of(requireStatus(status)));
    }

    /** The status {@code value} names, in any case; see {@link #withStatus(Table, String)}. */
    private static Status requireStatus(String value) {
        return Status.find(value.strip().toLowerCase(Locale.ROOT)).orElseThrow(() -> new IllegalArgumentException(
                "status \"" + value + "\": expected " + ALL + " or one of " + Arrays.stream(Status.values())
                        .map(Status::code).collect(Collectors.joining(", "))));
    }

    /** Engagements whose highest level is one of the given levels. */
    public static Table withLevel(Table engagements, Set<Level> levels) {
        return rows(engagements, level(engagements, levels));
    }

    /** Engagements that took place ({@link Status#HELD}). */
    public static Table held(Table engagements) {
        return withStatus(engagements, Set.of(Status.HELD));
    }

    /** Rows whose status is one of {@code statuses}. */
    public static Selection status(Table engagements, Status... statuses) {
        return status(engagements, Set.of(statuses));
    }

    /** Rows whose status is one of {@code statuses}. */
    public static Selection status(Table engagements, Collection<Status> statuses) {
        return engagements.stringColumn(Schema.STATUS)
                .isIn(statuses.stream().map(Status::code).collect(Collectors.toList()));
    }

    /** Rows whose level is one of {@code levels}. */
    public static Selection level(Table engagements, Collection<Level> levels) {
        return engagements.stringColumn(Schema.LEVEL)
                .isIn(levels.stream().map(Level::code).collect(Collectors.toList()));
    }

    /**
     * The selected rows as a new table of the same name and columns: {@code Table.where}, with the
     * columns copied side by side (the common pool's threads and the caller's). Copying a million-row
     * string column rebuilds its dictionary value by value, so the columns are the unit of work.
     */
    static Table rows(Table table, Selection selection) {
        int[] rows = selection.toArray();
        List<Column<?>> columns = table.columns().parallelStream()
                .<Column<?>>map(column -> column.subset(rows)).toList();
        return Table.create(table.name(), columns);
    }

    /** Rows whose {@code date_start} lies in {@code from..to} inclusive; null bounds are open; missing dates never match. */
    public static Selection dateStartBetween(Table engagements, LocalDate from, LocalDate to) {
        var dates = engagements.dateColumn(Schema.DATE_START);
        Selection selection = new BitmapBackedSelection();
        for (int row = 0; row < dates.size(); row++) {
            LocalDate day = dates.get(row);
            if (day != null && (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to))) {
                selection.add(row);
            }
        }
        return selection;
    }
}
