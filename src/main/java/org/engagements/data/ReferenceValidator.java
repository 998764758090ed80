package org.engagements.data;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The rules that span files: unique ids, article texts present and readable, mentions pointing at
 * known articles and engagements with quotes that occur in the article, every engagement mentioned,
 * and (through {@link EngagementRules}) engagements against the vocabularies. Problems are the user's.
 * A file that could not be read, or a cell that failed its type rules, makes the rules depending on it
 * skip rather than report consequences.
 */
final class ReferenceValidator {
    private static final Pattern WHITESPACE = Pattern.compile("(?U)\\s+");

    private final DataFolder folder;
    private final CsvTables csv;
    private final Problems problems;

    ReferenceValidator(DataFolder folder, CsvTables csv, Problems problems) {
        this.folder = folder;
        this.csv = csv;
        this.problems = problems;
    }

    /** Checks every cross-file rule and returns the texts of the readable articles, by article id. */
    SortedMap<String, String> check(VocabularyFiles vocabulary) {
        uniqueIds(csv.articles());
        uniqueIds(csv.engagements());
        new EngagementRules(csv.engagements(), folder, vocabulary, problems).check();
        SortedMap<String, String> texts = articleTexts();
        mentions(texts);
        everyEngagementMentioned();
        return texts;
    }

    private void uniqueIds(CsvTable table) {
        Map<String, Integer> lines = new HashMap<>();
        for (CsvRow row : table.rows()) {
            if (!row.present(Schema.ID)) {
                continue;
            }
            Integer first = lines.putIfAbsent(row.get(Schema.ID), row.line());
            if (first != null) {
                report(table, row, Schema.ID, "a unique id; it is also on line " + first);
            }
        }
    }

    private SortedMap<String, String> articleTexts() {
        SortedMap<String, String> texts = new TreeMap<>();
        for (CsvRow row : csv.articles().rows()) {
            if (row.present(Schema.ID) && row.present(Schema.FILE)) {
                articleText(row).ifPresent(text -> texts.putIfAbsent(row.get(Schema.ID), text));
            }
        }
        return texts;
    }

    private Optional<String> articleText(CsvRow row) {
        String name = row.get(Schema.FILE);
        String articles = folder.display(Schema.ARTICLES_FOLDER) + "/";
        if (name.contains("/") || name.contains("\\") || name.equals(".") || name.equals("..")) {
            report(csv.articles(), row, Schema.FILE, "a file name inside " + articles + ", without folders");
            return Optional.empty();
        }
        Path path = folder.resolve(Schema.ARTICLES_FOLDER).resolve(name);
        if (!Files.isRegularFile(path)) {
            report(csv.articles(), row, Schema.FILE, "a file in " + articles);
            return Optional.empty();
        }
        return TextFile.read(path, articles + name, problems);
    }

    private void mentions(SortedMap<String, String> texts) {
        Map<String, CsvRow> articles = rowsById(csv.articles());
        Set<String> engagements = rowsById(csv.engagements()).keySet();
        Map<String, Integer> pairs = new HashMap<>();
        for (CsvRow row : csv.mentions().rows()) {
            boolean article = known(row, Schema.ARTICLE_ID, csv.articles(), articles.keySet());
            boolean engagement = known(row, Schema.ENGAGEMENT_ID, csv.engagements(), engagements);
            if (article && engagement) {
                String pair = row.get(Schema.ARTICLE_ID) + " " + row.get(Schema.ENGAGEMENT_ID);
                Integer first = pairs.putIfAbsent(pair, row.line());
                if (first != null) {
                    report(csv.mentions(), row, Schema.ENGAGEMENT_ID, "one row per article and engagement; "
                            + "article " + row.get(Schema.ARTICLE_ID) + " mentions it on line " + first + " too");
                }
            }
            if (article && row.present(Schema.QUOTE) && texts.containsKey(row.get(Schema.ARTICLE_ID))) {
                quote(row, texts.get(row.get(Schema.ARTICLE_ID)), articles.get(row.get(Schema.ARTICLE_ID)));
            }
        }
    }

    /** Whether a mention's reference is a known id; reports unknown ones with a suggestion. */
    private boolean known(CsvRow row, String column, CsvTable target, Set<String> ids) {
        if (!target.usable() || !row.present(column)) {
            return false;
        }
        String id = row.get(column);
        if (target.droppedIds().contains(id)) {
            return false;
        }
        if (!ids.contains(id)) {
            String noun = target.schema() == Schema.ARTICLES ? "an article id" : "an engagement id";
            report(csv.mentions(), row, column, noun + " from " + target.file() + Suggestions.hint(id, ids));
            return false;
        }
        return true;
    }

    private void quote(CsvRow row, String text, CsvRow article) {
        String quote = normalise(row.get(Schema.QUOTE));
        if (!normalise(text).contains(quote)) {
            String articleFile = folder.display(Schema.ARTICLES_FOLDER) + "/" + article.get(Schema.FILE);
            report(csv.mentions(), row, Schema.QUOTE, "text that occurs in " + articleFile);
        }
    }

    private void everyEngagementMentioned() {
        if (!csv.mentions().usable()) {
            return;
        }
        Set<String> mentioned = new HashSet<>();
        csv.mentions().rows().stream().filter(row -> row.present(Schema.ENGAGEMENT_ID))
                .forEach(row -> mentioned.add(row.get(Schema.ENGAGEMENT_ID)));
        for (CsvRow row : csv.engagements().rows()) {
            if (row.present(Schema.ID) && !mentioned.contains(row.get(Schema.ID))) {
                report(csv.engagements(), row, Schema.ID, "at least one mention in " + csv.mentions().file());
            }
        }
    }

    /** Whitespace runs become one space, so quotes may wrap lines differently from the article. */
    static String normalise(String text) {
        return WHITESPACE.matcher(text).replaceAll(" ").strip();
    }

    /** Rows by id, first occurrence of each id only. */
    private static Map<String, CsvRow> rowsById(CsvTable table) {
        Map<String, CsvRow> rows = new HashMap<>();
        table.rows().stream().filter(row -> row.present(Schema.ID))
                .forEach(row -> rows.putIfAbsent(row.get(Schema.ID), row));
        return rows;
    }

    private void report(CsvTable table, CsvRow row, String column, String expected) {
        problems.add(Problem.inCell(table.file(), row.line(), column, row.get(column), expected));
    }
}
