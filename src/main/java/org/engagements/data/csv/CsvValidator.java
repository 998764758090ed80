package org.engagements.data.csv;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.engagements.core.StrictText;
import org.engagements.data.DataFolder;
import org.engagements.data.Problem;
import org.engagements.data.Problems;
import org.engagements.data.Schema;

/**
 * Reads one CSV file of the dataset and checks what can be checked inside it: the header, the field
 * count of every row and every cell against its column's type. Failures are the user's, reported as
 * {@link Problem}s; rows are kept only when their field count is right. The file is streamed: records
 * are checked and stored by column as they are read, never held as one text. A UTF-8 byte-order mark,
 * which Excel writes, is skipped; CRLF line ends are read as LF.
 */
public final class CsvValidator {
    private CsvValidator() {
    }

    public static CsvTable read(DataFolder folder, Schema.CsvFile schema, Problems problems) {
        String file = folder.display(schema.fileName());
        Path path = folder.resolve(schema.fileName());
        Optional<String> unusable = TextFile.unusable(path, Long.MAX_VALUE);
        if (unusable.isPresent()) {
            problems.add(Problem.inFile(file, unusable.get()));
            return CsvTable.unusable(schema, file);
        }
        Problems found = new Problems();
        Rows rows = new Rows(schema, file, found);
        int skipped = 0;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(path), 1 << 16)) {
            in.mark(3);
            byte[] head = in.readNBytes(3);
            Optional<Problem> utf16 = TextFile.utf16(head, file);
            if (utf16.isPresent()) {
                problems.add(utf16.get());
                return CsvTable.unusable(schema, file);
            }
            if (StrictText.startsWithBom(head)) {
                skipped = head.length;   // Excel's "CSV UTF-8" starts with a byte-order mark: skip it
            } else {
                in.reset();
            }
            CsvReader.read(new Utf8Input(in), file, found, rows);
        } catch (UncheckedIOException e) {
            return unreadable(path, file, e.getCause(), skipped, problems);
        } catch (IOException e) {
            return unreadable(path, file, e, skipped, problems);
        }
        problems.addAll(found);
        return rows.table();
    }

    /** A file that failed while being read: not UTF-8 (with where), or an I/O error. */
    private static CsvTable unreadable(Path path, String file, IOException e, int skipped, Problems problems) {
        Schema.CsvFile schema = Schema.CSV_FILES.stream()
                .filter(f -> path.getFileName().toString().equals(f.fileName())).findFirst().orElseThrow();
        if (e instanceof Utf8Input.Malformed malformed) {
            long offset = malformed.offset + skipped;
            int line;
            try {
                line = Utf8Input.lineAt(path, offset);
            } catch (IOException again) {
                line = 1;
            }
            problems.add(Problem.atLine(file, line, String.format(
                    "UTF-8 text, found byte 0x%02X at byte offset %d", malformed.value, offset)));
        } else {
            problems.add(Problem.inFile(file, "a readable file (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")"));
        }
        return CsvTable.unusable(schema, file);
    }

    /** The records of one file as they stream in: the header checked, then each row checked and kept. */
    private static final class Rows implements CsvReader.Sink {
        private final Schema.CsvFile schema;
        private final String file;
        private final Problems problems;
        private final CsvTable.Builder table;
        private final ColumnCells[] cells;
        private final String[] row;
        private final BitSet invalid = new BitSet();
        private boolean headerSeen;
        private boolean headerOk;

        Rows(Schema.CsvFile schema, String file, Problems problems) {
            this.schema = schema;
            this.file = file;
            this.problems = problems;
            this.table = new CsvTable.Builder(schema, file);
            this.cells = schema.columns().stream().map(ColumnCells::new).toArray(ColumnCells[]::new);
            this.row = new String[schema.columns().size()];
        }

        @Override
        public void record(int line, CsvFields fields) {
            if (!headerSeen) {
                headerSeen = true;
                headerOk = headerMatches(new CsvRecord(line, fields.toList()), schema, file, problems);
            } else if (headerOk) {
                row(line, fields);
            }
        }

        private void row(int line, CsvFields fields) {
            int width = row.length;
            if (fields.size() != width) {
                int count = fields.size();
                boolean blank = count == 1 && fields.isEmpty(0);
                String found = blank ? "an empty line" : count + (count == 1 ? " field" : " fields");
                problems.add(Problem.atLine(file, line, width + " fields as in the header, found " + found));
                table.drop(fields.get(0));
                return;
            }
            invalid.clear();
            for (int i = 0; i < width; i++) {
                ColumnCells column = cells[i];
                var cell = column.cell(fields, i);
                String value = ColumnCells.value(cell);
                row[i] = value;
                String expected = ColumnCells.expected(cell);
                if (expected != null) {
                    invalid.set(i);
                    problems.add(Problem.inCell(file, line, column.name(), value, expected));
                }
            }
            table.add(line, row, invalid);
        }

        CsvTable table() {
            return headerOk ? table.build() : CsvTable.unusable(schema, file);
        }
    }

    /** Reports missing, extra and misordered header columns; true when the header is exactly right. */
    static boolean headerMatches(CsvRecord header, Schema.CsvFile schema, String file, Problems problems) {
        List<String> expected = schema.headers();
        List<String> found = header.fields();
        if (found.equals(expected)) {
            return true;
        }
        String rule = "; the header must be " + String.join(",", expected);
        for (String name : expected) {
            if (!found.contains(name)) {
                problems.add(Problem.inCell(file, header.line(), "header", null,
                        "a column " + Problem.quote(name) + rule));
            }
        }
        Set<String> seen = new HashSet<>();
        for (String name : found) {
            if (!expected.contains(name) || !seen.add(name)) {
                problems.add(Problem.inCell(file, header.line(), "header", name, "no such column" + rule));
            }
        }
        if (found.size() == expected.size() && new HashSet<>(found).equals(new HashSet<>(expected))) {
            reportOrder(header, expected, file, problems);
        }
        return false;
    }

    private static void reportOrder(CsvRecord header, List<String> expected, String file, Problems problems) {
        for (int i = 0; i < expected.size(); i++) {
            if (!expected.get(i).equals(header.fields().get(i))) {
                problems.add(Problem.inCell(file, header.line(), "header", header.fields().get(i),
                        "column " + Problem.quote(expected.get(i)) + " at position " + (i + 1)
                                + "; the header must be " + String.join(",", expected)));
                return;
            }
        }
    }
}
