package org.engagements.data.csv;

import java.nio.file.Path;
import java.util.List;
import org.engagements.core.EngagementsException;
import org.engagements.data.Problems;

/**
 * Strict reading of a text file outside the data folder (an article to ingest, a metadata file), with
 * the same rules and messages as the data files: UTF-8 without a byte-order mark, not empty, at most
 * 16 MB.
 */
public final class TextFiles {
    private TextFiles() {
    }

    /**
     * The text of a file.
     *
     * @param shownAs the file as messages name it
     * @throws EngagementsException naming the file, compiler style, when it cannot be read as UTF-8 text
     */
    public static String require(Path file, String shownAs) {
        Problems problems = new Problems();
        return TextFile.read(file, shownAs, problems).orElseThrow(() -> new EngagementsException(
                String.join(System.lineSeparator(), Problems.lines(problems.sorted()))));
    }

    /**
     * The records of a CSV file (RFC 4180, as the data files), each with the line it starts on; the first
     * record is the header.
     *
     * @throws EngagementsException listing every problem when the file cannot be read or parsed
     */
    public static List<CsvLine> requireCsv(Path file, String shownAs) {
        Problems problems = new Problems();
        String text = TextFile.read(file, shownAs, problems, true).orElseThrow(() -> new EngagementsException(
                String.join(System.lineSeparator(), Problems.lines(problems.sorted()))));
        List<CsvRecord> records = CsvReader.read(text, shownAs, problems);
        if (problems.count() > 0) {
            throw new EngagementsException(String.join(System.lineSeparator(), Problems.lines(problems.sorted())));
        }
        return records.stream().filter(r -> !r.blank()).map(r -> new CsvLine(r.line(), r.fields())).toList();
    }

    /** One CSV record: the line it starts on and its fields. */
    public record CsvLine(int line, List<String> fields) {
        public CsvLine {
            fields = List.copyOf(fields);
        }
    }
}
