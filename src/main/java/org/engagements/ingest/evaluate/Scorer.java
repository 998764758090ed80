package org.engagements.ingest.evaluate;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.engagements.data.Engagement;
import org.engagements.data.Mention;
import org.engagements.data.Vocabulary;
import org.engagements.ingest.Proposal;
import org.engagements.ingest.evaluate.SetScore.Field;
import org.engagements.ingest.evaluate.SetScore.Tally;

/**
 * Compares what the pipeline left in the dataset with an evaluation set's gold rows ({@link SetScore}
 * defines the counts): aligns each article's gold rows with the engagements it was recorded as mentioning
 * ({@link Alignment}), then counts engagements once across articles. Pure: the same set and run give the
 * same score.
 */
public final class Scorer {
    private final EvaluationSet set;
    private final SetIngest.Run run;
    private final Vocabulary vocabulary;
    private final Map<String, SetArticle> articles;
    private final Set<String> curated;
    /** key → engagement id → aligned reports; engagement id → key → aligned reports (keys in gold order). */
    private final Map<String, Map<String, Integer>> rowsOfKey = new LinkedHashMap<>();
    private final Map<String, Map<String, Integer>> keysOfRow = new TreeMap<>();
    private final Map<String, List<SystemReport>> reportsOfRow = new TreeMap<>();

    private Scorer(EvaluationSet set, SetIngest.Run run) {
        this.set = set;
        this.run = run;
        this.vocabulary = run.after().vocabulary();
        this.articles = set.articles().stream().collect(Collectors.toMap(SetArticle::id, Function.identity()));
        this.curated = run.before().engagements().stream().map(Engagement::id).collect(Collectors.toSet());
        set.gold().forEach(g -> rowsOfKey.putIfAbsent(g.key(), new TreeMap<>()));
    }

    /** The score of a run of the pipeline over a set; {@code data} names the data folder in the report. */
    public static SetScore score(EvaluationSet set, SetIngest.Run run, String data) {
        return new Scorer(set, run).score(data);
    }

    private SetScore score(String data) {
        List<SetScore.ArticleLine> lines = new ArrayList<>();
        List<Alignment.Pair> pairs = new ArrayList<>();
        for (SetIngest.ArticleResult result : run.articles()) {
            List<GoldRow> gold = set.goldOf(result.article().id());
            List<SystemReport> reports = result.dataArticleId().map(id -> reports(result.article().id(), id))
                    .orElse(List.of());
            List<Engagement> rows = reports.stream().map(r -> row(r.engagementId())).toList();
            Alignment.Result aligned = Alignment.align(gold, reports, rows, curated, vocabulary);
            reports.forEach(r -> reportsOfRow.computeIfAbsent(r.engagementId(), id -> new ArrayList<>()).add(r));
            aligned.pairs().forEach(this::link);
            aligned.extras().forEach(this::link);
            pairs.addAll(aligned.pairs());
            lines.add(new SetScore.ArticleLine(result.article(), result.outcome(), result.dataArticleId(), gold.size(),
                    reports.size(), aligned.pairs().size()));
        }
        Set<String> required = requiredKeys();
        int found = (int) required.stream().filter(k -> !rowsOfKey.get(k).isEmpty()).count();
        int matched = (int) reportsOfRow.keySet().stream().filter(keysOfRow::containsKey).count();
        int systemReports = reportsOfRow.values().stream().mapToInt(List::size).sum();
        int goldReports = (int) set.gold().stream().filter(GoldRow::required).count();
        int alignedRequired = (int) pairs.stream().filter(p -> p.gold().required()).count();
        Tally reportedStatus = new Tally((int) pairs.stream().filter(p -> p.report().reported() == p.gold().status())
                .count(), pairs.size());
        FieldScores fields = fieldScores();
        return new SetScore(set.shownAs(), data, lines, rowsOfKey.size(), required.size(), found,
                reportsOfRow.size(), matched, goldReports, systemReports, pairs.size(), alignedRequired,
                fields.tallies(), reportedStatus, misses(required), spurious(), duplicates(), conflations(),
                fields.errors(), run.invalid(), run.review().minConfidence());
    }

    private List<SystemReport> reports(String setArticle, String dataArticle) {
        List<SystemReport> reports = new ArrayList<>();
        for (Mention m : run.after().mentions()) {
            if (m.articleId().equals(dataArticle)) {
                reports.add(new SystemReport(setArticle, m.engagementId(), m.reportedStatus(), m.quote()));
            }
        }
        return reports;
    }

    private Engagement row(String id) {
        return run.after().findEngagement(id).orElseThrow(() -> new IllegalStateException(
                "a mention of " + id + ", which is not in the dataset (the writer validates references)"));
    }

