package org.engagements.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.engagements.data.Engagement;
import org.engagements.data.Level;
import org.engagements.data.Mode;
import org.engagements.data.Person;
import org.engagements.data.Side;
import org.engagements.data.Status;
import org.engagements.data.Title;
import org.engagements.data.write.DatasetContent;
import org.junit.jupiter.api.Test;

/**
 * Merging an article's candidates into the dataset, pinned with synthetic one-sentence articles ingested
 * in turn into the shipped data.
 */
class DatasetMergeTest {
    private static ArticleInput article(String text, String published) {
        return new ArticleInput(Path.of("synthetic.txt"), "synthetic.txt", text, LocalDate.parse(published),
                "Example Wire", "A title", "", "stated: test");
    }

    private static List<Engagement> added(DatasetContent before, DatasetContent after) {
        return after.engagements().stream().filter(e -> before.findEngagement(e.id()).isEmpty()).toList();
    }

    @Test
    void aPlanForADayMovesToHeldWhenTheMeetingIsReportedTwoDaysLater() {
        DatasetContent before = Articles.shipped();
        DatasetContent planned = Ingester.plan(before, article(
                "Yellen will meet He Lifeng in Beijing on Monday.", "2022-03-22")).result();
        DatasetContent held = Ingester.plan(planned, article(
                "Yellen met He Lifeng in Beijing on Wednesday.", "2022-03-31")).result();
        List<Engagement> rows = added(before, held);
        assertEquals(1, rows.size(), () -> "one row whose status moves: " + rows);
        assertEquals(Status.HELD, rows.get(0).status());
        assertEquals(LocalDate.of(2022, 3, 30), rows.get(0).dates().start());
    }

    @Test
    void aCounterpartOutsideTheVocabularyNamedWithOfficeJoinsTheVocabularyAndTheRow() {
        DatasetContent before = Articles.shipped();
        IngestPlan plan = Ingester.plan(before, article(
                "Lloyd Austin held talks with Chinese Defence Minister Zhang Wei in Singapore on Friday.",
                "2023-06-05"));
        List<Engagement> rows = added(before, plan.result());
        assertEquals(1, rows.size(), () -> "a new row, not a merge into another defence minister's: " + rows);
        assertEquals(List.of("austin"), rows.get(0).participants().us());
        assertEquals(List.of("zhang-wei"), rows.get(0).participants().cn());
        assertEquals("Lloyd Austin–Zhang Wei meeting in Singapore", rows.get(0).title());
        Person added = plan.result().vocabulary().people().get(plan.result().vocabulary().people().size() - 1);
        assertEquals(new Person("zhang-wei", "Zhang Wei", List.of("Zhang"), Side.CN, Level.CABINET,
                List.of(new Title("Defence Minister", LocalDate.of(2023, 6, 5), LocalDate.of(2023, 6, 5)))), added);
        assertEquals(List.of(added), plan.newPeople());
        assertEquals(before.vocabulary().people().size() + 1, plan.result().vocabulary().people().size());
    }

    @Test
    void aNewcomerNamedWithAccentsAnswersToThePlainSpellingToo() {
        DatasetContent before = Articles.shipped();
        IngestPlan plan = Ingester.plan(before, article("Chinese Minister of National Defense Zhōu Míng spoke at the "
                + "forum on Friday. Lloyd Austin met Zhou Ming in Singapore on Saturday.", "2031-06-08"));
        List<Engagement> rows = added(before, plan.result());
        assertEquals(1, rows.size(), () -> rows.toString());
        assertEquals(List.of("zhou-ming"), rows.get(0).participants().cn());
        assertEquals(List.of("Zhou Ming", "Zhōu", "Zhou"), plan.newPeople().get(0).aliases());
    }

    @Test
    void aNewcomerOfAProposalHeldBackStaysOutOfTheVocabulary() {
        DatasetContent before = Articles.shipped();
        IngestPlan plan = Ingester.plan(before, article(
                "Lloyd Austin held talks with Chinese Defence Minister Zhang Wei in Singapore on Friday.",
                "2023-06-05"), new Review(0.99, java.util.Set.of(), java.util.Set.of()), 1);
        assertEquals(List.of(), plan.newPeople());
        assertEquals(before.vocabulary(), plan.result().vocabulary());
    }

