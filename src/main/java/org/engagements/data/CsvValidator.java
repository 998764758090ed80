package org.engagements.data;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads one CSV file of the dataset and checks what can be checked inside it: the header, the field
 * count of every row and every cell against its column's type. Failures are the user's, reported as
 * {@link Problem}s; rows are kept only when their field count is right.
 */
final class CsvValidator {
    private CsvValidator() {
    }

    static CsvTable read(DataFolder folder, Schema.CsvFile schema, Problems problems) {
        String file = folder.display(schema.fileName());
        Optional<String> text = TextFile.read(folder.resolve(schema.fileName()), file, problems);
        if (text.isEmpty()) {
            return CsvTable.unusable(schema, file);
        }
        List<CsvRecord> records = CsvReader.read(text.get(), file, problems);
        if (records.isEmpty() || !headerMatches(records.get(0), schema, file, problems)) {
            return CsvTable.unusable(schema, file);
        }
        List<CsvRow> rows = new ArrayList<>();
        Set<String> droppedIds = new HashSet<>();
        for (CsvRecord record : records.subList(1, records.size())) {
            row(record, schema, file, problems)
                    .ifPresentOrElse(rows::add, () -> droppedIds.add(record.fields().get(0)));
        }
        return new CsvTable(schema, file, rows, droppedIds, true);
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

    private static Optional<CsvRow> row(CsvRecord record, Schema.CsvFile schema, String file, Problems problems) {
        int width = schema.columns().size();
        if (record.fields().size() != width) {
            int count = record.fields().size();
            String found = record.blank() ? "an empty line" : count + (count == 1 ? " field" : " fields");
            problems.add(Problem.atLine(file, record.line(), width + " fields as in the header, found " + found));
            return Optional.empty();
        }
        Map<String, String> cells = new HashMap<>();
        Set<String> invalid = new HashSet<>();
        for (int i = 0; i < width; i++) {
            Schema.Column column = schema.columns().get(i);
            String value = record.fields().get(i);
            cells.put(column.name(), value);
            Optional<String> expected = CellValidator.check(column, value);
            if (expected.isPresent()) {
                invalid.add(column.name());
                problems.add(Problem.inCell(file, record.line(), column.name(), value, expected.get()));
            }
        }
        return Optional.of(new CsvRow(record.line(), cells, invalid));
    }
}
