package org.engagements.ingest.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.engagements.data.Status;
import org.engagements.ingest.evaluate.SetScore.Field;
import org.engagements.ingest.evaluate.SetScore.Tally;
import org.junit.jupiter.api.Test;

/** The scorer on small synthetic sets and runs (never the real evaluation articles). */
class ScorerTest {
    private static final String CALL = "s1,biden-xi-call,,report,held,2022-03-18,2022-03-18,day,phone,,biden,xi-jinping";

    @Test
    void aRowThatIsItsGoldEngagementCountsForPrecisionRecallAndEveryField() {
        SetScore score = new Runs().article("s1", "2022-03-20").gold(CALL)
                .row("e023,held,2022-03-18,2022-03-18,day,phone,,biden,xi-jinping").mention("s1", "e023", Status.HELD)
                .score();
        assertEquals(List.of(1, 1, 1, 1, 0), List.of(score.systemRows(), score.matchedRows(), score.requiredKeys(),
                score.foundKeys(), score.duplicateCount()));
        assertEquals(List.of(1.0, 1.0, 1.0), List.of(score.precision(), score.recall(), score.f1()));
        assertEquals(Map.of(Field.STATUS, new Tally(1, 1), Field.DATES, new Tally(1, 1), Field.VENUE, new Tally(0, 0),
                Field.MODE, new Tally(1, 1), Field.US_PARTICIPANTS, new Tally(1, 1), Field.CN_PARTICIPANTS,
                new Tally(1, 1)), score.fields());
        assertEquals(new Tally(1, 1), score.reportedStatus());
    }

    @Test
    void aWrongFieldIsAFieldErrorOfAMatchedRowNotAMiss() {
        SetScore score = new Runs().article("s1", "2022-03-20").gold(CALL)
                .row("e023,planned,2022-03-20,2022-03-26,week,phone,,biden,").mention("s1", "e023", Status.PLANNED)
                .score();
        assertEquals(List.of(1, 0), List.of(score.foundKeys(), score.misses().size()));
        assertEquals(List.of(
                new SetScore.FieldError("e023", "biden-xi-call", Field.STATUS, "planned", "held"),
                new SetScore.FieldError("e023", "biden-xi-call", Field.DATES, "2022-03-20..2022-03-26 (week)",
                        "2022-03-18..2022-03-18 (day)"),
                new SetScore.FieldError("e023", "biden-xi-call", Field.CN_PARTICIPANTS, "(none)", "xi-jinping")),
                score.fieldErrors());
        assertEquals(new Tally(0, 1), score.reportedStatus());
    }

    @Test
    void aNewRowForAnEngagementAlreadyInTheDataIsADuplicate() {
        SetScore score = new Runs().article("s1", "2022-11-15")
                .gold("s1,bali,e013,report,held,2022-11-14,2022-11-14,day,multilateral,bali,biden,xi-jinping")
                .row("e023,held,2022-11-14,2022-11-14,day,multilateral,bali,biden,xi-jinping")
                .mention("s1", "e023", Status.HELD).score();
        assertEquals(List.of(new SetScore.Duplicate("bali", List.of("e013 (curated)", "e023 (new)"), 1)),
                score.duplicates());
        assertEquals(List.of(1, 1), List.of(score.matchedRows(), score.foundKeys()));
    }

    @Test
    void twoArticlesWhoseReportsBecomeTwoRowsMakeOneDuplicate() {
        SetScore score = new Runs().article("s1", "2022-03-20").article("s2", "2022-03-21").gold(CALL)
                .gold("s2,biden-xi-call,,report,held,2022-03-18,2022-03-18,day,phone,,biden,xi-jinping")
                .row("e023,held,2022-03-18,2022-03-18,day,phone,,biden,xi-jinping").mention("s1", "e023", Status.HELD)
                .row("e024,held,2022-03-18,2022-03-18,day,phone,,biden,xi-jinping").mention("s2", "e024", Status.HELD)
                .score();
        assertEquals(1, score.duplicateCount());
        assertEquals(List.of(2, 2, 1), List.of(score.systemRows(), score.matchedRows(), score.foundKeys()));
    }

    @Test
    void aSecondRowFromTheSameArticleForOneEngagementIsADuplicateNotASpuriousRow() {
        SetScore score = new Runs().article("s1", "2022-03-20").gold(CALL)
                .row("e023,held,2022-03-18,2022-03-18,day,phone,,biden,xi-jinping").mention("s1", "e023", Status.HELD)
                .row("e024,held,2022-03-17,2022-03-17,day,phone,,biden,").mention("s1", "e024", Status.HELD).score();
        assertEquals(List.of(new SetScore.Duplicate("biden-xi-call", List.of("e023 (new)", "e024 (new)"), 1)),
                score.duplicates());
        assertEquals(List.of(), score.spurious());
        assertEquals(List.of(1, 2), List.of(score.alignedReports(), score.systemReports()));
    }

    @Test
    void aRowOfNoGoldEngagementIsSpuriousAndAnUnfoundReportIsAMissButAnUnfoundBackgroundMentionIsNot() {
        SetScore score = new Runs().article("s1", "2022-03-20").gold(CALL)
                .gold("s1,anchorage,e003,background,held,2021-03-01,2021-03-31,month,visit,anchorage,blinken,wang-yi")
                .row("e023,planned,2022-06-01,2022-06-30,month,visit,,blinken,qin-gang")
                .mention("s1", "e023", Status.PLANNED).score();
        assertEquals(List.of("biden-xi-call"), score.misses().stream().map(SetScore.Miss::key).toList());
        assertEquals("evidence of biden-xi-call", score.misses().get(0).row().evidence());
        assertEquals(1, score.spurious().size());
        assertEquals(List.of("e023", "quote of e023"), List.of(score.spurious().get(0).engagement().id(),
                score.spurious().get(0).reports().get(0).quote()));
        assertEquals(List.of(0.0, 0.0), List.of(score.precision(), score.recall()));
    }