    @Test
    void anOfficialNamedOnlyByOfficeIsCarriedInTheNotes() {
        DatasetContent before = Articles.shipped();
        DatasetContent after = Ingester.plan(before, article(
                "Blinken held talks with China's newly appointed commerce minister in Singapore on Friday.",
                "2023-06-05")).result();
        List<Engagement> rows = added(before, after);
        assertEquals(1, rows.size(), () -> rows.toString());
        assertEquals(List.of(), rows.get(0).participants().cn());
        assertTrue(rows.get(0).notes().contains("China's newly appointed commerce minister"), rows.get(0).notes());
        assertEquals(before.vocabulary(), after.vocabulary());
    }

    @Test
    void aGuessedModeGivesWayToTheModeALaterReportStates() {
        DatasetContent before = Articles.shipped();
        DatasetContent planned = Ingester.plan(before, article(
                "Yellen will meet He Lifeng next month, the Treasury said on Monday.", "2022-03-21")).result();
        assertTrue(added(before, planned).get(0).notes().contains("a visit hosted by the US is assumed"));
        DatasetContent held = Ingester.plan(planned, article(
                "Yellen met He Lifeng on the sidelines of the APEC summit on Thursday.", "2022-04-15")).result();
        List<Engagement> rows = added(before, held);
        assertEquals(1, rows.size(), () -> "one row, its guessed visit corrected: " + rows);
        assertEquals(Mode.MULTILATERAL, rows.get(0).mode());
        assertEquals(Status.HELD, rows.get(0).status());
        assertFalse(rows.get(0).notes().contains("assumed"), rows.get(0).notes());
    }

    @Test
    void anUndatedInvitationIsNotTheSummitOfAGivenDayWhoseModeWasGuessed() {
        DatasetContent before = Articles.shipped();
        DatasetContent held = Ingester.plan(before, article(
                "Yellen and He Lifeng began their long-awaited talks on Tuesday at a lakeside villa in Oakvale.",
                "2031-05-14")).result();
        assertTrue(added(before, held).get(0).notes().contains("a visit hosted by the US is assumed"));
        DatasetContent invited = Ingester.plan(held, article(
                "Yellen said He Lifeng invited her to visit China.", "2031-04-20")).result();
        List<Engagement> rows = added(before, invited);
        // an article read later may be older: the invitation's year after its article holds the talks' day
        assertEquals(2, rows.size(), () -> "the undated invitation is a row of its own: " + rows);
        assertEquals(List.of(Status.HELD, Status.PROPOSED), rows.stream().map(Engagement::status).toList());
    }

    @Test
    void aBackgroundMentionMatchingNoEngagementAddsNoRow() {
        DatasetContent before = Articles.shipped();
        DatasetContent after = Ingester.plan(before, article(
                "Raimondo spoke with Wang Yi by phone on Thursday. "
                + "Raimondo and Wang Yi last met in Beijing in August 2022.",
                "2024-03-10")).result();
        List<Engagement> rows = added(before, after);
        assertEquals(List.of(LocalDate.of(2024, 3, 7)), rows.stream().map(e -> e.dates().start()).toList(),
                () -> "only the call: " + rows);
    }

    @Test
    void aRowWithAnUnnamedSideAndNoPlaceIsTitledAsAMeetingNotAVisitToTheOtherSide() {
        DatasetContent before = Articles.shipped();
        DatasetContent after = Ingester.plan(before, article(
                "Yellen held talks with her Chinese counterparts on Tuesday.", "2022-03-10")).result();
        assertEquals(List.of("Janet Yellen–Chinese official meeting"),
                added(before, after).stream().map(Engagement::title).toList());
    }

