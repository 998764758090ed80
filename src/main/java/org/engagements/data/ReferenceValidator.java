package org.engagements.data;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.engagements.core.FileNames;
import org.engagements.data.DatasetLoader.CsvTables;
import org.engagements.data.csv.CsvRow;
import org.engagements.data.csv.CsvTable;
import org.engagements.data.csv.TextFile;
import org.engagements.data.vocab.VocabularyFiles;

/**
 * The rules that span files: unique ids, article texts present and readable, mentions pointing at
 * known articles and engagements with quotes that occur in the article, every engagement mentioned,
 * and (through {@link EngagementRules}) engagements against the vocabularies. Problems are the user's.
 * A file that could not be read, or a cell that failed its type rules, makes the rules depending on it
 * skip rather than report consequences.
 */
final class ReferenceValidator {
    private final DataFolder folder;
    private final Problems problems;

    ReferenceValidator(DataFolder folder, Problems problems) {
        this.folder = folder;
        this.problems = problems;
    }

    /**
     * The mentions of each known article (row indexes of mentions.csv, in file order), and the texts of
     * the readable articles, by article id.
     */
    record ArticleMentions(Map<String, List<Integer>> byArticle, SortedMap<String, String> texts) {
    }

    /**
     * The rules of articles.csv, the article texts and mentions.csv that need no engagements: unique
     * article ids, texts present and readable, mentions naming known articles, quotes in their article.
     * Independent of {@link #engagements}, so the two may run on different threads (each with its own
     * {@link Problems}). The mentions are asked for only once the article texts are read: the loader
     * reads mentions.csv meanwhile.
     */
    ArticleMentions articles(CsvTable articles, Supplier<CsvTable> mentionsWhenRead) {
        Map<String, Integer> articleRows = uniqueIds(articles);
        SortedMap<String, String> texts = articleTexts(articles);
        CsvTable mentions = mentionsWhenRead.get();
        Suggestions.Budget articleHints = new Suggestions.Budget(articleRows.keySet());
        Map<String, List<Integer>> byArticle = new LinkedHashMap<>();
        for (CsvRow row : mentions.rows()) {
            if (known(mentions, row, Schema.ARTICLE_ID, articles, articleRows.keySet(), articleHints)) {
                byArticle.computeIfAbsent(row.get(Schema.ARTICLE_ID), id -> new ArrayList<>()).add(row.index());
            }
        }
        quotes(mentions, byArticle, texts, articles, articleRows);
        return new ArticleMentions(byArticle, texts);
    }

    /**
     * Every mention's quote against its article's text, half of the articles on a thread of their own
     * (with its own {@link Problems}, added to these after): at 10^6 engagements this is the last rule
     * of the articles' half of the load ({@link DatasetLoader}), seconds during which the engagements'
     * half has finished and its core would wait.
     */
    private void quotes(CsvTable mentions, Map<String, List<Integer>> byArticle, SortedMap<String, String> texts,
                        CsvTable articles, Map<String, Integer> articleRows) {
        List<Map.Entry<String, List<Integer>>> entries = new ArrayList<>(byArticle.entrySet());
        int half = entries.size() / 2;
        Problems otherProblems = new Problems();
        ReferenceValidator other = new ReferenceValidator(folder, otherProblems);
        BackgroundTask<Void> secondHalf = BackgroundTask.start("check quotes", () -> {
            other.quotes(mentions, entries.subList(half, entries.size()), texts, articles, articleRows);
            return null;
        });
        quotes(mentions, entries.subList(0, half), texts, articles, articleRows);
        secondHalf.join();
        problems.addAll(otherProblems);
    }

    private void quotes(CsvTable mentions, List<Map.Entry<String, List<Integer>>> entries,
                        SortedMap<String, String> texts, CsvTable articles, Map<String, Integer> articleRows) {
        for (Map.Entry<String, List<Integer>> entry : entries) {
            String id = entry.getKey();
            quotes(mentions, entry.getValue(), texts.get(id), articles.row(articleRows.get(id)));
        }
    }

