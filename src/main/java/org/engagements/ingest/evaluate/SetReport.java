package org.engagements.ingest.evaluate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.engagements.data.Engagement;
import org.engagements.ingest.IngestPlan;
import org.engagements.ingest.evaluate.TextTable;
import org.engagements.ingest.evaluate.SetScore.Field;

/**
 * Renders a {@link SetScore} as plain text: a summary line, the engagement and report figures, field
 * accuracy on matched rows, one line per article, then every miss, spurious row, duplicate, row holding
 * several gold engagements and field error, each with the sentence behind it. Deterministic: the same
 * score gives the same text.
 */
public final class SetReport {
    private SetReport() {
    }

    public static String render(SetScore score) {
        StringBuilder text = new StringBuilder();
        header(text, score);
        text.append('\n').append(figures(score)).append('\n');
        text.append("duplicates: ").append(score.duplicateCount()).append(" extra rows for ")
                .append(score.duplicates().size()).append(" gold engagements\n");
        text.append("rows holding several gold engagements: ").append(score.conflations().size()).append("\n\n");
        text.append(fields(score)).append('\n').append(articles(score));
        misses(text, score);
        spurious(text, score);
        list(text, "duplicates", score.duplicates().stream()
                .map(d -> d.key() + ": " + String.join(", ", d.engagementIds())).toList());
        list(text, "rows holding several gold engagements", score.conflations().stream()
                .map(c -> c.engagementId() + ": " + String.join(", ", c.keys())).toList());
        list(text, "field errors on matched rows", score.fieldErrors().stream()
                .map(e -> e.engagementId() + " " + e.key() + "  " + name(e.field()) + ": " + e.found() + ", expected "
                        + e.expected()).toList());
        list(text, "validation problems of the result", score.invalid());
        return text.toString();
    }

    /**
     * One line per review threshold, the scores of the same set ingested as {@code ingest --apply
     * --min-confidence X} would leave it: how much each threshold holds back, and what that costs in recall.
     */
    public static String renderThresholds(List<SetScore> scores) {
        if (scores.isEmpty()) {
            throw new IllegalArgumentException("no threshold to show");
        }
        StringBuilder text = new StringBuilder();
        SetScore first = scores.get(0);
        text.append("evaluation set ").append(first.set()).append(": ").append(first.articles().size())
                .append(" articles, ").append(first.requiredKeys()).append(" engagements to find; ingested into a copy of ")
                .append(first.data()).append(" once per threshold, as ingest --apply --min-confidence X writes them\n\n");
        TextTable table = new TextTable(List.of("min-confidence", "rows", "correct", "articles held back", "precision",
                "recall", "F1", "duplicates", "status"));
        for (SetScore score : scores) {
            long heldBack = score.articles().stream().filter(a -> a.outcome() == IngestPlan.Outcome.HELD_BACK).count();
            SetScore.Tally status = score.fields().get(Field.STATUS);
            table.row(List.of(String.format(Locale.ROOT, "%.2f", score.minConfidence()), n(score.systemRows()),
                    n(score.matchedRows()), String.valueOf(heldBack), decimal(score.precision()),
                    decimal(score.recall()), decimal(score.f1()), n(score.duplicateCount()),
                    status.scored() == 0 ? "–" : decimal(status.share())));
        }
        return text.append(table.render()).toString();
    }

    private static void header(StringBuilder text, SetScore score) {
        int background = score.keys() - score.requiredKeys();
        text.append("evaluation set ").append(score.set()).append(": ").append(score.articles().size())
                .append(" articles, ").append(score.goldReports()).append(" reports and ")
                .append(score.articles().stream().mapToInt(SetScore.ArticleLine::gold).sum() - score.goldReports())
                .append(" background mentions coded, ").append(score.keys()).append(" engagements (")
                .append(background).append(" only in background)\n");
        long added = score.articles().stream().filter(a -> a.outcome() == IngestPlan.Outcome.ADDED).count();
        long heldBack = score.articles().stream().filter(a -> a.outcome() == IngestPlan.Outcome.HELD_BACK).count();
        text.append("ingested one by one into a copy of ").append(score.data())
                .append(score.minConfidence() > 0 ? " as ingest --apply --min-confidence "
                        + java.math.BigDecimal.valueOf(score.minConfidence()).stripTrailingZeros().toPlainString()
                        + " writes them" : ", every proposal written").append(": ").append(added)
                .append(" added, ").append(heldBack == 0 ? "" : heldBack + " held back by the review, ")
                .append(score.articles().size() - added - heldBack).append(" with no engagement found; ")
                .append(score.invalid().isEmpty() ? "the result passes validation"
                        : "the result does NOT pass validation (" + score.invalid().size() + " problems below)")
                .append('\n');
    }

