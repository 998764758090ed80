package org.engagements.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.engagements.data.DatasetLoader;
import org.engagements.data.Issue;
import org.engagements.data.ShippedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The one-pass word counter gives the regex's counts, text by text and issue by issue: also where issues
 * share a phrase or a prefix, and where an issue's alternation tries a phrase (longer only by its
 * spaces) before a phrase that would match more of the text.
 */
class IssueWordsTest {
    private static final List<Issue> ISSUES = List.of(
            new Issue("human-rights", "Human rights", null, List.of("human rights", "rights", "rights abuses")),
            new Issue("taiwan", "Taiwan", null, List.of("Taiwan", "Taiwan Strait")),
            new Issue("military", "Military", null, List.of("military-to-military", "military")),
            new Issue("covid", "Covid-19", null, List.of("Covid-19", "SARS-CoV-2", "pandemic")),
            new Issue("iran", "Iran", null, List.of("Iran")),
            new Issue("cafe", "Café", null, List.of("café talks")),
            new Issue("label-only", "Trade war", null, List.of()),
            new Issue("dotted", "Dotted", null, List.of("(dotted)")),
            new Issue("strait", "Strait", null, List.of("Taiwan Strait crossing", "strait")),
            new Issue("spaced", "Spaced", null, List.of("trade      war", "trade war deal", "trade war deal talks", "deal")),
            new Issue("shared", "Shared", null, List.of("rights", "Taiwan")));

    @ParameterizedTest
    @ValueSource(strings = {"", "Human rights and rights abuses; copyrights are not rights.",
        "HUMAN\n  RIGHTS, human\trights", "Taiwan Strait, Taiwan's strait, Taiwanese, taiwan  strait",
        "military-to-military military-to-militaryx military_ military", "covid-19 SARS-CoV-2 pandemics Covid-191",
        "İran IRAN ıran iran", "CAFÉ TALKS café  talks cafétalks", "a trade war, TRADE WAR", "(dotted) x(dotted)",
        "émigré rights", "rights", "x rights", "Taiwan Strait crossing, Taiwan Strait crossings",
        "trade war deal talks; trade war deal; trade  war dealt", "human rights abuses rights abuses"})
    void countsAreTheRegexCounts(String text) {
        assertArrayEquals(regexCounts(text), new IssueWords(ISSUES).count(text), text);
    }

    @Test
    void countsAreTheRegexCountsOnTheShippedArticles() {
        var data = DatasetLoader.load(ShippedData.folder());
        IssueWords words = new IssueWords(data.vocabulary().issues());
        for (String text : data.articleTexts().values()) {
            assertArrayEquals(regexCounts(text, data.vocabulary().issues()), words.count(text));
        }
    }

    private static int[] regexCounts(String text) {
        return regexCounts(text, ISSUES);
    }

    private static int[] regexCounts(String text, List<Issue> issues) {
        List<Integer> counts = new ArrayList<>();
        for (Issue issue : issues) {
            Pattern pattern = IssueMentions.pattern(issue);
            int n = 0;
            for (Matcher m = pattern.matcher(text); m.find(); ) {
                n++;
            }
            counts.add(n);
        }
        return counts.stream().mapToInt(Integer::intValue).toArray();
    }
}