    /**
     * The rules of engagements.csv alone: unique ids and {@link EngagementRules}. Returns the row of each
     * id (its first), which {@link #references} takes: at 10^6 each map of the ids costs a second.
     */
    Map<String, Integer> engagements(CsvTable engagements, VocabularyFiles vocabulary) {
        Map<String, Integer> rows = uniqueIds(engagements);
        new EngagementRules(engagements, folder, vocabulary, problems).check();
        return rows;
    }

    /**
     * The rules joining mentions to engagements, after {@link #articles} and {@link #engagements}:
     * mentions naming known engagements, one row per article and engagement, every engagement mentioned.
     */
    void references(CsvTables csv, ArticleMentions mentioned, Map<String, Integer> engagementRows) {
        Set<String> engagements = engagementRows.keySet();
        Suggestions.Budget engagementHints = new Suggestions.Budget(engagements);
        CsvTable mentions = csv.mentions();
        BitSet engagementKnown = new BitSet(mentions.size());
        BitSet mentionedRows = new BitSet(csv.engagements().size());
        for (CsvRow row : mentions.rows()) {
            if (row.present(Schema.ENGAGEMENT_ID)) {
                // counts as a mention even where the reference is not checked (a dropped row's id)
                Integer engagement = engagementRows.get(row.get(Schema.ENGAGEMENT_ID));
                if (engagement != null) {
                    mentionedRows.set(engagement);
                }
            }
            if (known(mentions, row, Schema.ENGAGEMENT_ID, csv.engagements(), engagements, engagementHints)) {
                engagementKnown.set(row.index());
            }
        }
        mentioned.byArticle().values().forEach(rows -> onePerEngagement(mentions, rows, engagementKnown));
        everyEngagementMentioned(csv, engagementRows, mentionedRows);
    }

    /** Reports every id already used by an earlier row; the row of each id (its first). */
    private Map<String, Integer> uniqueIds(CsvTable table) {
        Map<String, Integer> rows = new HashMap<>(Math.max(16, table.size() * 4 / 3 + 1));
        for (CsvRow row : table.rows()) {
            if (!row.present(Schema.ID)) {
                continue;
            }
            Integer first = rows.putIfAbsent(row.get(Schema.ID), row.index());
            if (first != null) {
                report(table, row, Schema.ID, "a unique id; it is also on line " + table.row(first).line());
            }
        }
        return rows;
    }

    private SortedMap<String, String> articleTexts(CsvTable articles) {
        SortedMap<String, String> texts = new TreeMap<>();
        Path folderPath = folder.resolve(Schema.ARTICLES_FOLDER);
        if (Files.exists(folderPath) && !Files.isDirectory(folderPath)) {
            problems.add(Problem.inFile(folder.display(Schema.ARTICLES_FOLDER), "a folder of article texts, found a file"));
            return texts;
        }
        for (CsvRow row : articles.rows()) {
            if (row.present(Schema.ID) && row.present(Schema.FILE)) {
                articleText(articles, row).ifPresent(text -> texts.putIfAbsent(row.get(Schema.ID), text));
            }
        }
        return texts;
    }

