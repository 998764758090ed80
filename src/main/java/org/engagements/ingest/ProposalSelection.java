package org.engagements.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.engagements.data.Article;
import org.engagements.data.write.DatasetContent;
import org.engagements.ingest.extract.Candidate;

/**
 * Turns an article's candidates into reviewed proposals, one at a time: each is merged into the data
 * together with the proposals already accepted before it, scored, and decided by the {@link Review}.
 * So what a proposal shows is what it would write given the decisions before it, a rejected proposal
 * leaves no row and no mention, and the mention of an engagement goes with the first accepted proposal
 * that reports it. This is also where rows are made from proposals, so it is where a proposal without
 * its quote is refused. Immutable.
 */
final class ProposalSelection {
    private final DatasetContent content;
    private final Article article;
    private final String text;

    ProposalSelection(DatasetContent content, Article article, String text) {
        this.content = content;
        this.article = article;
        this.text = text;
    }

    /** The proposals, numbered from {@code firstNumber}, and the data with the written ones. */
    Result select(List<Candidate> candidates, Review review, int firstNumber) {
        List<Candidate> written = new ArrayList<>();
        List<Proposal> proposals = new ArrayList<>();
        int changesWritten = 0;
        for (Candidate candidate : candidates) {
            List<Candidate> trial = new ArrayList<>(written);
            trial.add(candidate);
            List<EngagementChange> changes = merge(trial).changes();
            if (changes.size() <= changesWritten) {
                // Nothing of its own to propose: a background sentence that matches no engagement, or a
                // report the merge folds into one already accepted. It goes along with what is written.
                written.add(candidate);
                continue;
            }
            EngagementChange change = changes.get(changes.size() - 1);
            Optional<String> existing = change.before().map(e -> e.id()).filter(id -> content.findEngagement(id)
                    .isPresent());
            Confidence confidence = Confidence.of(candidate, existing, content.vocabulary());
            String id = Proposal.id(firstNumber + proposals.size());
            Review.Decision decision = review.decide(id, confidence, quoted(candidate, change));
            proposals.add(new Proposal(id, change, confidence, decision));
            if (decision.written()) {
                written.add(candidate);
                changesWritten = changes.size();
            }
        }
        DatasetContent result = written.isEmpty() ? content : merge(written).content();
        return new Result(proposals, result);
    }

    /** The proposals of one article, and the data with those written. */
    record Result(List<Proposal> proposals, DatasetContent content) {
    }

    private DatasetMerge.Result merge(List<Candidate> candidates) {
        return new DatasetMerge(content).merge(article, text, candidates);
    }

    /** An evidence sentence, and a mention (when the change adds one) that quotes it. */
    private static boolean quoted(Candidate candidate, EngagementChange change) {
        return !candidate.quote().isBlank() && change.mention().map(m -> !m.quote().isBlank()).orElse(true);
    }
}
