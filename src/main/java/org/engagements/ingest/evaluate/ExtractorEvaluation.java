package org.engagements.ingest.evaluate;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.engagements.data.Article;
import org.engagements.data.Engagement;
import org.engagements.data.Mention;
import org.engagements.data.write.DatasetContent;
import org.engagements.ingest.extract.Candidate;
import org.engagements.ingest.extract.Descriptions;
import org.engagements.ingest.extract.Extractor;

/**
 * Scores the extractor against the curated data. Each article is extracted from its text and published
 * date alone (the extractor never sees {@code engagements.csv} or {@code mentions.csv}); its candidates
 * are matched one to one with the engagements its curated mentions report ({@link GoldEvent#matchedBy});
 * precision, recall and F1 count events; field accuracy counts matched pairs whose date, status, mode,
 * venue and issues agree.
 */
public final class ExtractorEvaluation {
    /** The fields scored over matched pairs. */
    public enum Field {
        DATE, STATUS, MODE, VENUE, ISSUES
    }

    /** One article's counts; also used for the total. */
    public record Score(String article, int gold, int extracted, int matched, Map<Field, Integer> right,
                        List<String> misses, List<String> falsePositives) {
        public Score {
            right = Map.copyOf(right);
            misses = List.copyOf(misses);
            falsePositives = List.copyOf(falsePositives);
        }

        public double precision() {
            return extracted == 0 ? 0 : (double) matched / extracted;
        }

        public double recall() {
            return gold == 0 ? 0 : (double) matched / gold;
        }

        public double f1() {
            return SetScore.f1(precision(), recall());
        }
    }

    private ExtractorEvaluation() {
    }

    /** Scores per article, in file order, then the total. */
    public static EvaluationReport run(DatasetContent content) {
        Extractor extractor = Extractor.of(content.vocabulary());
        List<Score> scores = new ArrayList<>();
        for (Article article : content.articles()) {
            List<Candidate> candidates = extractor.extract(content.textOf(article), article.published()).candidates();
            scores.add(score(article.id(), candidates, gold(content, article)));
        }
        return new EvaluationReport(scores);
    }

    private static List<GoldEvent> gold(DatasetContent content, Article article) {
        List<GoldEvent> gold = new ArrayList<>();
        for (Mention mention : content.mentions()) {
            if (mention.articleId().equals(article.id())) {
                Optional<Engagement> engagement = content.findEngagement(mention.engagementId());
                engagement.ifPresent(e -> gold.add(new GoldEvent(e, mention)));
            }
        }
        return gold;
    }

    static Score score(String article, List<Candidate> candidates, List<GoldEvent> gold) {
        int[] match = Matching.match(candidates, gold, (c, g) -> g.matchedBy(c));
        Map<Field, Integer> right = new EnumMap<>(Field.class);
        List<String> misses = new ArrayList<>();
        HashSet<Integer> used = new HashSet<>();
        for (int g = 0; g < gold.size(); g++) {
            if (match[g] < 0) {
                misses.add(gold.get(g).engagement().id() + " " + gold.get(g).engagement().title());
                continue;
            }
            used.add(match[g]);
            fields(candidates.get(match[g]), gold.get(g)).forEach(f -> right.merge(f, 1, Integer::sum));
        }
        List<String> falsePositives = new ArrayList<>();
        for (int c = 0; c < candidates.size(); c++) {
            if (!used.contains(c)) {
                falsePositives.add(Descriptions.candidate(candidates.get(c)));
            }
        }
        return new Score(article, gold.size(), candidates.size(), used.size(), right, misses, falsePositives);
    }

    private static List<Field> fields(Candidate candidate, GoldEvent gold) {
        Engagement g = gold.engagement();
        List<Field> right = new ArrayList<>();
        if (gold.dateRight(candidate)) {
            right.add(Field.DATE);
        }
        if (candidate.status() == gold.mention().reportedStatus()) {
            right.add(Field.STATUS);
        }
        if (candidate.assumedMode().filter(m -> m == g.mode()).isPresent()) {
            right.add(Field.MODE);
        }
        if (candidate.venue().orElse("").equals(g.venue())) {
            right.add(Field.VENUE);
        }
        if (new HashSet<>(candidate.issues()).equals(new HashSet<>(g.issues()))) {
            right.add(Field.ISSUES);
        }
        return right;
    }
}
