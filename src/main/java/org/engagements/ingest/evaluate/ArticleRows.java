package org.engagements.ingest.evaluate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.engagements.core.EngagementsException;
import org.engagements.core.FileNames;
import org.engagements.data.csv.TextFiles;

/**
 * Reads an evaluation set's {@code articles.csv} and the article texts it lists: every row names a text
 * file of {@code articles/}, and every text file there has a row.
 */
final class ArticleRows {
    static final String FILE = "articles.csv";
    static final String FOLDER = "articles";
    static final List<String> HEADER = List.of("id", "file", "outlet", "published", "published_basis", "title", "url");
    static final String ID_PATTERN = "[a-z0-9][a-z0-9-]*";

    private final Path folder;
    private final String shownAs;
    private final SetProblems problems;

    ArticleRows(Path folder, String shownAs, SetProblems problems) {
        this.folder = folder;
        this.shownAs = shownAs;
        this.problems = problems;
    }

    /** The rows that fit, in file order, with their texts by article id in {@code texts}. */
    List<SetArticle> read(Map<String, String> texts) {
        String shown = shownAs + "/" + FILE;
        List<TextFiles.CsvLine> lines = csv(folder.resolve(FILE), shown, problems);
        if (lines.isEmpty()) {
            return List.of();
        }
        if (!lines.get(0).fields().equals(HEADER)) {
            problems.line(shown, lines.get(0).line(), "the header " + String.join(",", HEADER));
            return List.of();
        }
        List<SetArticle> articles = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (TextFiles.CsvLine line : lines.subList(1, lines.size())) {
            SetArticle article = article(shown, line, ids);
            if (article != null) {
                articles.add(article);
                text(article).ifPresent(text -> texts.put(article.id(), text));
            }
        }
        unlisted(lines.subList(1, lines.size()));
        return articles;
    }

    /** The records of a CSV file, or none (with the problems noted) when it cannot be read. */
    static List<TextFiles.CsvLine> csv(Path file, String shown, SetProblems problems) {
        if (!Files.isRegularFile(file)) {
            problems.file(shown, "a CSV file; there is none");
            return List.of();
        }
        try {
            return TextFiles.requireCsv(file, shown);
        } catch (EngagementsException e) {
            e.getMessage().lines().forEach(problems::add);
            return List.of();
        }
    }

    private SetArticle article(String shown, TextFiles.CsvLine line, Set<String> ids) {
        List<String> f = line.fields();
        if (f.size() != HEADER.size()) {
            problems.line(shown, line.line(), HEADER.size() + " fields as in the header, found " + f.size());
            return null;
        }
        int before = problemCount();
        String id = f.get(0);
        if (!id.matches(ID_PATTERN)) {
            problems.cell(shown, line.line(), "id", id, "an id of lower-case letters, digits and hyphens");
        } else if (!ids.add(id)) {
            problems.cell(shown, line.line(), "id", id, "an id not used by an earlier row");
        }
        String file = f.get(1);
        if (FileNames.whyUnsafe(file).isPresent() || !Files.isRegularFile(folder.resolve(FOLDER).resolve(file))) {
            problems.cell(shown, line.line(), "file", file, "the name of a file in " + shownAs + "/" + FOLDER);
        }
        LocalDate published = date(shown, line.line(), "published", f.get(3));
        for (int i : new int[] {2, 4, 6}) {
            if (f.get(i).isBlank()) {
                problems.cell(shown, line.line(), HEADER.get(i), f.get(i), "a value (" + required(i) + ")");
            }
        }
        if (problemCount() > before || published == null) {
            return null;
        }
        return new SetArticle(id, file, f.get(2).strip(), published, f.get(4).strip(), f.get(5).strip(),
                f.get(6).strip(), line.line());
    }

    private static String required(int column) {
        return switch (column) {
            case 2 -> "the news outlet";
            case 4 -> "how the date is known: 'stated: …' or 'inferred: …'";
            default -> "the address the article was read at";
        };
    }

    private LocalDate date(String shown, int line, String column, String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            problems.cell(shown, line, column, value, "a date yyyy-MM-dd");
            return null;
        }
    }

    private java.util.Optional<String> text(SetArticle article) {
        String shown = shownAs + "/" + FOLDER + "/" + article.file();
        try {
            String text = TextFiles.require(folder.resolve(FOLDER).resolve(article.file()), shown);
            if (text.isBlank()) {
                problems.file(shown, "article text, found only white space");
                return java.util.Optional.empty();
            }
            return java.util.Optional.of(text);
        } catch (EngagementsException e) {
            e.getMessage().lines().forEach(problems::add);
            return java.util.Optional.empty();
        }
    }

    private void unlisted(List<TextFiles.CsvLine> rows) {
        Set<String> listed = new HashSet<>();
        rows.stream().filter(r -> r.fields().size() > 1).forEach(r -> listed.add(r.fields().get(1)));
        Path texts = folder.resolve(FOLDER);
        if (!Files.isDirectory(texts)) {
            problems.file(shownAs + "/" + FOLDER, "a folder of article texts; there is none");
            return;
        }
        try (Stream<Path> files = Files.list(texts)) {
            files.map(p -> p.getFileName().toString()).filter(n -> n.toLowerCase(Locale.ROOT).endsWith(".txt"))
                    .sorted().filter(n -> !listed.contains(n))
                    .forEach(n -> problems.file(shownAs + "/" + FOLDER + "/" + n, "a row in " + shownAs + "/" + FILE));
        } catch (IOException e) {
            problems.file(shownAs + "/" + FOLDER, "a readable folder (" + e.getMessage() + ")");
        }
    }

    private int problemCount() {
        return problems.count();
    }
}
