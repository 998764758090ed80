package org.engagements.ingest.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.engagements.ingest.Articles;
import org.engagements.ingest.extract.Candidate;
import org.junit.jupiter.api.Test;

/** The extractor scored against the curated dataset shipped in data/. */
class ExtractorEvaluationTest {
    private final EvaluationReport report = ExtractorEvaluation.run(Articles.shipped());

    @Test
    void theOverallF1OnTheCuratedArticlesIsAtLeastPointEight() {
        ExtractorEvaluation.Score overall = report.overall();
        assertEquals(35, overall.gold());
        assertTrue(overall.f1() >= 0.8, () -> report.render(true));
    }

    @Test
    void everyArticleIsScoredInFileOrderThenTheTotal() {
        List<String> lines = report.render(false).lines().toList();
        assertEquals("article  curated  extracted  matched  precision  recall  F1    date  status  mode  venue  issues",
                lines.get(0));
        assertEquals(List.of("a000", "a001", "a002", "a003", "a004", "overall"),
                lines.subList(2, 8).stream().map(l -> l.split("\\s+")[0]).toList());
    }

    @Test
    void detailsListEveryMissedEngagementByArticle() {
        assertTrue(report.render(true).contains("missed: a002 e014 US overtures to restore military communications"),
                () -> report.render(true));
    }

    @Test
    void aCandidateMatchesWhenTheDatesOverlapTheCuratedOnesWidenedByTheirPrecision() {
        GoldEvent e011 = new GoldEvent(Articles.shipped().findEngagement("e011").orElseThrow(),
                Articles.shipped().mentions().stream().filter(m -> m.engagementId().equals("e011")
                        && m.articleId().equals("a004")).findFirst().orElseThrow());
        Candidate monday = Articles.extractor().extract("Sherman is set to meet Wang Yi in Tianjin on Monday.",
                java.time.LocalDate.of(2021, 7, 25)).candidates().get(0);
        Candidate later = Articles.extractor().extract("Sherman is set to meet Wang Yi in Tianjin next month.",
                java.time.LocalDate.of(2021, 7, 25)).candidates().get(0);
        assertEquals(List.of(true, false), List.of(e011.matchedBy(monday), e011.matchedBy(later)));
    }
}
