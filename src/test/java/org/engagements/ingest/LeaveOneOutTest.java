package org.engagements.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.stream.Stream;
import org.engagements.data.Article;
import org.engagements.data.write.DatasetContent;
import org.engagements.data.Engagement;
import org.engagements.data.Mention;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each curated article ingested into the curated dataset without it (its mentions gone, and the
 * engagements only it reported): merging must link it only to engagements the curated data links it to,
 * and create new engagements only for those that were taken out with it.
 */
class LeaveOneOutTest {
    static Stream<String> articles() {
        return Articles.shipped().articles().stream().map(Article::id);
    }

    @ParameterizedTest
    @MethodSource("articles")
    void aCuratedArticleIngestedAgainMergesOnlyIntoItsOwnEngagements(String id) {
        DatasetContent full = Articles.shipped();
        Article article = full.findArticle(id).orElseThrow();
        DatasetContent without = without(full, article);
        Set<String> linked = new HashSet<>();
        full.mentions().stream().filter(m -> m.articleId().equals(id)).forEach(m -> linked.add(m.engagementId()));
        long removed = full.engagements().size() - without.engagements().size();
        IngestPlan plan = Ingester.plan(without, new ArticleInput(Path.of(article.file()), article.file(),
                full.textOf(article), article.published(), article.outlet(), article.title(), "", "test"));
        List<String> updated = plan.changes().stream().filter(c -> !c.isNew()).map(c -> c.after().id()).toList();
        long created = plan.changes().stream().filter(EngagementChange::isNew).count();
        assertTrue(linked.containsAll(updated), () -> id + " updated " + updated + ", curated links " + linked);
        assertTrue(created <= removed, () -> id + " created " + created + " engagements, only " + removed
                + " were taken out with it");
        assertEquals(IngestPlan.Outcome.ADDED, plan.outcome());
    }

    private static DatasetContent without(DatasetContent full, Article article) {
        List<Mention> mentions = full.mentions().stream().filter(m -> !m.articleId().equals(article.id())).toList();
        Set<String> stillMentioned = new HashSet<>();
        mentions.forEach(m -> stillMentioned.add(m.engagementId()));
        List<Engagement> engagements = full.engagements().stream().filter(e -> stillMentioned.contains(e.id())).toList();
        List<Article> articles = full.articles().stream().filter(a -> !a.id().equals(article.id())).toList();
        SortedMap<String, String> texts = full.texts();
        texts.remove(article.file());
        return new DatasetContent(articles, engagements, mentions, full.vocabulary(), texts);
    }
}
