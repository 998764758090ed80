package org.engagements.ingest.evaluate;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The evaluation's result: one score per article and their total (micro-averaged: counts are summed,
 * then divided), rendered as an aligned text table.
 */
public record EvaluationReport(List<ExtractorEvaluation.Score> articles) {
    public EvaluationReport {
        articles = List.copyOf(articles);
    }

    public ExtractorEvaluation.Score overall() {
        int gold = 0;
        int extracted = 0;
        int matched = 0;
        Map<ExtractorEvaluation.Field, Integer> right = new EnumMap<>(ExtractorEvaluation.Field.class);
        List<String> misses = new ArrayList<>();
        List<String> falsePositives = new ArrayList<>();
        for (ExtractorEvaluation.Score score : articles) {
            gold += score.gold();
            extracted += score.extracted();
            matched += score.matched();
            score.right().forEach((field, n) -> right.merge(field, n, Integer::sum));
            score.misses().forEach(m -> misses.add(score.article() + " " + m));
            score.falsePositives().forEach(f -> falsePositives.add(score.article() + " " + f));
        }
        return new ExtractorEvaluation.Score("overall", gold, extracted, matched, right, misses, falsePositives);
    }

    /** The table; with {@code details}, also every missed engagement and every unmatched candidate. */
    public String render(boolean details) {
        List<String> header = new ArrayList<>(List.of("article", "curated", "extracted", "matched", "precision",
                "recall", "F1"));
        for (ExtractorEvaluation.Field field : ExtractorEvaluation.Field.values()) {
            header.add(field.name().toLowerCase(Locale.ROOT));
        }
        TextTable table = new TextTable(header);
        articles.forEach(score -> table.row(cells(score)));
        table.row(cells(overall()));
        StringBuilder text = new StringBuilder(table.render());
        text.append("field columns: share of matched pairs with the field right\n");
        if (details) {
            ExtractorEvaluation.Score all = overall();
            all.misses().forEach(m -> text.append("missed: ").append(m).append('\n'));
            all.falsePositives().forEach(f -> text.append("unmatched: ").append(f).append('\n'));
        }
        return text.toString();
    }

    private static List<String> cells(ExtractorEvaluation.Score score) {
        List<String> cells = new ArrayList<>(List.of(score.article(), String.valueOf(score.gold()),
                String.valueOf(score.extracted()), String.valueOf(score.matched()), decimal(score.precision()),
                decimal(score.recall()), decimal(score.f1())));
        for (ExtractorEvaluation.Field field : ExtractorEvaluation.Field.values()) {
            cells.add(score.matched() == 0 ? "–" : decimal((double) score.right().getOrDefault(field, 0)
                    / score.matched()));
        }
        return cells;
    }

    private static String decimal(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
