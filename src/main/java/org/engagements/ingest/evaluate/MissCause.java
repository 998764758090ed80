package org.engagements.ingest.evaluate;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.engagements.data.Engagement;
import org.engagements.data.Side;
import org.engagements.data.Vocabulary;
import org.engagements.ingest.Proposal;
import org.engagements.ingest.extract.Evidence;

/**
 * Where the pipeline lost a missed gold engagement, told from the proposals of the article its gold row
 * comes from: whether any proposal was read from the row's evidence sentence, and if so which step its best
 * reading failed (people, dates, the review, a merge into another row). So a reader of {@code evaluate}'s
 * misses sees which stage to fix: finding the sentence, resolving its people or dates, or merging.
 */
final class MissCause {
    /** The steps in pipeline order; a proposal that got further explains the miss better. */
    enum Step {
        NOT_READ, PEOPLE, DATES, HELD_BACK, MERGED, NOT_PAIRED
    }

    private MissCause() {
    }

    /**
     * Why {@code gold} was missed, given the proposals of its article (written or not) and the ids of the
     * engagements in the data before the set was ingested.
     */
    static String of(GoldRow gold, List<Proposal> proposals, Set<String> curated, Vocabulary vocabulary) {
        String evidence = Names.squeeze(gold.evidence());
        List<Proposal> fromSentence = proposals.stream().filter(p -> p.change().candidate().evidence().stream()
                .map(Evidence::sentence).anyMatch(s -> sameSentence(Names.squeeze(s.text()), evidence))).toList();
        Comparator<Proposal> furthest = Comparator.comparing(p -> step(gold, p, curated, vocabulary));
        Optional<Proposal> best = fromSentence.stream().max(furthest.thenComparingInt(p -> shared(gold, p, vocabulary)));
        if (best.isEmpty()) {
            return "lost: no proposal was read from its sentence";
        }
        Proposal proposal = best.get();
        Engagement row = proposal.change().after();
        return switch (step(gold, proposal, curated, vocabulary)) {
            case NOT_READ -> throw new IllegalStateException("a proposal was read");
            case PEOPLE -> "lost at people: its sentence gave proposal " + proposal.id() + " (" + row.id() + ") with "
                    + people(row);
            case DATES -> "lost at dates: its sentence gave proposal " + proposal.id() + " (" + row.id() + ") dated "
                    + row.dates().start() + ".." + row.dates().end();
            case HELD_BACK -> "lost at review: proposal " + proposal.id() + " was held back (confidence "
                    + String.format(Locale.ROOT, "%.2f", proposal.confidence().value()) + ")";
            case MERGED -> "lost at merging: proposal " + proposal.id() + " went into " + row.id()
                    + ", which the gold row does not link";
            case NOT_PAIRED -> "lost at alignment: proposal " + proposal.id() + " (" + row.id()
                    + ") fits, but was paired with another gold row of the article";
        };
    }

    private static Step step(GoldRow gold, Proposal proposal, Set<String> curated, Vocabulary vocabulary) {
        Engagement row = proposal.change().after();
        if (!Alignment.sharesPeople(gold, row, vocabulary)) {
            return Step.PEOPLE;
        }
        if (!Alignment.datesFit(gold, row)) {
            return Step.DATES;
        }
        if (!proposal.written()) {
            return Step.HELD_BACK;
        }
        boolean intoOther = curated.contains(row.id()) && !row.id().equals(gold.dataId());
        return intoOther ? Step.MERGED : Step.NOT_PAIRED;
    }

    /** How many of the gold row's people the proposal's row names: among readings failing at one step, the nearest. */
    private static int shared(GoldRow gold, Proposal proposal, Vocabulary vocabulary) {
        Engagement row = proposal.change().after();
        return (int) (Alignment.resolved(vocabulary, Side.US, gold.us()).stream().filter(row.participants().us()::contains)
                .count() + Alignment.resolved(vocabulary, Side.CN, gold.cn()).stream()
                .filter(row.participants().cn()::contains).count());
    }

    private static String people(Engagement row) {
        String us = String.join(";", row.participants().us());
        String cn = String.join(";", row.participants().cn());
        return (us.isEmpty() ? "(none)" : us) + " / " + (cn.isEmpty() ? "(none)" : cn);
    }

    /** Sentences as the extractor and the coder cut them may differ at the edges: either holds the other, or a long start. */
    private static boolean sameSentence(String sentence, String evidence) {
        int head = 40;
        return sentence.contains(evidence) || evidence.contains(sentence)
                || (sentence.length() > head && evidence.contains(sentence.substring(0, head)))
                || (evidence.length() > head && sentence.contains(evidence.substring(0, head)));
    }
}