    private void link(Alignment.Pair pair) {
        String key = pair.gold().key();
        String id = pair.engagement().id();
        rowsOfKey.get(key).merge(id, 1, Integer::sum);
        keysOfRow.computeIfAbsent(id, i -> new LinkedHashMap<>()).merge(key, 1, Integer::sum);
    }

    private Set<String> requiredKeys() {
        Set<String> keys = new java.util.LinkedHashSet<>();
        set.gold().stream().filter(GoldRow::required).forEach(g -> keys.add(g.key()));
        return keys;
    }

    private List<SetScore.Miss> misses(Set<String> required) {
        List<SetScore.Miss> misses = new ArrayList<>();
        for (String key : rowsOfKey.keySet()) {
            if (required.contains(key) && rowsOfKey.get(key).isEmpty()) {
                GoldRow row = rowsOf(key).stream().filter(GoldRow::required).findFirst().orElseThrow();
                misses.add(new SetScore.Miss(key, row, MissCause.of(row, proposalsOf(row.article()), curated, vocabulary)));
            }
        }
        return misses;
    }

    private List<Proposal> proposalsOf(String articleId) {
        return run.articles().stream().filter(r -> r.article().id().equals(articleId)).findFirst()
                .map(SetIngest.ArticleResult::proposals).orElse(List.of());
    }

    private List<SetScore.Spurious> spurious() {
        List<SetScore.Spurious> spurious = new ArrayList<>();
        reportsOfRow.forEach((id, reports) -> {
            if (!keysOfRow.containsKey(id)) {
                spurious.add(new SetScore.Spurious(row(id), isNew(id), reports));
            }
        });
        return spurious;
    }

    private List<SetScore.Duplicate> duplicates() {
        List<SetScore.Duplicate> duplicates = new ArrayList<>();
        for (Map.Entry<String, Map<String, Integer>> entry : rowsOfKey.entrySet()) {
            Set<String> ids = new TreeSet<>(entry.getValue().keySet());
            String curated = rowsOf(entry.getKey()).get(0).dataId();
            if (!curated.isEmpty() && !ids.isEmpty()) {
                ids.add(curated);
            }
            if (ids.size() > 1) {
                List<String> labelled = ids.stream().map(id -> id + (isNew(id) ? " (new)" : " (curated)")).toList();
                duplicates.add(new SetScore.Duplicate(entry.getKey(), labelled, ids.size() - 1));
            }
        }
        return duplicates;
    }

    private List<SetScore.Conflation> conflations() {
        List<SetScore.Conflation> conflations = new ArrayList<>();
        keysOfRow.forEach((id, keys) -> {
            if (keys.size() > 1) {
                conflations.add(new SetScore.Conflation(id, List.copyOf(keys.keySet())));
            }
        });
        return conflations;
    }

    private boolean isNew(String id) {
        return run.before().findEngagement(id).isEmpty();
    }

    private List<GoldRow> rowsOf(String key) {
        return set.gold().stream().filter(g -> g.key().equals(key)).toList();
    }

    /** Field tallies over matched rows, and the fields that were wrong. */
    private record FieldScores(Map<Field, Tally> tallies, List<SetScore.FieldError> errors) {
    }

    private FieldScores fieldScores() {
        Map<Field, int[]> counts = new EnumMap<>(Field.class);
        for (Field field : Field.values()) {
            counts.put(field, new int[2]);
        }
        List<SetScore.FieldError> errors = new ArrayList<>();
        keysOfRow.forEach((id, keys) -> {
            String key = primary(keys);
            Expectation expected = expectation(key);
            for (FieldCheck check : FieldCheck.of(row(id), expected)) {
                int[] c = counts.get(check.field());
                c[1]++;
                if (check.right()) {
                    c[0]++;
                } else {
                    errors.add(new SetScore.FieldError(id, key, check.field(), check.found(), check.expected()));
                }
            }
        });
        Map<Field, Tally> tallies = new EnumMap<>(Field.class);
        counts.forEach((field, c) -> tallies.put(field, new Tally(c[0], c[1])));
        return new FieldScores(tallies, errors);
    }

    /** The key most reports of a row were aligned with; the first in gold order on a tie. */
    private String primary(Map<String, Integer> keys) {
        String best = null;
        for (String key : rowsOfKey.keySet()) {
            if (keys.containsKey(key) && (best == null || keys.get(key) > keys.get(best))) {
                best = key;
            }
        }
        return best;
    }

    private Expectation expectation(String key) {
        List<GoldRow> rows = rowsOf(key);
        String dataId = rows.get(0).dataId();
        Optional<Engagement> curated = dataId.isEmpty() ? Optional.empty() : run.before().findEngagement(dataId);
        return Expectation.of(rows, articles, curated, vocabulary);
    }
}
