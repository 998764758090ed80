package org.engagements.ingest.evaluate;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.engagements.data.Article;
import org.engagements.data.write.DatasetContent;
import org.engagements.data.DatePrecision;
import org.engagements.data.Engagement;
import org.engagements.data.HostSide;
import org.engagements.data.Level;
import org.engagements.data.Mention;
import org.engagements.data.Mode;
import org.engagements.data.Status;
import org.engagements.ingest.IngestPlan;

/**
 * Builds synthetic evaluation sets and pipeline runs in memory for the scorer's tests: gold rows and
 * engagement rows from compact comma-separated lines, set articles that become data articles a005, a006,
 * … in order, and the mentions the pipeline would have written. Not thread-safe; one per test.
 */
final class Runs {
    private final List<SetArticle> articles = new ArrayList<>();
    private final List<GoldRow> gold = new ArrayList<>();
    private final List<SetIngest.ArticleResult> results = new ArrayList<>();
    private final Map<String, String> texts = new HashMap<>();
    private DatasetContent after = SampleSet.shipped();

    /** A set article published on {@code published}, ingested as the next data article. */
    Runs article(String id, String published) {
        SetArticle article = new SetArticle(id, id + ".txt", "Example Wire", LocalDate.parse(published), "stated: test",
                "", "https://example.org/" + id, articles.size() + 2);
        articles.add(article);
        texts.put(id, "text of " + id);
        String dataId = after.nextArticleId();
        after = after.withArticle(new Article(dataId, dataId + ".txt", "Example Wire", article.published(),
                "stated: test", id, ""), "text of " + id);
        results.add(new SetIngest.ArticleResult(article, IngestPlan.Outcome.ADDED, Optional.of(dataId), List.of()));
        return this;
    }

    /**
     * A gold row: {@code article,key,data_id,kind,status,start,end,precision,mode,venue,us,cn} (lists
     * separated by {@code ;}); the evidence is "evidence of KEY".
     */
    Runs gold(String line) {
        String[] f = line.split(",", -1);
        gold.add(new GoldRow(f[0], f[1], f[2], GoldRow.Kind.valueOf(f[3].toUpperCase(java.util.Locale.ROOT)),
                Status.find(f[4]).orElseThrow(), dates(f[5], f[6], f[7]), Mode.find(f[8]), f[9], list(f[10]),
                list(f[11]), "evidence of " + f[1], "", gold.size() + 2));
        return this;
    }

    /**
     * An engagement row as the pipeline left it, new or replacing the curated row with its id:
     * {@code id,status,start,end,precision,mode,venue,us,cn}.
     */
    Runs row(String line) {
        String[] f = line.split(",", -1);
        Mode mode = Mode.find(f[5]).orElseThrow();
        HostSide host = mode.remote() ? HostSide.NONE : HostSide.THIRD;
        after = after.withEngagement(new Engagement(f[0], "row " + f[0], dates(f[2], f[3], f[4]),
                Status.find(f[1]).orElseThrow(), mode, host, Level.LEADER,
                new Engagement.Participants(list(f[7]), list(f[8])), f[6], "", List.of(), ""));
        return this;
    }

    /** The mention the pipeline wrote for set article {@code article}. */
    Runs mention(String article, String engagementId, Status status) {
        String dataId = results.stream().filter(r -> r.article().id().equals(article)).findFirst().orElseThrow()
                .dataArticleId().orElseThrow();
        after = after.withMention(new Mention(dataId, engagementId, status, "", "quote of " + engagementId));
        return this;
    }

    EvaluationSet set() {
        return new EvaluationSet(Path.of("set"), "set", articles, gold, texts);
    }

    SetIngest.Run run() {
        return new SetIngest.Run(SampleSet.shipped(), after, results, List.of(), org.engagements.ingest.Review.ALL);
    }

    SetScore score() {
        return Scorer.score(set(), run(), "data");
    }

    private static Engagement.Dates dates(String start, String end, String precision) {
        return new Engagement.Dates(LocalDate.parse(start), LocalDate.parse(end),
                DatePrecision.find(precision).orElseThrow());
    }

    private static List<String> list(String cell) {
        return cell.isEmpty() ? List.of() : Arrays.asList(cell.split(";"));
    }
}
