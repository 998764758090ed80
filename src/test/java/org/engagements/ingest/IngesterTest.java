package org.engagements.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.engagements.data.Article;
import org.engagements.data.write.DatasetContent;
import org.engagements.data.write.DatasetWriter;
import org.engagements.data.Engagement;
import org.engagements.data.Mention;
import org.engagements.data.ShippedData;
import org.engagements.data.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngesterTest {
    @TempDir
    Path temp;

    private static ArticleInput input(String name, String published) {
        return new ArticleInput(Articles.path(name), name, Articles.text(name), LocalDate.parse(published),
                "Example Wire", "A title", "", "stated: test");
    }

    @Test
    void aSecondReportOfAPlannedMeetingMarksItHeldWithANewMentionAndNoNewEngagement() {
        DatasetContent before = Articles.shipped();
        IngestPlan plan = Ingester.plan(before, input("second-report.txt", "2021-07-27"));
        DatasetContent after = plan.result();
        assertEquals(before.engagements().size(), after.engagements().size());
        Engagement e011 = after.findEngagement("e011").orElseThrow();
        assertEquals(Status.PLANNED, before.findEngagement("e011").orElseThrow().status());
        assertEquals(Status.HELD, e011.status());
        String quote = Articles.extract("second-report.txt", "2021-07-27").candidates().get(0).quote();
        assertEquals(List.of(new Mention("a005", "e011", Status.HELD, "on Monday", quote)),
                after.mentionsOf("e011").stream().filter(m -> m.articleId().equals("a005")).toList());
        assertEquals(List.of("hong-kong", "xinjiang", "climate-change"), e011.issues());
    }

    @Test
    void anOlderArticleAddsAMentionButDoesNotMoveTheStatus() {
        IngestPlan plan = Ingester.plan(Articles.shipped(), input("second-report.txt", "2021-07-24"));
        Engagement e011 = plan.result().findEngagement("e011").orElseThrow();
        assertEquals(Status.PLANNED, e011.status());
        assertEquals(1, plan.changes().size());
        assertTrue(plan.changes().get(0).mention().isPresent());
    }

    @Test
    void theNewArticleGetsTheNextIdAndAFileNamedByItsChecksum() {
        IngestPlan plan = Ingester.plan(Articles.shipped(), input("call.txt", "2022-03-20"));
        Article article = plan.article().orElseThrow();
        String checksum = Ingester.checksum(Articles.text("call.txt"));
        assertEquals(List.of("a005",
            "005_" + checksum.substring(0, 16) + ".txt"), List.of(article.id(), article.file()));
        assertEquals("e023", plan.changes().get(0).after().id());
        assertTrue(plan.changes().get(0).isNew());
    }

    @Test
    void anArticleAlreadyInTheDatasetChangesNothing() {
        DatasetContent shipped = Articles.shipped();
        Article a003 = shipped.findArticle("a003").orElseThrow();
        ArticleInput again = new ArticleInput(Path.of(a003.file()), a003.file(), shipped.textOf(a003) + "\r\n",
                a003.published(), a003.outlet(), a003.title(), "", "stated: test");
        IngestPlan plan = Ingester.plan(shipped, again);
        assertEquals(IngestPlan.Outcome.DUPLICATE, plan.outcome());
        assertEquals(Optional.of("a003"), plan.duplicateOf());
        assertEquals(shipped, plan.result());
    }

    @Test
    void theResultOfAPlanPassesValidationAndIsWritten() {
        Path data = ShippedData.copyTo(temp);
        IngestPlan plan = Ingester.plan(DatasetContent.read(data), input("sidelines.txt", "2023-11-20"));
        List<String> written = DatasetWriter.of(data).write(plan.result());
        assertEquals(List.of("articles/" + plan.article().orElseThrow().file(), "articles.csv", "engagements.csv",
                "mentions.csv"), written);
        assertEquals(plan.result(), DatasetContent.read(data));
    }

    @Test
    void ingestingEverySampleArticleInTurnKeepsTheDatasetValid() {
        Path data = ShippedData.copyTo(temp);
        String[][] samples = {{"call.txt", "2022-03-20"}, {"third-country.txt", "2022-07-11"},
            {"sidelines.txt", "2023-11-20"}, {"travellers.txt", "2023-09-01"}, {"coreference.txt", "2023-10-28"},
            {"titles.txt", "2023-10-06"}, {"hypothetical.txt", "2021-07-25"}, {"second-report.txt", "2021-07-27"}};
        DatasetContent content = DatasetContent.read(data);
        for (String[] sample : samples) {
            content = Ingester.plan(content, input(sample[0], sample[1])).result();
        }
        DatasetWriter.of(data).write(content);
        assertEquals(13, DatasetContent.read(data).articles().size());
    }
}
