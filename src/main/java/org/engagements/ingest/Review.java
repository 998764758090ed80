package org.engagements.ingest;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The analyst's review of the proposals: the least confidence written without being named, and the
 * proposals accepted or rejected by id whatever their confidence. A proposal without its quote is
 * refused even when accepted: nothing is written without its evidence sentence.
 */
public record Review(double minConfidence, Set<String> accept, Set<String> reject) {
    /** Without {@code --min-confidence}: half the proposals' possible points. */
    public static final double DEFAULT_MIN_CONFIDENCE = 0.5;
    /** Every proposal with a quote is written: what evaluation and a plain {@link Ingester#plan} use. */
    public static final Review ALL = new Review(0, Set.of(), Set.of());

    /**
     * @throws IngestException when the threshold is outside [0, 1] or an id is both accepted and rejected
     *         (the caller's mistake)
     */
    public Review {
        if (!(minConfidence >= 0 && minConfidence <= 1)) {
            throw new IngestException("--min-confidence " + shown(minConfidence) + ": expected a number from 0 to 1");
        }
        accept = Set.copyOf(accept);
        reject = Set.copyOf(reject);
        Set<String> both = new TreeSet<>(accept);
        both.retainAll(reject);
        if (!both.isEmpty()) {
            throw new IngestException("--accept and --reject both name " + String.join(", ", both)
                    + ": expected each proposal in one of them at most");
        }
    }

    /** {@code 2} rather than {@code 2.0}: the number as the user typed it. */
    private static String shown(double value) {
        return Double.isFinite(value) ? java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString()
                : String.valueOf(value);
    }

    /** What becomes of the proposal {@code id}. */
    Decision decide(String id, Confidence confidence, boolean quoted) {
        if (!quoted) {
            return Decision.NO_QUOTE;
        }
        if (reject.contains(id)) {
            return Decision.REJECTED;
        }
        if (accept.contains(id)) {
            return Decision.ACCEPTED;
        }
        return confidence.points() >= threshold() ? Decision.ABOVE_THRESHOLD : Decision.BELOW_THRESHOLD;
    }

    /** The threshold in points (hundredths), rounded up: 0.555 needs 56. */
    int threshold() {
        return (int) Math.ceil(minConfidence * 100 - 1e-9);
    }

    /** The threshold as the review shows it: {@code 0.50}. */
    public String thresholdText() {
        return String.format(Locale.ROOT, "%.2f", minConfidence);
    }

    /** What becomes of a proposal, and whether it is written. */
    public enum Decision {
        ABOVE_THRESHOLD(true), ACCEPTED(true), BELOW_THRESHOLD(false), REJECTED(false), NO_QUOTE(false);

        private final boolean written;

        Decision(boolean written) {
            this.written = written;
        }

        public boolean written() {
            return written;
        }
    }
}
