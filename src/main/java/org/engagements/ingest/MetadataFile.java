package org.engagements.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.engagements.core.FileNames;
import org.engagements.data.csv.TextFiles;

/**
 * A folder of articles to ingest: {@code .txt} files plus {@code metadata.csv} with the columns
 * {@code file,published,outlet,title,url} (title and url may be empty). Every text file needs a row and
 * every row a file; the rows give the order of ingestion.
 */
public final class MetadataFile {
    public static final String NAME = "metadata.csv";
    static final List<String> HEADER = List.of("file", "published", "outlet", "title", "url");

    private MetadataFile() {
    }

    /** One row: the file name inside the folder and its metadata. */
    public record Entry(String file, ArticleReader.Metadata metadata) {
    }

    /**
     * The folder's entries in file order.
     *
     * @throws IngestException naming the file and line of the first rows that do not fit
     */
    public static List<Entry> read(Path folder, String shownAs) {
        String shown = shownAs + "/" + NAME;
        List<TextFiles.CsvLine> lines = TextFiles.requireCsv(folder.resolve(NAME), shown);
        if (lines.isEmpty() || !lines.get(0).fields().equals(HEADER)) {
            throw new IngestException(shown + ":1: expected the header " + String.join(",", HEADER));
        }
        List<Entry> entries = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (TextFiles.CsvLine line : lines.subList(1, lines.size())) {
            entry(folder, shown, line, problems).ifPresent(entries::add);
        }
        unlisted(folder, shownAs, lines.subList(1, lines.size()), problems);
        if (!problems.isEmpty()) {
            throw new IngestException(String.join(System.lineSeparator(), problems));
        }
        return entries;
    }

    private static java.util.Optional<Entry> entry(Path folder, String shown, TextFiles.CsvLine line,
                                                   List<String> problems) {
        String where = shown + ":" + line.line() + ": ";
        List<String> f = line.fields();
        if (f.size() != HEADER.size()) {
            problems.add(where + "expected " + HEADER.size() + " fields as in the header, found " + f.size());
            return java.util.Optional.empty();
        }
        if (FileNames.whyUnsafe(f.get(0)).isPresent() || !Files.isRegularFile(folder.resolve(f.get(0)))) {
            problems.add(where + "file \"" + f.get(0) + "\": expected a file name in the folder");
            return java.util.Optional.empty();
        }
        try {
            LocalDate published = LocalDate.parse(f.get(1));
            return java.util.Optional.of(new Entry(f.get(0), new ArticleReader.Metadata(published, f.get(2), f.get(3),
                    f.get(4), "stated: given in " + NAME + " when ingested")));
        } catch (DateTimeParseException e) {
            problems.add(where + "published \"" + f.get(1) + "\": expected a date yyyy-MM-dd");
            return java.util.Optional.empty();
        }
    }

    private static void unlisted(Path folder, String shownAs, List<TextFiles.CsvLine> rows, List<String> problems) {
        Set<String> listed = new TreeSet<>();
        rows.stream().filter(r -> !r.fields().isEmpty()).forEach(r -> listed.add(r.fields().get(0)));
        try (Stream<Path> files = Files.list(folder)) {
            files.map(p -> p.getFileName().toString()).filter(n -> n.toLowerCase(Locale.ROOT).endsWith(".txt"))
                    .sorted().filter(n -> !listed.contains(n))
                    .forEach(n -> problems.add(shownAs + "/" + n + ": expected a row in " + NAME));
        } catch (IOException e) {
            problems.add(shownAs + ": expected a readable folder (" + e.getMessage() + ")");
        }
    }
}