    @Test
    void aPlanOfAPostponedTripIsThatTripNotAnOlderVagueVisitAndDoesNotUndoThePostponement() {
        DatasetContent before = Articles.shipped();
        DatasetContent visited = Ingester.plan(before, article(
                "Raimondo visited China in recent months, officials said on Monday.", "2025-09-01")).result();
        Engagement visit = added(before, visited).get(0);
        DatasetContent postponed = Ingester.plan(visited, article(
                "Raimondo will postpone her trip to China next week, officials said on Friday. Raimondo, who was "
                + "slated to depart for Beijing on Friday evening, was scheduled to meet Chinese Vice Premier "
                + "He Lifeng. The official declined to say when Raimondo would reschedule her travel to China.",
                "2025-03-07")).result();
        List<Engagement> rows = added(before, postponed);
        assertEquals(2, rows.size(), () -> "the vague visit and the postponed trip: " + rows);
        assertEquals(visit, rows.get(0), "the visit keeps its window and its people");
        assertEquals(Status.POSTPONED, rows.get(1).status());
        assertEquals(List.of("he-lifeng"), rows.get(1).participants().cn());
    }

    @Test
    void aPlanReadAfterTheMeetingItSlippedToIsAMentionOfItNotANewRow() {
        DatasetContent before = Articles.shipped();
        DatasetContent held = Ingester.plan(before, article(
                "Raimondo met He Lifeng in Beijing on Tuesday.", "2025-03-06")).result();
        DatasetContent planned = Ingester.plan(held, article(
                "Raimondo will meet He Lifeng in Beijing next month, officials said on Friday.", "2025-01-10"))
                .result();
        List<Engagement> rows = added(before, planned);
        assertEquals(1, rows.size(), () -> "the plan of February is the meeting held on 4 March: " + rows);
        assertEquals(Status.HELD, rows.get(0).status());
        assertEquals(LocalDate.of(2025, 3, 4), rows.get(0).dates().start());
        assertEquals(2, planned.mentionsOf(rows.get(0).id()).size());
    }

    @Test
    void aPlanDoesNotSlipEarlierIntoAMeetingHeldBeforeItsArticle() {
        DatasetContent before = Articles.shipped();
        DatasetContent held = Ingester.plan(before, article(
                "Raimondo met He Lifeng in Beijing on Tuesday.", "2025-03-06")).result();
        DatasetContent planned = Ingester.plan(held, article(
                "Raimondo will meet He Lifeng in Beijing on Monday, officials said on Thursday.", "2025-03-06"))
                .result();
        assertEquals(2, added(before, planned).size(), () -> added(before, planned).toString());
    }

    @Test
    void aRowDatedOnlyByItsArticleTakesADatedReportOnlyWhenTheReportStatesItsMode() {
        DatasetContent before = Articles.shipped();
        DatasetContent call = Ingester.plan(before, article(
                "Raimondo’s remarks came after her telephone conversation with He Lifeng.", "2025-06-19")).result();
        assertTrue(added(before, call).get(0).notes().contains("no date in the article"));
        DatasetContent meeting = Ingester.plan(call, article(
                "Raimondo and He Lifeng are in talks to meet next month, officials said on Friday.", "2025-02-21"))
                .result();
        assertEquals(2, added(before, meeting).size(), () -> "a meeting next month is not the undated call: "
                + added(before, meeting));
        DatasetContent dated = Ingester.plan(call, article(
                "Raimondo spoke with He Lifeng by phone on Tuesday.", "2025-06-12")).result();
        List<Engagement> rows = added(before, dated);
        assertEquals(1, rows.size(), () -> "a call on a day is the undated call: " + rows);
        assertEquals(LocalDate.of(2025, 6, 10), rows.get(0).dates().start());
    }

    @Test
    void twoCallsOfTheSamePeopleAMonthApartStayTwoRows() {
        DatasetContent before = Articles.shipped();
        DatasetContent first = Ingester.plan(before, article(
                "Raimondo spoke with He Lifeng by phone on Tuesday.", "2025-05-08")).result();
        DatasetContent second = Ingester.plan(first, article(
                "Raimondo spoke with He Lifeng by phone on Wednesday.", "2025-06-12")).result();
        assertEquals(List.of(LocalDate.of(2025, 5, 6), LocalDate.of(2025, 6, 11)),
                added(before, second).stream().map(e -> e.dates().start()).toList());
    }

