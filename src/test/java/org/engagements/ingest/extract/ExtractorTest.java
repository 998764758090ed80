package org.engagements.ingest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.engagements.data.DatePrecision;
import org.engagements.data.Mode;
import org.engagements.data.Status;
import org.engagements.ingest.Articles;
import org.junit.jupiter.api.Test;

/** The extractor on short articles written for these tests (src/test/resources/ingest). */
class ExtractorTest {
    /** The fields a test compares, in one line. */
    private static String summary(Candidate c) {
        return String.join(" ", ids(c.us()), "|", ids(c.cn()), c.status().code(),
                c.assumedMode().map(Mode::code).orElse("?"), c.venue().orElse("-"),
                c.dates().start() + ".." + c.dates().end(), c.dates().precision().code(),
                "[" + String.join(";", c.issues()) + "]");
    }

    private static String ids(List<String> ids) {
        return ids.isEmpty() ? "-" : String.join(";", ids);
    }

    private static List<String> summaries(String article, String published) {
        return Articles.extract(article, published).candidates().stream().map(ExtractorTest::summary).toList();
    }

    @Test
    void aPhoneCallHasNoVenueAndTheDayOfTheWeekBeforePublication() {
        assertEquals(List.of("biden | xi-jinping held phone - 2022-03-18..2022-03-18 day [taiwan]"),
                summaries("call.txt", "2022-03-20"));
    }

    @Test
    void aMeetingInAThirdCountryIsThirdPartyAndTakesTheIssuesOfTheTalksParagraph() {
        assertEquals(List.of("blinken | wang-yi held third_party vienna 2022-07-04..2022-07-10 week [fentanyl;taiwan]"),
                summaries("third-country.txt", "2022-07-11"));
    }

    @Test
    void aMeetingOnTheSidelinesOfASummitIsMultilateral() {
        Candidate candidate = Articles.extract("sidelines.txt", "2023-11-20").candidates().get(0);
        assertEquals("biden | xi-jinping held multilateral san-francisco 2023-11-15..2023-11-15 day []",
                summary(candidate));
        assertEquals("APEC summit", candidate.occasion());
    }

    @Test
    void severalTravellersJoinedByAndAreOneCandidateEachButOrKeepsThemTogether() {
        assertEquals(List.of(
                "yellen | - held visit beijing 2023-06-01..2023-08-31 season []",
                "raimondo | - held visit beijing 2023-06-01..2023-08-31 season []",
                "blinken;sullivan | - proposed visit - 2023-10-01..2023-10-31 month []"),
                summaries("travellers.txt", "2023-09-01"));
    }

    @Test
    void aPronounTakesThePreviousSentencesSubjectAndItsPlaceAndDay() {
        assertEquals(List.of("blinken | wang-yi held visit washington 2023-10-26..2023-10-26 day []"),
                summaries("coreference.txt", "2023-10-28"));
    }

    @Test
    void anOfficeResolvesToWhoeverHeldItOnThePublicationDate() {
        assertEquals(List.of("blinken | wang-yi planned visit washington 2023-11-01..2023-11-30 month []"),
                summaries("titles.txt", "2023-10-06"));
        assertEquals(List.of("blinken | qin-gang planned visit washington 2023-04-01..2023-04-30 month []"),
                summaries("titles.txt", "2023-03-01"));
    }

    @Test
    void unknownNamesAreSuggestedAndAidesOfAPresidentAreNotThePresident() {
        Extraction extraction = Articles.extract("unknown-names.txt", "2024-05-01");
        assertEquals(List.of(), extraction.candidates());
        assertEquals(List.of("Sergei Lavrov", "Jane Doe"),
                extraction.suggestions().stream().map(NameSuggestion::name).toList());
    }

    @Test
    void anUnknownVenueIsSuggestedAsAPlace() {
        Extraction extraction = Articles.extractor().extract("Vice Premier He Lifeng held talks with Treasury "
                + "Secretary Janet Yellen in Guangzhou on Friday.", LocalDate.of(2024, 4, 6));
        assertEquals(List.of("yellen | he-lifeng held ? - 2024-04-05..2024-04-05 day []"),
                extraction.candidates().stream().map(ExtractorTest::summary).toList());
        assertEquals(List.of(new NameSuggestion(NameSuggestion.Kind.PLACE, "Guangzhou", "in Guangzhou",
                "Vice Premier He Lifeng held talks with Treasury Secretary Janet Yellen in Guangzhou on Friday.")),
                extraction.suggestions());
    }

    @Test
    void anArticleWithoutEngagementsGivesNone() {
        assertEquals(List.of(), summaries("no-engagement.txt", "2024-05-01"));
    }

    @Test
    void aDeniedMeetingGivesNothing() {
        assertEquals(List.of(), summaries("negation.txt", "2023-06-05"));
    }

    @Test
    void aConditionalWithAConcreteProposalIsProposed() {
        Candidate candidate = Articles.extract("hypothetical.txt", "2021-07-25").candidates().get(0);
        assertEquals("biden | xi-jinping proposed multilateral bali 2021-11-01..2021-11-30 month []",
                summary(candidate));
        assertEquals(Optional.of(Status.PROPOSED), candidate.statedStatus());
    }

    @Test
    void everyFieldKeepsItsEvidence() {
        Candidate candidate = Articles.extract("second-report.txt", "2021-07-27").candidates().get(0);
        Evidence evidence = candidate.evidence().get(0);
        assertTrue(evidence.quote().startsWith("Deputy Secretary of State Wendy Sherman met"), evidence.quote());
        assertEquals("Wendy Sherman; Wang Yi", evidence.words().get(Evidence.Field.PARTICIPANTS));
        assertEquals("met", evidence.words().get(Evidence.Field.STATUS));
        assertEquals("on Monday", evidence.words().get(Evidence.Field.DATE));
        assertEquals("Tianjin", evidence.words().get(Evidence.Field.VENUE));
        assertEquals("Hong Kong; Xinjiang; climate change", evidence.words().get(Evidence.Field.ISSUES));
    }

    @Test
    void theImpliedEarlierVisitOfTheFirstVisitSinceAYearIsHeldInThatYear() {
        Extraction extraction = Articles.extractor().extract("In the first visit by a Chinese foreign minister to "
                + "Washington since 2018, Wang Yi met Biden.", LocalDate.of(2023, 10, 27));
        assertEquals(List.of("- | wang-yi held visit washington 2018-01-01..2018-12-31 year []",
                "biden | wang-yi held visit washington 2023-10-26..2023-10-27 day []"),
                extraction.candidates().stream().map(ExtractorTest::summary).toList());
        assertEquals(DatePrecision.YEAR, extraction.candidates().get(0).dates().precision());
    }
}
