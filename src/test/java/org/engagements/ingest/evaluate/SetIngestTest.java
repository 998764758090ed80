package org.engagements.ingest.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import org.engagements.data.write.DatasetContent;
import org.engagements.data.ShippedData;
import org.engagements.ingest.IngestException;
import org.engagements.ingest.IngestPlan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ingesting a synthetic set into a scratch copy of the shipped data with the real pipeline. */
class SetIngestTest {
    private static final Clock TODAY = Clock.fixed(Instant.parse("2026-01-01T12:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path temp;

    @Test
    void theArticlesAreIngestedInOrderIntoACopyAndTheDataFolderIsOnlyRead() {
        Path data = ShippedData.copyTo(temp);
        SortedMap<String, String> before = ShippedData.checksums(data);
        EvaluationSet set = EvaluationSet.read(SampleSet.write(temp.resolve("set")), "set",
                DatasetContent.read(data), "data");
        SetIngest.Run run = SetIngest.run(set, data, TODAY);
        assertEquals(before, ShippedData.checksums(data));
        assertEquals(List.of(), run.invalid());
        SetIngest.ArticleResult call = run.articles().get(0);
        assertEquals(List.of(IngestPlan.Outcome.ADDED, Optional.of("a005")), List.of(call.outcome(),
                call.dataArticleId()));
        assertEquals(5, run.before().articles().size());
        assertTrue(run.after().mentions().stream().anyMatch(m -> m.articleId().equals("a005")), "the call's mention");
    }

    @Test
    void anArticleWhoseTextIsAlreadyInTheDataIsRefused() throws IOException {
        Path data = ShippedData.copyTo(temp);
        Path folder = SampleSet.write(temp.resolve("set"));
        DatasetContent content = DatasetContent.read(data);
        String curated = content.textOf(content.articles().get(0));
        Files.writeString(folder.resolve("articles/s1.txt"), curated);
        SampleSet.replace(folder.resolve("gold.csv"), "President Joe Biden spoke by phone with Chinese President Xi "
                + "Jinping on Friday, the White House said.", curated.strip().lines().findFirst().orElseThrow());
        EvaluationSet set = EvaluationSet.read(folder, "set", content, "data");
        EvaluationSetException e = assertThrows(EvaluationSetException.class, () -> SetIngest.run(set, data, TODAY));
        assertEquals(List.of("set/articles/s1.txt: expected an article new to the data; its text is that of data "
                + "article a000"), e.problems());
    }

    @Test
    void anArticlePublishedAfterTodayIsRefusedAsIngestRefusesIt() {
        Path data = ShippedData.copyTo(temp);
        EvaluationSet set = EvaluationSet.read(SampleSet.write(temp.resolve("set")), "set",
                DatasetContent.read(data), "data");
        Clock early = Clock.fixed(Instant.parse("2022-03-19T12:00:00Z"), ZoneOffset.UTC);
        IngestException e = assertThrows(IngestException.class, () -> SetIngest.run(set, data, early));
        assertEquals("set/articles/s1.txt: published 2022-03-20: expected a date not after today (2022-03-19)",
                e.getMessage());
    }
}