    @Test
    void aReportMergedIntoAnotherCuratedEngagementIsAWrongMergeNotAMatch() {
        SetScore score = new Runs().article("s1", "2021-11-17")
                .gold("s1,virtual,,report,held,2021-11-15,2021-11-16,day,video,,biden,xi-jinping")
                .mention("s1", "e008", Status.HELD).score();
        assertEquals(List.of("virtual"), score.misses().stream().map(SetScore.Miss::key).toList());
        assertEquals(List.of("e008"), score.spurious().stream().map(s -> s.engagement().id()).toList());
        assertEquals(false, score.spurious().get(0).isNew());
    }

    @Test
    void aRowHoldingTwoGoldEngagementsIsListed() {
        SetScore score = new Runs().article("s1", "2023-07-10")
                .gold("s1,visit,,report,held,2023-07-06,2023-07-09,day,visit,,yellen,he-lifeng")
                .row("e023,held,2023-07-06,2023-07-09,day,visit,beijing,yellen,")
                .mention("s1", "e023", Status.HELD).article("s2", "2023-07-11")
                .gold("s2,premier,,report,held,2023-07-07,2023-07-07,day,visit,beijing,yellen,Li Qiang (Premier)")
                .mention("s2", "e023", Status.HELD).score();
        assertEquals(List.of(new SetScore.Conflation("e023", List.of("visit", "premier"))), score.conflations());
        assertEquals(List.of(1, 2), List.of(score.matchedRows(), score.foundKeys()));
    }

    @Test
    void theExpectedRowCombinesTheReports() {
        Runs runs = new Runs().article("s1", "2023-10-27").article("s2", "2023-11-16").article("s3", "2024-04-02")
                .gold("s1,sf,e022,report,proposed,2023-11-01,2023-11-30,month,multilateral,san-francisco,biden,")
                .gold("s2,sf,e022,report,held,2023-11-15,2023-11-15,day,,,biden,xi-jinping")
                .gold("s3,sf,e022,background,planned,2023-11-01,2023-11-30,month,,,biden,xi-jinping");
        EvaluationSet set = runs.set();
        Expectation expected = Expectation.of(set.gold(), Map.of("s1", set.articles().get(0), "s2",
                set.articles().get(1), "s3", set.articles().get(2)), SampleSet.shipped().findEngagement("e022"),
                SampleSet.shipped().vocabulary());
        assertEquals(Status.HELD, expected.status(), "a held engagement stays held whatever later reports say");
        assertEquals(List.of("2023-11-15", "2023-11-15"), List.of(expected.dates().start().toString(),
                expected.dates().end().toString()), "the narrowest dates among the held reports");
        assertEquals(Optional.of("san-francisco"), expected.venue());
        assertEquals(java.util.Set.of("xi-jinping"), expected.cn());
    }

    @Test
    void aPersonOutsideTheVocabularyMatchesOnceTheVocabularyKnowsTheName() {
        org.engagements.data.Vocabulary shipped = SampleSet.shipped().vocabulary();
        List<org.engagements.data.Person> people = new java.util.ArrayList<>(shipped.people());
        people.add(new org.engagements.data.Person("dong-jun", "Dong Jun", List.of("Admiral Dong"),
                org.engagements.data.Side.CN, org.engagements.data.Level.MILITARY, List.of()));
        org.engagements.data.Vocabulary added = new org.engagements.data.Vocabulary(people, shipped.places(),
                shipped.issues());
        String token = "Dong Jun (Minister of National Defense)";
        assertEquals(List.of("name:dong jun", "dong-jun", "name:dong jun"), List.of(
                Names.person(shipped, org.engagements.data.Side.CN, token),
                Names.person(added, org.engagements.data.Side.CN, token),
                Names.person(added, org.engagements.data.Side.US, token)));
        assertEquals(List.of("valletta", "name:kuala lumpur"), List.of(Names.venue(shipped, "Malta"),
                Names.venue(shipped, "Kuala Lumpur")));
    }

    @Test
    void theReportListsEveryMissAndSpuriousRowWithItsSentenceAndIsTheSameEachTime() {
        Runs runs = new Runs().article("s1", "2022-03-20").gold(CALL)
                .row("e023,planned,2022-06-01,2022-06-30,month,visit,,blinken,qin-gang")
                .mention("s1", "e023", Status.PLANNED);
        String report = SetReport.render(runs.score());
        assertEquals(report, SetReport.render(runs.score()));
        assertTrue(report.startsWith("evaluation set set: 1 articles, 1 reports and 0 background mentions coded, "
                + "1 engagements (0 only in background)\n"), report);
        assertTrue(report.contains("\nmissed gold engagements (1):\n  biden-xi-call  s1 held 2022-03-18..2022-03-18 "
                + "phone biden / xi-jinping\n      \"evidence of biden-xi-call\"\n"
                + "      lost: no proposal was read from its sentence\n"), report);
        assertTrue(report.contains("\nspurious rows (1):\n  e023 (new) planned 2022-06-01..2022-06-30 visit blinken / "
                + "qin-gang: row e023\n      s1: \"quote of e023\"\n"), report);
        assertTrue(report.contains("\nengagements       1        0     1      0       0.00    0.00  0.00\n"), report);
    }
}