    private Optional<String> articleText(CsvTable articles, CsvRow row) {
        String name = row.get(Schema.FILE);
        String folderName = folder.display(Schema.ARTICLES_FOLDER) + "/";
        if (FileNames.whyUnsafe(name).isPresent()) {
            report(articles, row, Schema.FILE, "a file name inside " + folderName + ", without folders");
            return Optional.empty();
        }
        Path path = folder.resolve(Schema.ARTICLES_FOLDER).resolve(name);
        if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            report(articles, row, Schema.FILE, "a file in " + folderName);
            return Optional.empty();
        }
        Optional<String> text = TextFile.read(path, folderName + name, problems);
        Optional<Problem> control = text.flatMap(t -> TextFile.controlCharacter(t, folderName + name));
        control.ifPresent(problems::add);
        return control.isPresent() ? Optional.empty() : text;
    }

    /** Rows of one article whose engagement is known must name different engagements. */
    private void onePerEngagement(CsvTable mentions, List<Integer> rows, BitSet engagementKnown) {
        Map<String, Integer> lines = new HashMap<>();
        for (int index : rows) {
            if (!engagementKnown.get(index)) {
                continue;   // already reported
            }
            CsvRow row = mentions.row(index);
            Integer first = lines.putIfAbsent(row.get(Schema.ENGAGEMENT_ID), row.line());
            if (first != null) {
                report(mentions, row, Schema.ENGAGEMENT_ID, "one row per article and engagement; "
                        + "article " + row.get(Schema.ARTICLE_ID) + " mentions it on line " + first + " too");
            }
        }
    }

    /** Whether a mention's reference is a known id; reports unknown ones with a suggestion. */
    private boolean known(CsvTable mentions, CsvRow row, String column, CsvTable target, Set<String> ids,
                          Suggestions.Budget hints) {
        if (!target.usable() || !row.present(column)) {
            return false;
        }
        String id = row.get(column);
        if (target.droppedIds().contains(id)) {
            return false;
        }
        if (!ids.contains(id)) {
            String noun = target.schema() == Schema.ARTICLES ? "an article id" : "an engagement id";
            report(mentions, row, column, noun + " from " + target.file() + hints.hint(id));
            return false;
        }
        return true;
    }

    private void quotes(CsvTable mentions, List<Integer> rows, String text, CsvRow article) {
        if (text == null) {
            return;   // no readable text: reported with the article
        }
        String normalised = normalise(text);
        for (int index : rows) {
            CsvRow row = mentions.row(index);
            if (row.present(Schema.QUOTE) && !normalised.contains(normalise(row.get(Schema.QUOTE)))) {
                String articleFile = folder.display(Schema.ARTICLES_FOLDER) + "/" + article.get(Schema.FILE);
                report(mentions, row, Schema.QUOTE, "text that occurs in " + articleFile);
            }
        }
    }

    /** {@code mentioned}: the first rows of the ids some mention names, by {@code engagementRows}. */
    private void everyEngagementMentioned(CsvTables csv, Map<String, Integer> engagementRows, BitSet mentioned) {
        if (!csv.mentions().usable()) {
            return;
        }
        for (CsvRow row : csv.engagements().rows()) {
            if (row.present(Schema.ID) && !mentioned.get(engagementRows.get(row.get(Schema.ID)))) {
                report(csv.engagements(), row, Schema.ID, "at least one mention in " + csv.mentions().file());
            }
        }
    }

    /** Whitespace runs become one space, so quotes may wrap lines differently from the article. */
    static String normalise(String text) {
        if (!needsNormalising(text)) {
            return text;   // the common case for quotes: one line, single spaces
        }
        // Compacted in place in one copy of the text: the write index never passes the read index. A
        // StringBuilder append per character cost more than the rest of the article checks at 10^6.
        char[] chars = text.toCharArray();
        int length = 0;
        boolean inSpace = false;
        for (char c : chars) {
            if (c <= ' ' ? c == ' ' || (c >= '\t' && c <= '\r') : c >= 0x85 && isWhiteSpace(c)) {
                inSpace = true;
            } else {
                if (inSpace && length > 0) {
                    chars[length++] = ' ';
                }
                inSpace = false;
                chars[length++] = c;
            }
        }
        return new String(chars, 0, length);
    }

    /** Unicode's White_Space property, as {@code (?U)\\s} matches it. */
    static boolean isWhiteSpace(char c) {
        if (c <= ' ') {
            return c == ' ' || (c >= '\t' && c <= '\r');
        }
        if (c < 0x85) {
            return false;
        }
        int type = Character.getType(c);
        return c == 0x85 || type == Character.SPACE_SEPARATOR || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR;
    }

    /** Whether the text has anything but single ASCII spaces between non-space characters. */
    private static boolean needsNormalising(String text) {
        int n = text.length();
        if (n == 0) {
            return false;
        }
        if (text.charAt(0) == ' ' || text.charAt(n - 1) == ' ') {
            return true;
        }
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == ' ' ? text.charAt(i + 1) == ' ' : c < ' ' || c > '~' && (c < 0xA1 || Character.isWhitespace(c)
                    || Character.isSpaceChar(c))) {
                return true;
            }
        }
        return false;
    }

    private void report(CsvTable table, CsvRow row, String column, String expected) {
        problems.add(Problem.inCell(table.file(), row.line(), column, row.get(column), expected));
    }
}