    @Test
    void aCallAndALaterVisitOfTheSamePeopleStayTwoRowsEvenWhenTheCallWasPlanned() {
        DatasetContent before = Articles.shipped();
        DatasetContent planned = Ingester.plan(before, article(
                "Raimondo will speak with He Lifeng by phone next month, officials said on Monday.", "2025-04-14"))
                .result();
        DatasetContent visit = Ingester.plan(planned, article(
                "Raimondo met He Lifeng in Beijing on Thursday.", "2025-05-16")).result();
        List<Engagement> rows = added(before, visit);
        assertEquals(List.of(Mode.PHONE, Mode.VISIT), rows.stream().map(Engagement::mode).toList(),
                () -> rows.toString());
        assertEquals(Status.PLANNED, rows.get(0).status(), "the visit does not hold the planned call");
    }

    @Test
    void aMeetingWithTheHeadOfStateDuringAVisitIsARowOfItsOwn() {
        DatasetContent before = Articles.shipped();
        DatasetContent planned = Ingester.plan(before, article(
                "Raimondo will travel to China next week, officials said on Monday.", "2025-05-12")).result();
        DatasetContent withXi = Ingester.plan(planned, article(
                "Raimondo met President Xi Jinping in Beijing on Wednesday.", "2025-05-22")).result();
        DatasetContent talks = Ingester.plan(withXi, article(
                "Raimondo held talks with Vice Premier He Lifeng in Beijing on Tuesday.", "2025-05-22")).result();
        List<Engagement> rows = added(before, talks);
        assertEquals(List.of(List.of("he-lifeng"), List.of("xi-jinping")),
                rows.stream().map(e -> e.participants().cn()).toList(), () -> rows.toString());
        assertEquals(List.of(Status.HELD, Status.HELD), rows.stream().map(Engagement::status).toList());
    }

    @Test
    void aPlanWhoseDatesWereOverBeforeItsArticleIsAMentionOrNothing() {
        DatasetContent before = Articles.shipped();
        String recalled = "Raimondo had planned to meet He Lifeng in Beijing in April 2025, officials said on "
                + "Wednesday.";
        assertEquals(List.of(), added(before, Ingester.plan(before, article(recalled, "2025-09-10")).result()));
        DatasetContent held = Ingester.plan(before, article(
                "Raimondo met He Lifeng in Beijing on Tuesday.", "2025-04-24")).result();
        DatasetContent mentioned = Ingester.plan(held, article(recalled, "2025-09-10")).result();
        List<Engagement> rows = added(before, mentioned);
        assertEquals(1, rows.size(), () -> rows.toString());
        assertEquals(Status.HELD, rows.get(0).status());
        assertEquals(2, mentioned.mentionsOf(rows.get(0).id()).size());
    }

    /** Ingests a named report of a meeting, then an office-only report of it; the rows both added. */
    private static List<Engagement> namedThenOffice(String office) {
        DatasetContent before = Articles.shipped();
        DatasetContent named = Ingester.plan(before, article(
                "Austin met China's Zhang Wei in Singapore on Friday.", "2024-02-10")).result();
        DatasetContent both = Ingester.plan(named, article(office, "2024-02-07")).result();
        return added(before, both);
    }

    @Test
    void anOfficeWithoutANameIsItsHolderOnTheDayAndJoinsTheRowNamingThem() {
        // a newcomer the first article added has no title; the office alone may be them
        for (String office : List.of(
                "China's National Defense Minister will meet Austin in Singapore on Friday.",
                "Austin is expected to hold talks with China's new defence minister in Singapore on Friday.")) {
            List<Engagement> rows = namedThenOffice(office);
            assertEquals(1, rows.size(), () -> office + ": " + rows);
        }
    }

    @Test
    void aNameOutsideTheVocabularyIsStillSomeoneElse() {
        List<Engagement> rows = namedThenOffice("Austin will meet China's Liu Wenbo in Singapore on Friday.");
        assertEquals(2, rows.size(), () -> rows.toString());
    }
}
