package org.engagements.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.engagements.data.Article;
import org.engagements.data.Mention;
import org.engagements.data.write.DatasetContent;
import org.engagements.ingest.extract.Candidate;
import org.engagements.ingest.extract.Evidence;
import org.engagements.ingest.extract.Sentence;
import org.junit.jupiter.api.Test;

/** Reviewed proposals of second-report.txt (a report that e011, planned, was held) and variants of it. */
class ProposalSelectionTest {
    private static final String PUBLISHED = "2021-07-27";
    private static final Article ARTICLE = new Article("a005", "005_0000000000000000.txt", "Example Wire",
            LocalDate.parse(PUBLISHED), "stated: test", "A title", "");

    private static Candidate report() {
        return Articles.extract("second-report.txt", PUBLISHED).candidates().get(0);
    }

    /** The same report resting on another sentence: {@code text} blank for a proposal without its quote. */
    private static Candidate quoting(String text) {
        Candidate c = report();
        return new Candidate(c.us(), c.cn(), c.statedStatus(), c.mode(), c.talkOnly(), c.venue(), c.country(),
                c.occasion(), c.date(), c.published(), c.issues(),
                List.of(new Evidence(new Sentence(5, 1, 400, text), Map.of())));
    }

    /** The report without its date: 0.80 instead of 1.00. */
    private static Candidate undated() {
        Candidate c = report();
        return new Candidate(c.us(), c.cn(), c.statedStatus(), c.mode(), c.talkOnly(), c.venue(), c.country(),
                c.occasion(), Optional.empty(), c.published(), c.issues(), c.evidence());
    }

    private static ProposalSelection.Result select(List<Candidate> candidates, Review review) {
        return new ProposalSelection(Articles.shipped(), ARTICLE, Articles.text("second-report.txt"))
                .select(candidates, review, 4);
    }

    /** A sentence about an earlier meeting, in passing, that names no one and so matches no engagement of the data. */
    private static Candidate inPassing() {
        Candidate c = report();
        return new Candidate(List.of(), List.of(), c.statedStatus(), c.mode(), c.talkOnly(), c.venue(), c.country(),
                c.occasion(), Optional.empty(), c.published(), c.issues(),
                List.of(new Evidence(new Sentence(5, 1, 400, "The two last met years ago."),
                        Map.of(Evidence.Field.BACKGROUND, "last met"))));
    }

    @Test
    void aSentenceInPassingThatMatchesNothingProposesNothingAndTheNextIsNumberedOn() {
        ProposalSelection.Result result = select(List.of(inPassing(), report()), Review.ALL);
        assertEquals(List.of("p4"), result.proposals().stream().map(Proposal::id).toList());
    }

    @Test
    void proposalsAreNumberedOnFromTheGivenNumber() {
        ProposalSelection.Result result = select(List.of(report(), quoting("Sherman met Wang.")), Review.ALL);
        assertEquals(List.of("p4", "p5"), result.proposals().stream().map(Proposal::id).toList());
    }

    @Test
    void aProposalWithoutItsQuoteIsRefusedEvenWhenAcceptedAndWritesNothing() {
        Review accepting = new Review(0, Set.of("p4"), Set.of());
        ProposalSelection.Result result = select(List.of(quoting(" \n ")), accepting);
        Proposal refused = result.proposals().get(0);
        assertEquals(Review.Decision.NO_QUOTE, refused.decision());
        assertEquals(Articles.shipped(), result.content());
        IngestPlan plan = new IngestPlan(new ArticleInput(Path.of("x.txt"), "x.txt", "text", LocalDate.parse(PUBLISHED),
                "Example Wire", "A title", "", "stated: test"), IngestPlan.Outcome.HELD_BACK, Optional.empty(),
                Optional.of(ARTICLE), result.proposals(), List.of(), List.of(), result.content());
        assertTrue(PlanReport.render(plan, "data", accepting).contains("  p4 update e011: ")
                && PlanReport.render(plan, "data", accepting).contains("      review: refused: no evidence sentence, "
                + "and nothing is written without its quote\n"), PlanReport.render(plan, "data", accepting));
    }

    @Test
    void aRejectedProposalLeavesNoRowAndNoMentionSoTheMentionGoesWithTheNextAcceptedOne() {
        Review review = new Review(0.5, Set.of(), Set.of("p4"));
        ProposalSelection.Result result = select(List.of(report(), quoting("Sherman met Wang.")), review);
        List<Mention> added = result.content().mentions().stream().filter(m -> m.articleId().equals("a005")).toList();
        assertEquals(List.of("e011"), added.stream().map(Mention::engagementId).toList());
        assertEquals("Sherman met Wang.", added.get(0).quote());
        assertEquals(List.of(false, true), result.proposals().stream().map(Proposal::written).toList());
        assertEquals(Articles.shipped().engagements().size(), result.content().engagements().size());
    }

    @Test
    void allRejectedLeavesTheDataAsItWas() {
        Review review = new Review(0.5, Set.of(), Set.of("p4", "p5"));
        ProposalSelection.Result result = select(List.of(report(), quoting("Sherman met Wang.")), review);
        assertEquals(Articles.shipped(), result.content());
    }

    @Test
    void aProposalBelowTheThresholdIsHeldBackUnlessAccepted() {
        ProposalSelection.Result strict = select(List.of(undated()), new Review(0.81, Set.of(), Set.of()));
        assertEquals("0.80", strict.proposals().get(0).confidence().text());
        assertEquals(Review.Decision.BELOW_THRESHOLD, strict.proposals().get(0).decision());
        assertEquals(Articles.shipped(), strict.content());
        assertEquals(Review.Decision.ABOVE_THRESHOLD, select(List.of(undated()), new Review(0.8, Set.of(), Set.of()))
                .proposals().get(0).decision());
        ProposalSelection.Result accepted = select(List.of(undated()), new Review(0.81, Set.of("p4"), Set.of()));
        assertEquals(Review.Decision.ACCEPTED, accepted.proposals().get(0).decision());
        assertEquals(1, accepted.content().mentions().size() - Articles.shipped().mentions().size());
    }
}
