package org.engagements.analysis;

import static org.engagements.analysis.AnalysisColumns.ARTICLES;
import static org.engagements.analysis.AnalysisColumns.MENTIONS;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SortedMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.engagements.data.Issue;
import org.engagements.data.Schema;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Mentions of each issue in the article texts, found with the vocabulary's synonyms (an issue without
 * synonyms is found by its label): case-insensitive, whole words or phrases only ({@code rights} does
 * not match inside {@code copyrights}; a phrase may break across lines), every occurrence counted.
 * Where two synonyms of one issue overlap ({@code human rights}, {@code rights}), the longest match is
 * counted once. Each issue counts its own synonyms only: no roll-up to parents. The texts are scanned
 * once for all issues ({@link IssueWords}), not once per issue with the regex; {@link #overall} splits
 * them over the common fork-join pool (its totals are sums, so the split does not change them).
 */
public final class IssueMentions {
    private static final String WORD = "[\\p{L}\\p{N}_]";

    private IssueMentions() {
    }

    /**
     * In: article id → text, the issues vocabulary. Out: article_id, issue_id, label, mentions: every
     * article (id order) × every issue (vocabulary order), zeros included.
     */
    public static Table perArticle(SortedMap<String, String> articleTexts, List<Issue> issues) {
        Table out = Table.create("Issue mentions per article", StringColumn.create(Schema.ARTICLE_ID),
                StringColumn.create(Schema.ISSUE_ID), StringColumn.create(Schema.LABEL), IntColumn.create(MENTIONS));
        IssueWords words = new IssueWords(issues);
        articleTexts.forEach((articleId, text) -> {
            int[] counts = words.count(text);
            for (int i = 0; i < counts.length; i++) {
                out.stringColumn(Schema.ARTICLE_ID).append(articleId);
                out.stringColumn(Schema.ISSUE_ID).append(issues.get(i).id());
                out.stringColumn(Schema.LABEL).append(issues.get(i).label());
                out.intColumn(MENTIONS).append(counts[i]);
            }
        });
        return out;
    }

    /**
     * In: article id → text, the issues vocabulary. Out: issue_id, label, mentions (over all articles),
     * articles (that mention it at least once); every issue, most mentions first, ties by id.
     */
    public static Table overall(SortedMap<String, String> articleTexts, List<Issue> issues) {
        record Total(Issue issue, int mentions, int articles) {
        }
        IssueWords words = new IssueWords(issues);
        int n = issues.size();
        int[][] sums = new ArrayList<>(articleTexts.values()).parallelStream().map(words::count).collect(
                () -> new int[2][n], IssueMentions::add, (a, b) -> {
                    for (int i = 0; i < n; i++) {
                        a[0][i] += b[0][i];
                        a[1][i] += b[1][i];
                    }
                });   // sums, so the same whichever thread counted which text
        int[] mentions = sums[0];
        int[] articles = sums[1];
        List<Total> totals = new ArrayList<>();
        for (int i = 0; i < issues.size(); i++) {
            totals.add(new Total(issues.get(i), mentions[i], articles[i]));
        }
        totals.sort(Comparator.comparingInt(Total::mentions).reversed().thenComparing(t -> t.issue().id()));
        Table out = Table.create("Issue mentions in article texts", StringColumn.create(Schema.ISSUE_ID),
                StringColumn.create(Schema.LABEL), IntColumn.create(MENTIONS), IntColumn.create(ARTICLES));
        for (Total t : totals) {
            out.stringColumn(Schema.ISSUE_ID).append(t.issue().id());
            out.stringColumn(Schema.LABEL).append(t.issue().label());
            out.intColumn(MENTIONS).append(t.mentions());
            out.intColumn(ARTICLES).append(t.articles());
        }
        return out;
    }

    /** Adds one text's counts to the mentions ({@code sums[0]}) and articles ({@code sums[1]}) per issue. */
    private static void add(int[][] sums, int[] counts) {
        for (int i = 0; i < counts.length; i++) {
            sums[0][i] += counts[i];
            sums[1][i] += counts[i] > 0 ? 1 : 0;
        }
    }

    /** Occurrences of an issue's words in one text. */
    public static int count(Issue issue, String text) {
        return count(pattern(issue), text);
    }

    private static int count(Pattern pattern, String text) {
        if (pattern == null || text == null) {
            return 0;
        }
        int n = 0;
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            n++;
        }
        return n;
    }

    /** One alternation per issue, longest phrase first; null when the issue has no words at all. */
    static Pattern pattern(Issue issue) {
        List<String> words = new ArrayList<>(issue.synonyms().isEmpty() ? List.of(issue.label()) : issue.synonyms());
        words.removeIf(w -> w == null || w.isBlank());
        if (words.isEmpty()) {
            return null;
        }
        words.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        List<String> alternatives = new ArrayList<>();
        for (String word : words) {
            List<String> parts = new ArrayList<>();
            for (String part : word.strip().split("\\s+")) {
                parts.add(Pattern.quote(part));
            }
            alternatives.add(String.join("\\s+", parts));
        }
        String regex = "(?<!" + WORD + ")(?:" + String.join("|", alternatives) + ")(?!" + WORD + ")";
        return Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }
}
