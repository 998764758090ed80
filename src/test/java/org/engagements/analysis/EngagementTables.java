package org.engagements.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.engagements.data.Schema;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Builds small tables with the loader's columns and types, by hand, for tests: an engagements table
 * from {@link Row}s with sensible defaults, and the people, places and issues vocabulary tables.
 */
public final class EngagementTables {
    private final List<Row> rows = new ArrayList<>();

    /** One engagements row; every field defaults to a plausible value, set only what a test needs. */
    public static final class Row {
        String id;
        String title = "";
        LocalDate start;
        LocalDate end;
        String precision = "day";
        String status = "held";
        String mode = "visit";
        String hostSide = "CN";
        String level = "cabinet";
        String us = "";
        String cn = "";
        String venue = "";
        String issues = "";

        public Row(String id, String start) {
            this.id = id;
            this.start = LocalDate.parse(start);
            this.end = this.start;
        }

        public Row end(String day) { end = LocalDate.parse(day); return this; }
        public Row title(String text) { title = text; return this; }
        public Row status(String code) { status = code; return this; }
        public Row mode(String code) { mode = code; return this; }
        public Row host(String code) { hostSide = code; return this; }
        public Row level(String code) { level = code; return this; }
        public Row us(String ids) { us = ids; return this; }
        public Row cn(String ids) { cn = ids; return this; }
        public Row venue(String id) { venue = id; return this; }
        public Row issues(String ids) { issues = ids; return this; }
        public Row precision(String code) { precision = code; return this; }
    }

    public static Row row(String id, String start) {
        return new Row(id, start);
    }

    public EngagementTables add(Row row) {
        rows.add(row);
        return this;
    }

    /** The engagements table: every column of {@link Schema#ENGAGEMENTS}, dates as date columns. */
    public Table engagements() {
        Table t = Table.create("engagements");
        for (String name : Schema.ENGAGEMENTS.headers()) {
            Column<?> column = name.equals(Schema.DATE_START) || name.equals(Schema.DATE_END)
                    ? DateColumn.create(name) : StringColumn.create(name);
            t.addColumns(column);
        }
        for (Row r : rows) {
            t.stringColumn(Schema.ID).append(r.id);
            t.stringColumn(Schema.TITLE).append(r.title.isEmpty() ? "Engagement " + r.id : r.title);
            t.dateColumn(Schema.DATE_START).append(r.start);
            t.dateColumn(Schema.DATE_END).append(r.end);
            t.stringColumn(Schema.DATE_PRECISION).append(r.precision);
            t.stringColumn(Schema.STATUS).append(r.status);
            t.stringColumn(Schema.MODE).append(r.mode);
            t.stringColumn(Schema.HOST_SIDE).append(r.hostSide);
            t.stringColumn(Schema.LEVEL).append(r.level);
            t.stringColumn(Schema.US_PARTICIPANTS).append(r.us);
            t.stringColumn(Schema.CN_PARTICIPANTS).append(r.cn);
            t.stringColumn(Schema.VENUE).append(r.venue);
            t.stringColumn(Schema.OCCASION).append("");
            t.stringColumn(Schema.ISSUES).append(r.issues);
            t.stringColumn(Schema.NOTES).append("");
        }
        return t;
    }

    /** people(id, name, country, level) from rows of four strings. */
    public static Table people(String[]... rows) {
        Table t = Table.create("people", StringColumn.create(Schema.ID), StringColumn.create(Schema.NAME),
                StringColumn.create(Schema.COUNTRY), StringColumn.create(Schema.LEVEL));
        for (String[] r : rows) {
            for (int c = 0; c < 4; c++) {
                t.stringColumn(c).append(r[c]);
            }
        }
        return t;
    }

    /** places(id, city, country, latitude, longitude). */
    public static Table places(Object[]... rows) {
        Table t = Table.create("places", StringColumn.create(Schema.ID), StringColumn.create(Schema.CITY),
                StringColumn.create(Schema.COUNTRY), DoubleColumn.create(Schema.LATITUDE),
                DoubleColumn.create(Schema.LONGITUDE));
        for (Object[] r : rows) {
            t.stringColumn(0).append((String) r[0]);
            t.stringColumn(1).append((String) r[1]);
            t.stringColumn(2).append((String) r[2]);
            t.doubleColumn(3).append(((Number) r[3]).doubleValue());
            t.doubleColumn(4).append(((Number) r[4]).doubleValue());
        }
        return t;
    }

    /** issues(id, label, parent) from rows of three strings; parent "" at the top level. */
    public static Table issues(String[]... rows) {
        Table t = Table.create("issues", StringColumn.create(Schema.ID), StringColumn.create(Schema.LABEL),
                StringColumn.create(Schema.PARENT));
        for (String[] r : rows) {
            for (int c = 0; c < 3; c++) {
                t.stringColumn(c).append(r[c]);
            }
        }
        return t;
    }
}