    private static String figures(SetScore score) {
        TextTable table = new TextTable(List.of("", "system", "correct", "gold", "found", "precision", "recall", "F1"));
        table.row(List.of("engagements", n(score.systemRows()), n(score.matchedRows()), n(score.requiredKeys()),
                n(score.foundKeys()), decimal(score.precision()), decimal(score.recall()), decimal(score.f1())));
        table.row(List.of("reports", n(score.systemReports()), n(score.alignedReports()), n(score.goldReports()),
                n(score.alignedRequiredReports()), decimal(score.reportPrecision()), decimal(score.reportRecall()),
                decimal(score.reportF1())));
        return table.render();
    }

    private static String fields(SetScore score) {
        TextTable table = new TextTable(List.of("field on matched rows", "right", "scored", "accuracy"));
        for (Field field : Field.values()) {
            table.row(tally(name(field), score.fields().get(field)));
        }
        table.row(tally("status as reported", score.reportedStatus()));
        return table.render();
    }

    private static List<String> tally(String name, SetScore.Tally tally) {
        return List.of(name, n(tally.right()), n(tally.scored()), tally.scored() == 0 ? "–" : decimal(tally.share()));
    }

    private static String articles(SetScore score) {
        TextTable table = new TextTable(List.of("article", "published", "outcome", "added as", "gold", "reported",
                "aligned", "outlet"));
        for (SetScore.ArticleLine line : score.articles()) {
            table.row(List.of(line.article().id(), line.article().published().toString(),
                    line.outcome().name().toLowerCase(Locale.ROOT).replace('_', ' '), line.dataArticleId().orElse("–"),
                    n(line.gold()), n(line.reports()), n(line.aligned()), line.article().outlet()));
        }
        return table.render();
    }

    private static void misses(StringBuilder text, SetScore score) {
        List<String> lines = new ArrayList<>();
        for (SetScore.Miss miss : score.misses()) {
            GoldRow row = miss.row();
            lines.add(miss.key() + "  " + row.article() + " " + row.status().code() + " " + row.dates().start() + ".."
                    + row.dates().end() + " " + row.mode().map(m -> m.code() + " ").orElse("")
                    + people(row.us()) + " / " + people(row.cn()));
            lines.add("    \"" + row.evidence() + "\"");
            lines.add("    " + miss.cause());
        }
        list(text, "missed gold engagements", lines, score.misses().size());
    }

    private static void spurious(StringBuilder text, SetScore score) {
        List<String> lines = new ArrayList<>();
        for (SetScore.Spurious s : score.spurious()) {
            Engagement e = s.engagement();
            lines.add(e.id() + (s.isNew() ? " (new) " : " (curated) ") + e.status().code() + " " + e.dates().start()
                    + ".." + e.dates().end() + " " + e.mode().code() + " " + people(e.participants().us()) + " / "
                    + people(e.participants().cn()) + ": " + e.title());
            s.reports().forEach(r -> lines.add("    " + r.article() + ": \"" + r.quote() + "\""));
        }
        list(text, "spurious rows", lines, score.spurious().size());
    }

    private static void list(StringBuilder text, String title, List<String> lines) {
        list(text, title, lines, lines.size());
    }

    private static void list(StringBuilder text, String title, List<String> lines, int count) {
        text.append('\n').append(title).append(" (").append(count).append(")").append(count == 0 ? "" : ":")
                .append('\n');
        lines.forEach(line -> text.append("  ").append(line).append('\n'));
    }

    private static String people(List<String> people) {
        return people.isEmpty() ? "(none)" : String.join(";", people);
    }

    private static String name(Field field) {
        return field.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private static String n(int value) {
        return String.valueOf(value);
    }

    private static String decimal(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
