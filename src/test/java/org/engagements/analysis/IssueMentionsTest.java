package org.engagements.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.engagements.data.Issue;
import org.engagements.data.Schema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tech.tablesaw.api.Table;

class IssueMentionsTest {
    private static final Issue TAIWAN = new Issue("taiwan", "Taiwan", null, List.of("Taiwan", "Taiwan Strait"));
    private static final Issue RIGHTS = new Issue("human-rights", "Human rights", null, List.of("human rights", "rights"));
    private static final Issue CLIMATE = new Issue("climate-change", "Climate change", null, List.of());

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Taiwan and taiwan and TAIWAN                | 3",
        "Taiwanese officials                         | 0",
        "pro-Taiwan, (Taiwan)                        | 2",
        "the Taiwan Strait                           | 1",
        "no mention                                  | 0"})
    void taiwanIsFoundCaseInsensitivelyAsAWholeWord(String text, int expected) {
        assertEquals(expected, IssueMentions.count(TAIWAN, text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Human rights matter                 | 1",
        "human\\n   rights across a line break  | 1",
        "rights and human rights             | 2",
        "copyrights                          | 0"})
    void phrasesMatchOnceEvenWhenASynonymIsInsideAnother(String text, int expected) {
        assertEquals(expected, IssueMentions.count(RIGHTS, text.replace("\\n", "\n")));
    }

    @Test
    void anIssueWithoutSynonymsIsFoundByItsLabel() {
        assertEquals(1, IssueMentions.count(CLIMATE, "Talks on climate change began."));
    }

    @Test
    void perArticleAndOverall() {
        SortedMap<String, String> texts = new TreeMap<>();
        texts.put("a1", "Taiwan. Human rights. Taiwan.");
        texts.put("a0", "Nothing here about rights? Yes: rights.");
        Table per = IssueMentions.perArticle(texts, List.of(TAIWAN, RIGHTS));
        assertEquals(List.of("article_id", "issue_id", "label", "mentions"), per.columnNames());
        assertEquals(List.of("a0", "a0", "a1", "a1"), per.stringColumn(Schema.ARTICLE_ID).asList());
        assertEquals(List.of(0, 2, 2, 1), per.intColumn(AnalysisColumns.MENTIONS).asList());

        Table all = IssueMentions.overall(texts, List.of(TAIWAN, RIGHTS));
        assertEquals(List.of("human-rights", "taiwan"), all.stringColumn(Schema.ISSUE_ID).asList());
        assertEquals(List.of(3, 2), all.intColumn(AnalysisColumns.MENTIONS).asList());
        assertEquals(List.of(2, 1), all.intColumn(AnalysisColumns.ARTICLES).asList());
    }
}
