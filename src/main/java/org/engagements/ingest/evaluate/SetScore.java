package org.engagements.ingest.evaluate;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.engagements.data.Engagement;
import org.engagements.ingest.IngestPlan;

/**
 * The result of evaluating the pipeline on a set: engagement and report counts, field accuracy on the
 * matched rows, duplicates, and the misses and spurious rows with the sentences behind them. Immutable;
 * {@link SetReport} renders it.
 *
 * <p>Engagements are counted once each: a gold engagement is a key, a system row an engagement that a
 * set article mentions after ingestion (a new row, or a curated row it was merged into). Recall counts
 * the keys with at least one report of kind {@code report}; background-only keys are found or not
 * without penalty. Reports are counted per article: a gold row against a mention.
 */
public record SetScore(String set, String data, List<ArticleLine> articles, int keys, int requiredKeys,
                       int foundKeys, int systemRows, int matchedRows, int goldReports, int systemReports,
                       int alignedReports, int alignedRequiredReports, Map<Field, Tally> fields,
                       Tally reportedStatus, List<Miss> misses, List<Spurious> spurious, List<Duplicate> duplicates,
                       List<Conflation> conflations, List<FieldError> fieldErrors, List<String> invalid,
                       double minConfidence) {
    /** The fields compared on matched rows. */
    public enum Field {
        STATUS, DATES, VENUE, MODE, US_PARTICIPANTS, CN_PARTICIPANTS
    }

    /** How many of the scored cases were right. */
    public record Tally(int right, int scored) {
        public double share() {
            return scored == 0 ? 0 : (double) right / scored;
        }
    }

    /** One set article: how ingestion went and how its reports lined up with its gold rows. */
    public record ArticleLine(SetArticle article, IngestPlan.Outcome outcome, Optional<String> dataArticleId,
                              int gold, int reports, int aligned) {
    }

    /**
     * A required gold engagement no system row was found for, with its first report and where the pipeline
     * lost that report ({@link MissCause}).
     */
    public record Miss(String key, GoldRow row, String cause) {
    }

    /** A system row that matches no gold engagement, with the set articles' quotes behind it. */
    public record Spurious(Engagement engagement, boolean isNew, List<SystemReport> reports) {
        public Spurious {
            reports = List.copyOf(reports);
        }
    }

    /** One gold engagement held by more than one row: its curated row (if any) and the rows found for it. */
    public record Duplicate(String key, List<String> engagementIds, int extra) {
        public Duplicate {
            engagementIds = List.copyOf(engagementIds);
        }
    }

    /** One system row that holds more than one gold engagement. */
    public record Conflation(String engagementId, List<String> keys) {
        public Conflation {
            keys = List.copyOf(keys);
        }
    }

    /** A field of a matched row that differs from the gold: what the row has and what was expected. */
    public record FieldError(String engagementId, String key, Field field, String found, String expected) {
    }

    public SetScore {
        articles = List.copyOf(articles);
        fields = new EnumMap<>(fields);
        misses = List.copyOf(misses);
        spurious = List.copyOf(spurious);
        duplicates = List.copyOf(duplicates);
        conflations = List.copyOf(conflations);
        fieldErrors = List.copyOf(fieldErrors);
        invalid = List.copyOf(invalid);
    }

    public double precision() {
        return systemRows == 0 ? 0 : (double) matchedRows / systemRows;
    }

    public double recall() {
        return requiredKeys == 0 ? 0 : (double) foundKeys / requiredKeys;
    }

    public double f1() {
        return f1(precision(), recall());
    }

    public double reportPrecision() {
        return systemReports == 0 ? 0 : (double) alignedReports / systemReports;
    }

    public double reportRecall() {
        return goldReports == 0 ? 0 : (double) alignedRequiredReports / goldReports;
    }

    public double reportF1() {
        return f1(reportPrecision(), reportRecall());
    }

    /** Rows created beyond one per gold engagement (a second row, or a new row beside the curated one). */
    public int duplicateCount() {
        return duplicates.stream().mapToInt(Duplicate::extra).sum();
    }

    /** The harmonic mean of precision and recall; 0 when both are. Shared with {@link ExtractorEvaluation}. */
    static double f1(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
