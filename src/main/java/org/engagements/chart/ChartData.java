package org.engagements.chart;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.engagements.analysis.AnalysisColumns;
import org.engagements.data.Schema;
import org.engagements.data.csv.CsvWriter;
import org.engagements.display.SavedFiles;
import org.knowm.xchart.internal.chartpart.Chart;
import tech.tablesaw.api.Table;

/**
 * The numbers a chart draws, as a reader can check them: one row per bar, heat-map cell, timeline mark
 * or map circle, in the order drawn, each with the number drawn and the ids of the engagements behind
 * it. Every chart of this package carries one ({@link #find}); {@code save} and {@code charts} write it
 * as {@code NAME.csv} beside the images. Immutable, apart from the tables it keeps to list the
 * engagements ({@link Behind}), which it never changes.
 *
 * @param columns the columns before {@code engagements} and {@code engagement_ids}, such as {@code venue}
 * @param rows    the rows, in the order the chart draws them
 * @param behind  the tables the engagements and their quotes are looked up in
 * @param savedFiles the names of the data files last written of it, in the charts folder; none before
 */
public record ChartData(List<String> columns, List<Row> rows, Behind behind, List<String> savedFiles) {
    /** The number drawn: engagements (the same name as the analyses' column). */
    public static final String ENGAGEMENTS = AnalysisColumns.ENGAGEMENTS;
    /** The ids of the engagements behind the number, separated by {@link Schema#LIST_SEPARATOR}. */
    public static final String ENGAGEMENT_IDS = "engagement_ids";

    public ChartData {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        savedFiles = List.copyOf(savedFiles);
        Objects.requireNonNull(behind, "behind");
        for (Row row : rows) {
            if (row.values().size() != columns.size()) {
                throw new IllegalArgumentException("a row of " + row.values().size() + " values for columns " + columns
                        + " (our bug)");
            }
        }
    }

    /**
     * One bar, cell, mark or circle.
     *
     * @param values      the values of {@link ChartData#columns}, as text
     * @param engagements the number drawn
     * @param ids         the engagements counted in it, sorted; as many as {@code engagements}
     */
    public record Row(List<String> values, int engagements, List<String> ids) {
        public Row {
            values = List.copyOf(values);
            // the ids of our charts come sorted, from the engagements' ranks: a million need no String sort
            ids = ids instanceof EngagementIds.Sorted ? ids : ids.stream().sorted().toList();
        }

        /** A row whose number is the count of its ids. */
        public static Row of(List<String> values, List<String> ids) {
            return new Row(values, ids.size(), ids);
        }
    }

    /**
     * Where the engagements of a chart are described: the engagements table it was drawn from and, when
     * the chart was built from a {@code Dataset}, its articles and the mentions of the engagements the
     * chart's page lists (for the quotes; {@code Dataset.mentions()} has them all).
     */
    public record Behind(Table engagements, Optional<Table> mentions, Optional<Table> articles) {
        public Behind {
            Objects.requireNonNull(engagements, "engagements");
            Objects.requireNonNull(mentions, "mentions");
            Objects.requireNonNull(articles, "articles");
        }

        /** Engagements alone, without quotes. */
        public static Behind of(Table engagements) {
            return new Behind(engagements, Optional.empty(), Optional.empty());
        }
    }

    /** The chart's data, when it is one of ours; empty for a chart built straight from XChart. */
    public static Optional<ChartData> find(Chart<?, ?> chart) {
        return chart instanceof DataChart data ? Optional.ofNullable(data.data()) : Optional.empty();
    }

    /** Data not saved yet. */
    public ChartData(List<String> columns, List<Row> rows, Behind behind) {
        this(columns, rows, behind, List.of());
    }

    /** A copy whose engagements are looked up in {@code behind} (for example with quotes added). */
    public ChartData with(Behind other) {
        return new ChartData(columns, rows, other, savedFiles);
    }

    /** A copy that remembers it was saved as {@code files}. */
    public ChartData withSavedFiles(List<String> files) {
        return new ChartData(columns, rows, behind, files);
    }

    /** The sum of the numbers drawn. */
    public int total() {
        return rows.stream().mapToInt(Row::engagements).sum();
    }

    /** Every engagement behind some row, sorted, once each. */
    public List<String> ids() {
        return rows.stream().flatMap(row -> row.ids().stream()).distinct().sorted().toList();
    }

    /** The header: the columns, then {@code engagements} and {@code engagement_ids}. */
    public List<String> header() {
        List<String> header = new ArrayList<>(columns);
        header.add(ENGAGEMENTS);
        header.add(ENGAGEMENT_IDS);
        return header;
    }

    /**
     * The CSV file: RFC 4180 as the data files are written (UTF-8, LF, quoted only when needed), the
     * header then one record per row. The same data always gives the same bytes.
     */
    public byte[] csv() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            writeCsv(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write CSV in memory", e);
        }
        return bytes.toByteArray();
    }

    /**
     * Writes {@link #csv()} to {@code out}, record by record: a row of a million ids is joined into
     * the buffer as it is written, not into a String of its own first.
     */
    public void writeCsv(OutputStream out) throws IOException {
        OutputStream bytes = new BufferedOutputStream(out, 1 << 16);
        StringBuilder record = new StringBuilder();
        CsvWriter.record(record, header());
        bytes.write(record.toString().getBytes(StandardCharsets.UTF_8));
        for (Row row : rows) {
            record.setLength(0);
            List<String> fields = new ArrayList<>(row.values());
            fields.add(Integer.toString(row.engagements()));
            fields.add("");
            CsvWriter.record(record, fields);
            record.setLength(record.length() - 1);   // the empty last field and its LF: the ids go there
            bytes.write(record.toString().getBytes(StandardCharsets.UTF_8));
            writeIds(bytes, row.ids());
            bytes.write('\n');
        }
        bytes.flush();
    }

    private static final byte[] SEPARATOR = Schema.LIST_SEPARATOR.getBytes(StandardCharsets.UTF_8);

    /** The ids joined by {@link Schema#LIST_SEPARATOR}, as one CSV field: quoted only when one needs it. */
    private static void writeIds(OutputStream out, List<String> ids) throws IOException {
        if (ids instanceof EngagementIds.Sorted sorted && sorted.plain()) {   // the separator never needs quotes
            sorted.writeJoined(SEPARATOR, out);
            return;
        }
        out.write(CsvWriter.field(String.join(Schema.LIST_SEPARATOR, ids)).getBytes(StandardCharsets.UTF_8));
    }

    /** A chart of this package: it keeps the data it draws, and its display links the files saved of it. */
    interface DataChart extends SavedFiles {
        /** The numbers drawn; null only while the factory is still building the chart. */
        ChartData data();

        /** Keeps the numbers drawn; the factory that builds the chart calls it once, or twice to add quotes. */
        void setData(ChartData data);

        @Override
        default List<String> savedFiles() {
            return data() == null ? List.of() : data().savedFiles();
        }
    }
}
