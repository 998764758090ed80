package org.engagements.ingest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.engagements.data.Side;
import org.engagements.ingest.Articles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The failure classes of issue 17 (extraction on articles it has never seen), each pinned with synthetic
 * sentences written for this test, none taken from the evaluation sets.
 */
class FailureClassesTest {
    private static List<Candidate> extract(String text, String published) {
        return Articles.extractor().extract(text, LocalDate.parse(published)).candidates();
    }

    private static String brief(Candidate c) {
        return c.us() + "/" + c.cn() + " " + c.status().code() + " " + c.dates().start() + ".." + c.dates().end()
                + (c.background() ? " background" : "");
    }

    @Test
    void aCounterpartOutsideTheVocabularyMakesTheSidePresentAndIsCarriedAsEvidence() {
        List<Candidate> found = extract("Lloyd Austin held talks with China's Zhang Wei in Singapore on Friday.",
                "2023-06-05");
        assertEquals(List.of("[austin]/[] held 2023-06-02..2023-06-02"), found.stream().map(FailureClassesTest::brief)
                .toList());
        assertEquals(List.of("China's Zhang Wei"), found.get(0).outsiders(Side.CN));
    }

    @Test
    void aTitledNewcomerWithoutANameIsCarriedToo() {
        List<Candidate> found = extract("Blinken met China's newly appointed commerce minister in Beijing on Monday.",
                "2023-06-06");
        assertEquals(1, found.size(), () -> found.stream().map(FailureClassesTest::brief).toList().toString());
        assertEquals(List.of("China's newly appointed commerce minister"), found.get(0).outsiders(Side.CN));
    }

    @Test
    void anOfficeOnlyTheUnitedStatesHasPlacesANameOnItsSide() {
        List<Candidate> found = extract("Foreign Minister Wang Yi met Secretary of State Jane Holt in Oslo on Monday.",
                "2031-03-05");
        assertEquals(List.of("[]/[wang-yi] held 2031-03-03..2031-03-03"), found.stream()
                .map(FailureClassesTest::brief).toList());
        assertEquals(List.of("Secretary of State Jane Holt"), found.get(0).outsiders(Side.US));
    }

    @Test
    void twoOfficialsOutsideTheVocabularyNamedWithTheirOfficesMakeARow() {
        List<Candidate> found = extract("Defense Secretary Jane Holt told Chinese counterpart Zhou Ming during a "
                + "meeting on Friday that channels must stay open.", "2031-03-08");
        assertEquals(List.of("[]/[] held 2031-03-07..2031-03-07"), found.stream().map(FailureClassesTest::brief)
                .toList());
        assertEquals(List.of("Defense Secretary Jane Holt"), found.get(0).outsiders(Side.US));
        assertEquals(List.of("Chinese counterpart Zhou Ming"), found.get(0).outsiders(Side.CN));
    }

    @Test
    void theCountryAfterACityOutsideTheVocabularyIsWhereTheyMet() {
        List<Candidate> found = extract("Wang Yi met Blinken in Port Avalon, Malaysia, on Friday.", "2023-06-05");
        assertEquals(1, found.size(), () -> found.toString());
        assertEquals(java.util.Optional.of("MY"), found.get(0).country());
    }

    @Test
    void aNameAfterCounterpartSaysWhoRatherThanTheLevel() {
        List<Candidate> found = extract("Raimondo met her Chinese counterpart, Zhou Ming, in Beijing on Monday.",
                "2023-08-29");
        assertEquals(List.of("[raimondo]/[] held 2023-08-28..2023-08-28"), found.stream()
                .map(FailureClassesTest::brief).toList());
        assertEquals(List.of("Chinese counterpart, Zhou Ming"), found.get(0).outsiders(Side.CN));
    }

    @Test
    void anOpeningAsClauseIsItsOwnEngagementAndTakingPlaceIsHeld() {
        List<String> found = extract("As the Blinken-Wang Yi meeting was taking place, Biden signed a bill that "
                + "would impose sanctions.", "2023-06-05").stream().map(FailureClassesTest::brief).toList();
        assertEquals(1, found.size(), () -> found.toString());
        assertTrue(found.get(0).startsWith("[blinken]/[wang-yi] held"), () -> found.toString());
    }

    @Test
    void aChineseFamilyNameFollowedByAGivenNameIsSomeoneElse() {
        List<Candidate> found = extract("Raimondo met Wang Zhiming in Beijing on Monday.", "2023-08-29");
        assertTrue(found.stream().noneMatch(c -> c.cn().contains("wang-yi")), () -> found.toString());
    }

    @Test
    void theirAfterNamedLeadersIsTheLeadersNotThePreviousEngagement() {
        List<String> found = extract("Sullivan will meet Yang Jiechi in Rome on Monday. The talks will build on what "
                + "the Chinese and US heads of state agreed in their virtual summit in November.", "2022-03-13")
                .stream().map(FailureClassesTest::brief).toList();
        assertTrue(found.stream().noneMatch(b -> b.startsWith("[sullivan]/[yang-jiechi]") && b.contains("2021-11")),
                () -> found.toString());
    }

    @Test
    void theMinistersOfTheTwoCountriesAreEachSidesHolderOfTheOffice() {
        List<String> found = extract("There will soon be a telephone call between the defence ministers of the two "
                + "countries.", "2023-06-01").stream().map(FailureClassesTest::brief).toList();
        assertEquals(1, found.size(), () -> found.toString());
        assertTrue(found.get(0).startsWith("[austin]/[li-shangfu] planned"), () -> found.toString());
    }

    @Test
    void theTwoSidesAreThePeopleOfTheEngagementBefore() {
        List<String> found = extract("Wang Yi held a phone call with Blinken on Thursday.\n\nThe two sides agreed to "
                + "hold further consultations in Washington next month.", "2023-06-02").stream()
                .map(FailureClassesTest::brief).toList();
        assertEquals(List.of("[blinken]/[wang-yi] held 2023-06-01..2023-06-01",
                "[blinken]/[wang-yi] planned 2023-07-01..2023-07-31"), found);
    }

    @Test
    void chinasTopDiplomatIsTheHeadOfItsForeignAffairsOnTheDay() {
        List<String> found = extract("Sullivan met China's top diplomat in Vienna on Wednesday, their first talks "
                + "since Biden and Xi met in Bali.", "2023-05-12").stream().map(FailureClassesTest::brief).toList();
        assertTrue(found.get(0).startsWith("[sullivan]/[wang-yi] held 2023-05-10"), () -> found.toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Joint Chiefs Chairman Gen. Jane Holt spoke via video-conference with Gen. Zhou Ming of the People's "
            + "Liberation Army on Thursday. | Joint Chiefs Chairman Gen. Jane Holt | Gen. Zhou Ming",
        "Chinese vice-premier Zhou Ming met U.S. climate envoy Jane Holt on Thursday.  | U.S. climate envoy Jane Holt "
            + "| Chinese vice-premier Zhou Ming",
        "Jane Holt, Chairman of the Joint Chiefs Staff Gen. Jane Holt, met the vice chair of China's Central Military "
            + "Commission,Zhou Ming, on Thursday. | Chairman of the Joint Chiefs Staff Gen. Jane Holt | vice chair of "
            + "China's Central Military Commission,Zhou Ming"
    })
    void officersAndDeputiesOutsideTheVocabularyAreFoundByTheirOffices(String sentence, String us, String cn) {
        List<Candidate> found = extract(sentence, "2031-03-08");
        assertEquals(1, found.size(), () -> found.toString());
        assertEquals(List.of(us), found.get(0).outsiders(Side.US));
        assertEquals(List.of(cn), found.get(0).outsiders(Side.CN));
    }

    @Test
    void anEngagementUnderWayWithoutADateIsOnThePublicationDay() {
        List<String> found = extract("Kerry, who is meeting Xie Zhenhua in the northern city of Tianjin, praised "
                + "the talks.", "2021-09-02").stream().map(FailureClassesTest::brief).toList();
        assertEquals(List.of("[kerry]/[xie-zhenhua] held 2021-09-01..2021-09-02"), found);
    }

    @Test
    void anOfficeWithoutANameOnBothSidesIsNoRow() {
        assertEquals(List.of(), extract("A US defense official met a Chinese military officer in Oslo on Monday.",
                "2031-03-05"));
    }

    @Test
    void anInstitutionAfterChinasIsNoOne() {
        assertEquals(List.of(), extract("Blinken criticised China's Foreign Ministry on Monday.", "2023-06-06"));
    }

    @Test
    void anEarlierEngagementNamedAfterSinceIsBackground() {
        List<String> found = extract("Blinken spoke with Wang Yi by phone on Thursday, their first call since "
                + "Blinken and Wang Yi met in Munich in 2021.", "2023-03-10").stream().map(FailureClassesTest::brief)
                .toList();
        assertEquals(List.of("[blinken]/[wang-yi] held 2023-03-09..2023-03-09",
                "[blinken]/[wang-yi] held 2021-01-01..2021-12-31 background"), found);
    }

    @Test
    void aWhenClauseAfterTheTimeOfSinceTellsTheEarlierEngagement() {
        List<Candidate> found = extract("Blinken and Wang Yi met in Jakarta on Tuesday. The meeting was the first "
                + "between Blinken and Wang Yi since March 2027, when they met on the sidelines of a summit in Bangkok — and a sign of thaw.",
                "2029-07-12");
        assertEquals(List.of("[blinken]/[wang-yi] held 2029-07-10..2029-07-10",
                "[blinken]/[wang-yi] held 2027-03-01..2027-03-31 background"),
                found.stream().map(FailureClassesTest::brief).toList());
        assertEquals(List.of(java.util.Optional.empty(), java.util.Optional.of("bangkok")),
                found.stream().map(Candidate::venue).toList());
    }

    @Test
    void whatAMeetingPreparesForIsAnotherEngagementWithoutItsDate() {
        List<String> found = extract("Blinken and Wang Yi will meet in Geneva on Monday to prepare for Biden "
                + "and Xi to meet next month.", "2029-07-12").stream().map(FailureClassesTest::brief).toList();
        assertEquals(List.of("[blinken]/[wang-yi] planned 2029-07-16..2029-07-16",
                "[biden]/[xi-jinping] planned 2029-08-01..2029-08-31"), found);
    }

    @Test
    void aLeadSentenceWithoutNamesDatesTheEngagementTheNextParagraphNamesInTheSamePlace() {
        String article = "Defence talks in Singapore\n\nOfficials of the two militaries held long-awaited talks in "
                + "Singapore on Saturday.\n\nThe meeting between Lloyd Austin and Li Shangfu on the sidelines of the "
                + "Shangri-La Dialogue lasted two hours.";
        assertEquals(List.of("[austin]/[li-shangfu] held 2031-06-07..2031-06-07"),
                extract(article, "2031-06-09").stream().map(FailureClassesTest::brief).toList());
        String elsewhere = article.replace("in Singapore on Saturday", "in Geneva on Saturday");
        assertEquals(List.of("[austin]/[li-shangfu] held 2031-06-08..2031-06-09"),
                extract(elsewhere, "2031-06-09").stream().map(FailureClassesTest::brief).toList(),
                "another place: no date from the lead, only the news of the day");
    }

    @Test
    void aSentenceSayingWhenTheyLastMetIsBackground() {
        List<String> found = extract("Raimondo and Wang Yi last met in Beijing in August 2023.", "2024-03-10")
                .stream().map(FailureClassesTest::brief).toList();
        assertEquals(List.of("[raimondo]/[wang-yi] held 2023-08-01..2023-08-31 background"), found);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "Blinken told his counterpart Wang Yi during talks on Tuesday that Washington would not back down. | held",
        "Xi has warned Biden over Taiwan in a long video call that lasted into the night on Tuesday, "
            + "as a possible trip by Pelosi loomed.                                              | held",
        "Yellen and He Lifeng have wrapped up their talks in Beijing, with the results better than expected. | held",
        "Austin urged Li Shangfu to keep military channels open when they spoke by phone on Tuesday. | held",
        "Blinken met Wang Yi on Tuesday and the two agreed to meet again in the autumn.        | held",
        "The planned call between Biden and Xi on Tuesday was cancelled.                       | cancelled",
        "Officials have held internal discussions about sending Yellen to Beijing in July.    | proposed",
        "Washington will keep its ships in the strait, Blinken told his counterpart Wang Yi during talks on Tuesday. "
            + "| held",
        "Blinken will meet Wang Yi in Beijing next week, the State Department said.            | planned",
        "Blinken will meet Wang Yi in Beijing next week, Sullivan told reporters.              | planned",
        "Blinken criticised Wang Yi for failing to meet him at the forum in Singapore on Saturday. | declined",
        "Biden posted a message on Tuesday after his telephonic conversation with Xi.        | held",
        "He Lifeng said he hopes to grow trade after Yellen's visit to Beijing on Monday.   | held",
        "He Lifeng said he hopes to visit Washington with Yellen in the autumn.            | none",
        "Yellen met He Lifeng on Monday; talks covered potential conflict over chips.      | held"
    })
    void thePastTenseOfTheMainVerbMakesAnEngagementHeldWhateverModalWordsFollow(String sentence, String status) {
        List<String> found = extract(sentence, "2023-06-08").stream().map(c -> c.status().code()).toList();
        assertEquals(status, found.isEmpty() ? "none" : found.get(0), () -> sentence + " gave " + found);
    }

    @Test
    void aHeldEngagementOnAWeekdayBeforePublicationIsDatedInThePast() {
        Candidate call = extract("Xi has warned Biden over Taiwan in a video call that lasted two hours on Tuesday, "
                + "as a potential trip by Pelosi loomed.", "2023-06-08").get(0);
        assertEquals(LocalDate.of(2023, 6, 6), call.dates().start());
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "Biden met Xi on the sidelines of the APEC summit in Lima on Saturday.                | lima",
        "On Saturday, on the sidelines of a regional summit in Bangkok, Blinken met Wang Yi.  | bangkok",
        "Austin held talks with Li Shangfu on the sidelines of the Shangri-La Dialogue on Saturday. | singapore"
    })
    void theSidelinesOfAGatheringInACityGiveTheCityAndAMultilateralMode(String sentence, String venue) {
        Candidate meeting = extract(sentence, "2023-06-05").get(0);
        assertEquals(venue, meeting.venue().orElse("(none)"));
        assertEquals(org.engagements.data.Mode.MULTILATERAL, meeting.mode().orElseThrow());
    }

    @Test
    void pastEngagementsListedAsContextAreBackgroundInThePast() {
        List<String> found = extract("The talks would follow a run of senior contacts in recent months, including "
                + "trips by American cabinet members to China such as Yellen in April and Raimondo in May.", "2031-09-20").stream()
                .map(c -> c.us() + " " + c.status().code() + " " + c.dates().end().isBefore(LocalDate.of(2031, 9, 20))
                        + (c.background() ? " background" : "")).toList();
        // held and before the article, never a proposal for next spring; a mention of the rows they match
        assertEquals(List.of("[yellen] held true background", "[raimondo] held true background"), found);
    }

    @Test
    void aNewcomerSharingAKnownPersonsFamilyNameIsKnownByTheFullNameOnly() {
        org.engagements.data.Vocabulary vocabulary = Articles.shipped().vocabulary();
        // a misspelt "He Lifeng" must not take "Vice Premier He" from him in the next article
        org.engagements.data.Person misspelt = Newcomers.person("Chinese Vice Premier He Lipan", Side.CN,
                java.util.Optional.empty(), vocabulary, LocalDate.parse("2031-05-10")).orElseThrow();
        assertEquals("he-lipan", misspelt.id());
        assertEquals(List.of(), misspelt.aliases());
        org.engagements.data.Person other = Newcomers.person("Chinese Defense Minister Zhou Ming", Side.CN,
                java.util.Optional.empty(), vocabulary, LocalDate.parse("2031-05-10")).orElseThrow();
        assertEquals(List.of("Zhou"), other.aliases());
    }

    @Test
    void anEngagementAfterAfterIsBackgroundOnlyWhenItIsOldNews() {
        List<String> old = extract("Markets rallied, as they did after Biden and Xi met in Bali in November 2022.",
                "2023-06-05").stream().map(FailureClassesTest::brief).toList();
        assertEquals(List.of("[biden]/[xi-jinping] held 2022-11-01..2022-11-30 background"), old);
        List<Candidate> news = extract("The announcement came after Blinken's phone call with Wang Yi.", "2023-06-05");
        assertEquals(List.of(false), news.stream().map(Candidate::background).toList());
    }

    @Test
    void talksReportedOnTwoConsecutiveDaysAreOneEngagement() {
        List<String> found = extract("Blinken wrapped up two days of talks with Wang Yi in Washington on Friday. "
                + "The two men held talks on Thursday evening too.", "2023-06-10").stream()
                .map(FailureClassesTest::brief).toList();
        assertEquals(1, found.size(), found::toString);
    }

    @Test
    void aConditionalClauseAboutSomeoneElsesTripGivesTheEngagementNoPlace() {
        List<Candidate> found = extract("Xi warned Biden in a phone call on Thursday that Beijing would respond "
                + "if Pelosi visits Taiwan.", "2022-07-29");
        assertEquals(List.of("[biden]/[xi-jinping] held 2022-07-28..2022-07-28"),
                found.stream().map(FailureClassesTest::brief).toList());
        assertEquals(java.util.Optional.empty(), found.get(0).country());
    }

    @Test
    void anUndatedEngagementTheLeadReportsDoneIsTheNewsOfThePublicationDay() {
        String article = "Avery Stone wraps up a quiet visit\n\nTreasury Secretary Janet Yellen held talks with Vice "
                + "Premier He Lifeng in Beijing, ending a visit meant to calm trade frictions.\n\n"
                + "Officials expect more contacts.\n\nOne analyst added some context.\n\nKerry met Xie Zhenhua in "
                + "Tianjin, the analyst recalled.";
        List<String> found = extract(article, "2031-04-09").stream().map(FailureClassesTest::brief).toList();
        assertEquals(List.of("[yellen]/[he-lifeng] held 2031-04-08..2031-04-09",
                "[kerry]/[xie-zhenhua] held 2030-04-10..2031-04-09"), found);
    }

    @Test
    void aHeadlinesPresentTenseReportsTheDaysNewsButAClauseAfterAfterDoesNot() {
        assertEquals(List.of("[biden]/[xi-jinping] held 2031-04-08..2031-04-09"),
                extract("Biden meets Xi on trade", "2031-04-09").stream().map(FailureClassesTest::brief).toList());
        // an engagement named by a noun is not the headline's news
        List<String> credited = extract("Envoys resume contacts; analysts credit Biden-Xi meeting", "2031-04-09")
                .stream().map(FailureClassesTest::brief).toList();
        assertTrue(credited.stream().noneMatch(b -> b.contains("2031-04-08..2031-04-09")), credited::toString);
        List<String> after = extract("Climate diplomacy resumes\n\nKerry will meet Xie Zhenhua in Paris, a year after their talks in Beijing "
                + "ended a long freeze.", "2031-04-09").stream().map(FailureClassesTest::brief).toList();
        assertTrue(after.stream().noneMatch(b -> b.contains("2031-04-08..2031-04-09")), after::toString);
    }

    @Test
    void anAmbassadorIsNoPrincipalSoTheirContactIsNoEngagement() {
        List<String> found = extract("Blinken's talks with Wang Yi were arranged after Qin Gang spoke by "
                + "phone with US Ambassador Henry Marlow on Tuesday.", "2023-05-12").stream()
                .map(FailureClassesTest::brief).toList();
        assertTrue(found.stream().noneMatch(b -> b.contains("qin-gang")), found::toString);
        List<String> greeted = extract("Raimondo arrived in Beijing on Monday, greeted by Chinese officials and US "
                + "Ambassador Henry Marlow.", "2023-08-29").stream().map(c -> c.us() + " " + c.outsiders(Side.US)).toList();
        assertEquals(List.of("[raimondo] []"), greeted);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "A Chinese vice premier held a video call with Blinken on Tuesday.|2022-05-11",
        "Blinken met China's vice foreign minister in Washington on Tuesday.|2022-05-11"})
    void anOfficeSeveralHoldAtOnceNamesNoneOfThem(String sentence, String published) {
        // the vocabulary lists one vice premier (Liu He) and one vice foreign minister (Xie Feng) in 2022
        List<String> found = extract(sentence, published).stream().map(c -> c.us() + "/" + c.cn()).toList();
        assertTrue(found.stream().allMatch(c -> c.endsWith("/[]")), found::toString);
    }

    @Test
    void anOpeningAccordingToAttributesTheReportThatFollowsItsComma() {
        assertEquals(List.of("[blinken]/[wang-yi] held 2031-04-04..2031-04-04"),
                extract("According to state media, Wang Yi met Blinken in Rome on Friday.", "2031-04-06").stream()
                        .map(FailureClassesTest::brief).toList());
        assertEquals(List.of("[blinken]/[wang-yi] held 2031-04-04..2031-04-04"),
                extract("Wang Yi met Blinken in Rome on Friday, according to state media.", "2031-04-06").stream()
                        .map(FailureClassesTest::brief).toList());
    }

    @Test
    void whereAndWhenSomethingWasSaidBelongToTheSayingNotToWhatWasSaid() {
        List<String> found = extract("A spokesman told reporters in Washington on March 2 that Blinken will meet "
                + "Wang Yi in Beijing.", "2031-03-04").stream().map(c -> brief(c) + " " + c.venue().orElse("-"))
                .toList();
        assertEquals(List.of("[blinken]/[wang-yi] planned 2031-03-05..2032-03-04 beijing"), found);
        List<String> said = extract("A spokesman said in Washington on March 2 that Blinken will meet Wang Yi.",
                "2031-03-04").stream().map(c -> brief(c) + " " + c.venue().orElse("-")).toList();
        assertEquals(List.of("[blinken]/[wang-yi] planned 2031-03-05..2032-03-04 -"), said);
    }

    @Test
    void whatOneSideToldTheOtherDuringTheirConversationIsThatConversation() {
        List<String> found = extract("Trade tensions rise\n\nWang Yi warned Blinken that \"pressure will not work\" "
                + "during their first conversation in months.", "2031-05-07").stream()
                .map(c -> brief(c) + " " + c.assumedMode().map(m -> m.code()).orElse("-")).toList();
        assertEquals(List.of("[blinken]/[wang-yi] held 2031-05-06..2031-05-07 phone"), found);
    }

    @Test
    void twoPlacesJoinedByAndAreNoVenue() {
        List<String> call = extract("Raimondo spoke with her Chinese counterpart on Tuesday, the latest contact between "
                + "officials in Washington and Beijing.", "2031-05-08").stream()
                .map(c -> c.venue().orElse("-") + " " + c.assumedMode().map(m -> m.code()).orElse("-")).toList();
        assertEquals(List.of("- phone"), call);
        List<String> trip = extract("Raimondo visited Beijing and Shanghai on Tuesday.", "2031-05-08").stream()
                .map(c -> c.venue().orElse("-") + " " + c.country().orElse("-")).toList();
        assertEquals(List.of("- CN"), trip);
    }

    @Test
    void thoseWhoAnnounceAnEngagementAreNotThoseWhoWillMeet() {
        List<String> found = extract("Officials recalled the announcement by Biden and Xi Jinping in March that both "
                + "sides will resume telephone calls between regional commanders.", "2031-06-10").stream()
                .map(FailureClassesTest::brief).toList();
        assertEquals(List.of(), found);
    }

    @Test
    void anOfficeSeveralHoldAtOnceIsTheHolderTheArticleNamedBefore() {
        List<String> found = extract("Vice Premier He Lifeng will travel abroad next month.\n\nYellen held a video "
                + "call with the Chinese vice premier on Friday.", "2031-06-10").stream()
                .map(c -> c.us() + "/" + c.cn()).toList();
        assertEquals(List.of("[yellen]/[he-lifeng]"), found);
    }

    @Test
    void anEngagementInThePastProgressiveWasUnderWayWhenTheArticleWasWritten() {
        assertEquals(List.of("[kerry]/[xie-zhenhua] held 2031-03-03..2031-03-04"),
                extract("Climate talks resume\n\nOfficials arrived.\n\nThe hall was full.\n\nThe mood was calm.\n\n"
                        + "Kerry and Xie Zhenhua were meeting in Paris.", "2031-03-04").stream()
                        .map(FailureClassesTest::brief).toList());
    }

    @Test
    void aReportingVerbAfterARelativeThatReportsOnlyFromThere() {
        List<String> found = extract("Blinken and Wang Yi were meeting in Rome on Tuesday for talks that Biden has "
                + "said will ease tensions.", "2031-03-05").stream().map(FailureClassesTest::brief).toList();
        assertEquals(List.of("[blinken]/[wang-yi] held 2031-03-04..2031-03-04"), found);
    }

    @Test
    void anOfficialOfAnotherNamedEngagementDoesNotFillAMissingSide() {
        List<String> found = extract("Yellen was in the Chinese capital for talks on Tuesday after plans for a summit "
                + "between Biden and Xi Jinping to sign a deal fell through.", "2031-03-05").stream()
                .map(c -> c.us() + "/" + c.cn()).toList();
        assertTrue(found.stream().noneMatch(f -> f.startsWith("[yellen]/[xi-jinping]")), found::toString);
    }

    @Test
    void anInvitationEachWayIsTwoVisitsEachByItsInvitee() {
        List<Candidate> found = extract("Biden said that Xi invited him to visit China and Biden extended an invitation "
                + "for Xi to visit the United States.", "2031-03-05");
        assertEquals(List.of("[biden]/[xi-jinping] CN", "[biden]/[xi-jinping] US"), found.stream()
                .map(c -> c.us() + "/" + c.cn() + " " + c.country().orElse("-")).sorted().toList());
    }

    @Test
    void anInvitationIsAProposalAndAnAcceptedOneAPlan() {
        assertEquals(List.of("proposed"), extract("Xi invited Biden to visit China.", "2031-03-05").stream()
                .map(c -> c.status().code()).toList());
        assertEquals(List.of("planned"), extract("Biden accepted an invitation to visit China.", "2031-03-05")
                .stream().map(c -> c.status().code()).toList());
    }

    @Test
    void aMeetingWithAPremierDuringAVisitIsItsOwnRowAndThePremierIsOnChinasSide() {
        List<Candidate> found = extract("Treasury Secretary Janet Yellen concluded her three-day trip to Beijing on "
                + "Sunday. During her visit, Yellen met with top officials including Premier Zhou Ming.", "2031-03-09");
        assertEquals(List.of("[yellen]/[] held 2031-03-09..2031-03-09", "[yellen]/[] held 2031-03-09..2031-03-09"),
                found.stream().map(FailureClassesTest::brief).toList());
        assertEquals(List.of(), found.get(0).outsiders(Side.CN));
        assertEquals(List.of("Premier Zhou Ming"), found.get(1).outsiders(Side.CN));
    }

    @Test
    void aVicePremierMetDuringAVisitIsPartOfTheVisit() {
        List<Candidate> found = extract("Treasury Secretary Janet Yellen concluded her three-day trip to Beijing on "
                + "Sunday. During her visit, Yellen met with Vice Premier Zhou Ming.", "2031-03-09");
        assertEquals(List.of("[yellen]/[] held 2031-03-09..2031-03-09"),
                found.stream().map(FailureClassesTest::brief).toList());
        assertEquals(List.of("Vice Premier Zhou Ming"), found.get(0).outsiders(Side.CN));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Vice Premier He Lifeng will exchange views with Treasury Secretary Janet Yellen upon invitation on economic "
                + "ties on the morning of April 9 (Beijing Time), a ministry spokesperson announced here Monday.|",
        "Vice Premier He Lifeng will hold talks with Treasury Secretary Janet Yellen upon invitation on the morning "
                + "of April 9 (Beijing Time), a ministry spokesperson announced here Monday.|",
        "Vice Premier He Lifeng will hold a video call with Treasury Secretary Janet Yellen upon invitation on the "
                + "morning of April 9 (Beijing Time), a ministry spokesperson announced here Monday.|video"})
    void anAnnouncedExchangeOfViewsIsAPlannedEngagementOnItsStatedDay(String sentence, String mode) {
        List<Candidate> found = extract(sentence, "2024-04-08");
        assertEquals(List.of("[yellen]/[he-lifeng] planned 2024-04-09..2024-04-09"), found.stream()
                .map(FailureClassesTest::brief).toList());
        assertEquals(mode == null ? "" : mode, found.get(0).mode().map(m -> m.code()).orElse(""));
    }

    @Test
    void anEngagementNamedOnlyByAnOrdinalIsAnotherOneOfThePeopleJustReported() {
        List<Candidate> found = extract("According to a new memoir, Blinken made two phone calls to Wang Yi. The "
                + "first call happened on March 3, 2024, after a naval incident. The second call took place on May 9, "
                + "2024, two days after a missile test.", "2024-09-10");
        assertEquals(List.of("[blinken]/[wang-yi] held 2024-03-03..2024-03-03",
                "[blinken]/[wang-yi] held 2024-05-09..2024-05-09"), found.stream().map(FailureClassesTest::brief)
                .toList());
    }

    @Test
    void anOrdinalEngagementParagraphsAwayFromAnyReportedIsNobodys() {
        List<Candidate> found = extract("Blinken spoke with Wang Yi by phone on Monday.\n\nMarkets rose.\n\n"
                + "Analysts were cautious.\n\nThe second call took place on Friday.", "2031-03-08");
        assertEquals(List.of("[blinken]/[wang-yi] held 2031-03-03..2031-03-03"), found.stream()
                .map(FailureClassesTest::brief).toList());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Blinken met Wang Yi in Rome on Monday. The meeting took place at a hotel near the river.",
        "Blinken met Wang Yi in Rome on Monday. The talks were held in a villa outside the city.",
        "Blinken met Wang Yi in Rome on Monday. The call took place on Friday.",
        "Blinken spoke with Wang Yi by phone on Monday. The call took place as markets fell."})
    void anEngagementNamedBackWithoutAnOrdinalIsTheOneJustReported(String text) {
        assertEquals(List.of("[blinken]/[wang-yi] held 2031-03-03..2031-03-03"), extract(text, "2031-03-05")
                .stream().map(FailureClassesTest::brief).toList());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Officials agreed to arrange a call between Blinken and Wang Yi next week, and a State Department "
                + "spokesperson said Washington is ready for an in-person meeting at the G20 summit in November as "
                + "well.|2031-03-05|[blinken]/[wang-yi] planned 2031-03-10..2031-03-16;"
                + "[blinken]/[wang-yi] proposed 2031-11-01..2031-11-30 G20 summit",
        "The two sides agreed to set up a Yellen-He Lifeng video call in the coming weeks, and Blinken said "
                + "Washington is open to a meeting at the APEC summit in November too.|2023-08-20|"
                + "[yellen]/[he-lifeng] planned 2023-08-21..2023-09-19;"
                + "[yellen]/[he-lifeng] proposed 2023-11-01..2023-11-30 APEC summit",
        "Blinken met Wang Yi in Rome on Monday, and a spokesperson said Washington is ready for more talks.|"
                + "2031-03-05|[blinken]/[wang-yi] held 2031-03-03..2031-03-03"})
    void anOfferNamingNoOneIsOfThePrincipalsTheSentenceNamedAsACompound(String text, String published,
                                                                        String expected) {
        assertEquals(List.of(expected.split(";")), extract(text, published).stream()
                .map(c -> brief(c) + (c.occasion().isEmpty() ? "" : " " + c.occasion())).toList());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // two adjacent letters swapped in a name whose office and side fit a known person: that person
        "Janet Yellen held a call with Chinese Vice Premier He Lifneg on Tuesday. | 2023-12-06 | [yellen]/[he-lifeng]",
        // one letter replaced in a long given name
        "Janet Yellen held a call with Chinese Vice Premier He Lifang on Tuesday. | 2023-12-06 | [yellen]/[he-lifeng]",
        // one letter replaced in a short name makes another real name: someone else
        "Antony Blinken met Chinese Foreign Minister Wang Yu on Tuesday. | 2023-12-06 | [blinken]/[]",
        // a name of another length is another name
        "Mike Pompeo held a call with Chinese Vice Premier Li He on Tuesday. | 2020-05-06 | [pompeo]/[]",
        // the office must fit: Liu He was never defence minister
        "Mike Pompeo held a call with Chinese Defense Minister Lui He on Tuesday. | 2020-05-06 | [pompeo]/[]"
    })
    void aNameOneSlipFromAKnownHolderOfTheOfficeIsThatPersonMisspelt(String sentence, String published, String sides) {
        Candidate found = extract(sentence, published).get(0);
        assertEquals(sides, found.us() + "/" + found.cn());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // the Chinese diplomat the article has named is the one meant, not the head of foreign affairs
        "Chinese Foreign Minister Qin Gang arrived in Washington on Monday. The top Chinese diplomat met Antony "
            + "Blinken on Tuesday. | [blinken]/[qin-gang]",
        // a capital's possessive names the side; with no other diplomat named, the head of foreign affairs
        "Gina Raimondo flew home on Monday. Antony Blinken met Beijing's top diplomat in Munich on Tuesday. "
            + "| [blinken]/[wang-yi]",
        // the top US diplomat is the Secretary of State, whichever deputy was named before
        "Deputy Secretary of State Wendy Sherman arrived in Beijing on Monday. The top US diplomat met Qin Gang "
            + "in Munich on Tuesday. | [blinken]/[qin-gang]",
        // a Chinese official named before who is no diplomat changes nothing
        "Chinese Vice Premier He Lifeng arrived in Washington on Monday. Antony Blinken met Beijing's top "
            + "diplomat in Munich on Tuesday. | [blinken]/[wang-yi]"
    })
    void theTopDiplomatIsTheChineseDiplomatTheArticleNamedElseTheHeadOfForeignAffairs(String text, String sides) {
        List<String> found = extract(text, "2023-03-08").stream().filter(c -> c.us().contains("blinken")
                        || c.cn().contains("qin-gang"))
                .map(c -> c.us() + "/" + c.cn()).toList();
        assertEquals(List.of(sides), found);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // Treasury's counterpart is the vice premier for the economy, whatever other Chinese cabinet members hold office
        "Janet Yellen met her Chinese counterpart in Beijing on Tuesday. | 2023-07-12 | [yellen]/[he-lifeng]",
        // and the other way round
        "Vice Premier He Lifeng spoke with his American counterpart by phone on Tuesday. | 2023-07-12 | [yellen]/[he-lifeng]",
        // State's is the foreign minister, before the head of foreign affairs
        "Antony Blinken met his Chinese counterpart in Munich on Tuesday. | 2023-03-08 | [blinken]/[qin-gang]",
        // the national security adviser's is the director of the foreign affairs commission's office
        "Jake Sullivan met his Chinese counterpart in Vienna on Tuesday. | 2023-05-12 | [sullivan]/[wang-yi]"
    })
    void aCounterpartIsTheHolderOfTheOfficeThatAnswersTheOwnersOnTheDay(String sentence, String published, String sides) {
        Candidate found = extract(sentence, published).get(0);
        assertEquals(sides, found.us() + "/" + found.cn());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Gen. JD Holt, the chairman of the Joint Chiefs of Staff, spoke on Thursday with his Chinese counterpart. "
            + "| jd-holt | JD Holt",
        "Adm. Jane Q. Holt Jr., the chairman of the Joint Chiefs of Staff, spoke on Thursday with his Chinese "
            + "counterpart. | jane-q-holt-jr | Jane Q. Holt Jr."
    })
    void aSurnameAloneIsTheOfficialTheArticleIntroducedByFullNameAndOffice(String lead, String id, String name) {
        org.engagements.data.Vocabulary vocabulary = Articles.shipped().vocabulary();
        LocalDate published = LocalDate.parse("2031-05-08");
        String text = lead + " Holt spoke via video-conference with Gen. Zhou Ming of the People's Liberation Army.";
        // the first reading finds the newcomer, named with an office only the United States has, in apposition
        List<org.engagements.data.Person> newcomers = Articles.extractor().extract(text, published).newcomers();
        org.engagements.data.Person holt = newcomers.stream().filter(p -> p.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError(newcomers.toString()));
        assertEquals(name, holt.name());
        assertEquals(List.of("Holt"), holt.aliases());
        assertEquals("Chairman of the Joint Chiefs of Staff", holt.titles().get(0).title());
        // the second, with the newcomers in the vocabulary, takes the surname alone for the same official
        List<org.engagements.data.Person> people = new java.util.ArrayList<>(vocabulary.people());
        people.addAll(newcomers);
        List<Candidate> found = Extractor.of(new org.engagements.data.Vocabulary(people, vocabulary.places(),
                vocabulary.issues())).extract(text, published).candidates();
        assertTrue(found.stream().anyMatch(c -> c.us().equals(List.of(id)) && c.cn().equals(List.of("zhou-ming"))
                && c.status() == org.engagements.data.Status.HELD
                && c.mode().equals(java.util.Optional.of(org.engagements.data.Mode.VIDEO))), () -> found.stream()
                .map(c -> brief(c) + " " + c.mode()).toList().toString());
    }

    @Test
    void twoGatheringsOfferedAsAlternativesLeaveTheGatheringOpen() {
        List<Candidate> found = extract("Officials said Joe Biden and Xi Jinping could meet at the G20 in September"
                + " or at the APEC summit in November.", "2031-06-02");
        assertEquals(List.of("[biden]/[xi-jinping] proposed 2031-09-01..2031-11-30 ''"), found.stream()
                .map(c -> brief(c) + " '" + c.occasion() + "'").toList());
        assertEquals(java.util.Optional.of(org.engagements.data.Mode.MULTILATERAL), found.get(0).mode());

        List<Candidate> one = extract("Officials said Joe Biden and Xi Jinping will meet at the G20 in September,"
                + " a year after their APEC talks.", "2031-06-02");
        assertTrue(one.stream().anyMatch(c -> c.occasion().equals("G20")), () -> one.stream()
                .map(c -> brief(c) + " '" + c.occasion() + "'").toList().toString());
    }

    @Test
    void aMeetingInsideAReportedTripTakesTheTripsDaysAndCity() {
        List<String> found = extract("Raimondo ends trip\n\nCommerce Secretary Gina Raimondo wrapped up a three-day "
                + "visit to Shanghai. The talks covered export controls.\n\nOfficials on both sides called them "
                + "useful.\n\nDuring her stay, Raimondo also met with Vice Premier He Lifeng.", "2031-03-09").stream()
                .map(c -> brief(c) + " " + c.venue().orElse("-")).toList();
        assertTrue(found.contains("[raimondo]/[he-lifeng] held 2031-03-07..2031-03-09 shanghai"), found::toString);
    }

    @Test
    void aMeetingDatedByItsDayAfterDaysOfTalksMakesThoseDaysTheTrip() {
        List<String> found = extract("Blinken trip ends\n\nXi Jinping met Blinken on Thursday, after three days of "
                + "talks.\n\nThe two sides agreed on little.\n\nObservers were cautious.\n\nBlinken also met "
                + "with Vice Premier He Lifeng.", "2031-03-07").stream().map(FailureClassesTest::brief).toList();
        assertEquals(List.of("[blinken]/[xi-jinping] held 2031-03-06..2031-03-06",
                "[blinken]/[he-lifeng] held 2031-03-04..2031-03-06"), found);
    }
    @Test
    void eachTravellerOfAListTakesTheDateAfterTheirOwnName() {
        List<String> found = extract("The summit would come after several exchanges in recent months, including trips "
                + "to China by Blinken in April, Yellen in May and Raimondo in June.", "2031-09-20").stream()
                .map(FailureClassesTest::brief).toList();
        assertEquals(List.of("[blinken]/[] held 2031-04-01..2031-04-30 background",
                "[yellen]/[] held 2031-05-01..2031-05-31 background",
                "[raimondo]/[] held 2031-06-01..2031-06-30 background"), found);
    }
    @Test
    void aPreviouslyScheduledCallThatSomethingCameFollowingWasHeldThatDay() {
        List<String> found = extract("The statement, released late Tuesday, came following a previously scheduled "
                + "call with Blinken and Foreign Minister Wang Yi.", "2031-03-05").stream()
                .map(c -> brief(c) + " " + c.mode().map(m -> m.code()).orElse("-")).toList();
        assertEquals(List.of("[blinken]/[wang-yi] held 2031-03-04..2031-03-04 phone"), found);
    }
    @Test
    void theConclusionOfDaysOfMeetingsReportsThemHeldOverThoseDays() {
        List<String> found = extract("“We agreed to keep talking,” Raimondo told a news conference at the conclusion "
                + "of two days of meetings with Vice Premier He Lifeng.", "2031-03-05").stream()
                .map(FailureClassesTest::brief).toList();
        assertEquals(List.of("[raimondo]/[he-lifeng] held 2031-03-04..2031-03-05"), found);
    }
    @Test
    void aVisitorsTalksWithSeveralHostsOnOneTripAreOneVisitButTheHeadOfStateIsApart() {
        List<String> found = extract("Wang in Washington\n\nWang Yi, on a three-day trip to the United States, met "
                + "Secretary of State Antony Blinken on Thursday.\n\nThe talks covered trade.\n\nWang Yi also had a "
                + "conversation with National Security Adviser Jake Sullivan.\n\nPresident Joe Biden met Wang Yi "
                + "at the White House on Friday.", "2024-03-09").stream().map(FailureClassesTest::brief).toList();
        assertTrue(found.contains("[blinken, sullivan]/[wang-yi] held 2024-03-07..2024-03-07"), found::toString);
        assertTrue(found.stream().anyMatch(f -> f.startsWith("[biden]/[wang-yi] held")), found::toString);
        assertEquals(2, found.size(), found::toString);
    }
    @Test
    void aRankBeforeTheDeputyAndADeputyAfterThePortfolioStillMakeAnOutsider() {
        List<Candidate> vice = extract("Chinese foreign vice-minister Zhou Ming met Antony Blinken in Washington on "
                + "Tuesday.", "2024-03-08");
        assertEquals(List.of("[blinken]/[] held 2024-03-05..2024-03-05"), vice.stream().map(FailureClassesTest::brief)
                .toList());
        assertEquals(List.of("Chinese foreign vice-minister Zhou Ming"), vice.get(0).outsiders(Side.CN));

        List<Candidate> principal = extract("Wang Yi met US Principal Deputy National Security Advisor Tom Baker in "
                + "Beijing on Tuesday.", "2024-03-08");
        assertEquals(List.of("US Principal Deputy National Security Advisor Tom Baker"),
                principal.get(0).outsiders(Side.US));
    }
    @Test
    void aPresidentWhoseAdviserIsNamedIsNotAtTheMeeting() {
        List<String> found = extract("Wang Yi held talks with President Joe Biden's national security adviser, Jake "
                + "Sullivan, on Friday.", "2024-03-09").stream().map(FailureClassesTest::brief).toList();
        assertEquals(List.of("[sullivan]/[wang-yi] held 2024-03-08..2024-03-08"), found);
    }
    @Test
    void negotiatorsTripIsHeldWithTheOtherSidesLeadAndTheirResumptionIsPlanned() {
        String trip = "Trade talks in Shanghai ended on a hopeful note, and the two teams will try again in May, "
                + "when they resume in Washington.\n\nCommerce Secretary Gina Raimondo and Treasury Secretary Jane "
                + "Holt spent three days in the eastern port city.\n\n";
        List<String> found = extract(trip + "Vice Premier He Lifeng, who leads China's side, called the talks candid.",
                "2031-03-09").stream().map(c -> brief(c) + " " + c.venue().orElse("-")).toList();
        assertEquals(List.of("[raimondo]/[he-lifeng] held 2031-03-07..2031-03-09 shanghai",
                "[raimondo]/[he-lifeng] planned 2031-05-01..2031-05-31 washington"), found);
        List<String> oneSided = extract(trip + "Analysts called the talks candid.", "2031-03-09").stream()
                .map(FailureClassesTest::brief).toList();
        assertEquals(List.of(), oneSided);
    }
    @Test
    void leavingToMeetSomeoneIsThatMeetingHeldTheDayItIsTold() {
        List<String> found = extract("Trade talks go on\n\nRaimondo had dinner in Shanghai with Chinese officials."
                + "\n\nRaimondo said as she left her hotel to meet with Vice Premier He Lifeng, who is due to visit "
                + "Washington next week to continue the talks.", "2031-03-07").stream()
                .map(c -> brief(c) + " " + c.venue().orElse("-")).toList();
        assertEquals(List.of("[raimondo]/[he-lifeng] planned 2031-03-10..2031-03-16 washington",
                "[raimondo]/[he-lifeng] held 2031-03-07..2031-03-07 shanghai"), found);
    }

    @Test
    void theTwoAreTheLastPairNamedOneOfEachSide() {
        List<String> found = extract("Blinken and Foreign Minister Wang Yi attended a forum in Oslo.\n\nThat is "
                + "according to a ministry statement.\n\nThe two met on Tuesday on the sidelines of the forum.",
                "2031-03-06").stream().map(FailureClassesTest::brief).toList();
        assertEquals(List.of("[blinken]/[wang-yi] held 2031-03-04..2031-03-04"), found);
    }

    @Test
    void theTwoOfOneSideSayNothingAboutTheOther() {
        // Wang Yi was named before, but the last two named are both American: not Blinken and Wang on Tuesday.
        List<String> found = extract("Blinken met Foreign Minister Wang Yi in Oslo on Monday.\n\nBlinken and Yellen "
                + "attended a dinner.\n\nThe two men met on Tuesday.", "2031-03-06").stream()
                .map(FailureClassesTest::brief).toList();
        assertEquals(List.of("[blinken]/[wang-yi] held 2031-03-03..2031-03-03"), found);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Raimondo will travel to China next week to press for market access.|[raimondo]/[]",
        "Yellen arrived in Shanghai on Monday for a four-day stay.|[yellen]/[]",
        "Kerry is visiting China this week, his third trip as envoy.|[kerry]/[]"})
    void aTripNeedsTheOtherCountryAsItsDestination(String sentence, String sides) {
        List<String> found = extract(sentence, "2031-03-06").stream().map(c -> c.us() + "/" + c.cn()).toList();
        assertEquals(List.of(sides), found);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Raimondo took aim at China during a meeting of G7 trade ministers on Tuesday.",
        "Kerry lashed out at the Chinese government and at China during talks with European envoys on Monday.",
        "Yellen's remarks followed several other U.S.-China talks dating back to March.",
        "Wang Yi reviewed a series of China–US talks held over the spring."})
    void aCountryNamedAsATargetOrInACompoundIsNoTripThere(String sentence) {
        assertEquals(List.of(), extract(sentence, "2031-03-06").stream().map(FailureClassesTest::brief).toList());
    }

    @Test
    void whatHappenedAtAGatheringIsAClauseOfItsOwn() {
        List<String> found = extract("Wang Yi's visit to the US comes after G7 ministers met in Rome, at which Yellen "
                + "and other ministers criticised China over its subsidies.", "2031-03-06").stream()
                .map(c -> c.us() + "/" + c.cn()).toList();
        assertEquals(List.of("[]/[wang-yi]"), found);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Yellen has held a series of talks with Vice Premier He Lifeng since last year.",
        "Blinken and Wang Yi have had multiple rounds of meetings this year.",
        "Kerry stressed climate cooperation, building on other meetings with Wang Yi earlier this year."})
    void aSeriesOfTalksNamesNoEngagement(String sentence) {
        assertEquals(List.of(), extract(sentence, "2031-03-06").stream().map(FailureClassesTest::brief).toList());
    }

    @Test
    void roundsOfTalksInOnePlaceAreOneEngagementThere() {
        List<String> found = extract("Sullivan held several rounds of talks with Wang Yi in Vienna on Tuesday.",
                "2031-03-06").stream().map(FailureClassesTest::brief).toList();
        assertEquals(List.of("[sullivan]/[wang-yi] held 2031-03-04..2031-03-04"), found);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Both sides welcomed further discussion during Holt’s upcoming trip to China, the ministry added.",
        "The two sides looked forward to a visit by Jane Holt to Beijing next month.",
        "Both sides welcomed further discussions on climate finance."})
    void bothSidesDoNotTakePartInSomeoneElsesEngagement(String sentence) {
        List<String> found = extract("Blinken met Wang Yi in Beijing on Monday.\n\n" + sentence, "2031-03-06")
                .stream().map(FailureClassesTest::brief).toList();
        assertEquals(List.of("[blinken]/[wang-yi] held 2031-03-03..2031-03-03"), found);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "The two sides agreed to meet again in Washington next month.",
        "Both sides agreed to hold another round of talks in China's capital next month."})
    void bothSidesAgreeingToMeetAgainIsTheirOwnPlan(String sentence) {
        List<String> found = extract("Blinken met Wang Yi in Beijing on Monday.\n\n" + sentence, "2031-03-06")
                .stream().map(c -> c.us() + "/" + c.cn() + " " + c.status().code()).toList();
        assertEquals(2, found.size(), found::toString);
        assertEquals("[blinken]/[wang-yi] planned", found.get(1));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Blinken’s two-day trip to China ended on Tuesday without a breakthrough.|[blinken]/[]",
        "Yellen's upcoming visit to Beijing will focus on trade.|[yellen]/[]"})
    void aPossessiveOfTheTripIsItsTraveller(String sentence, String sides) {
        assertEquals(List.of(sides), extract(sentence, "2031-03-06").stream().map(c -> c.us() + "/" + c.cn())
                .toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "A senior aide travelled to Beijing last week, in a sign of Blinken’s concern over the ties.",
        "Raimondo's deputy visited China on Monday to discuss export rules."})
    void aPossessiveOfSomethingElseIsNoTraveller(String sentence) {
        assertEquals(List.of(), extract(sentence, "2031-03-06").stream().map(FailureClassesTest::brief).toList());
    }

    @Test
    void theTenseOfAnInsertedRelativeClauseOrAppositionIsNotTheMainVerbs() {
        // published Thursday 2031-03-06: "on Tuesday" is the 4th when held, not the 11th
        List<String> relative = extract("Secretary of State Antony Blinken, who is due to leave office next month, "
                + "met Foreign Minister Wang Yi in Oslo on Tuesday.", "2031-03-06").stream()
                .map(FailureClassesTest::brief).toList();
        assertEquals(List.of("[blinken]/[wang-yi] held 2031-03-04..2031-03-04"), relative);
        List<String> apposition = extract("Wang Yi, the diplomat expected to retire this year, spoke with Antony "
                + "Blinken by phone on Tuesday.", "2031-03-06").stream().map(FailureClassesTest::brief).toList();
        assertEquals(List.of("[blinken]/[wang-yi] held 2031-03-04..2031-03-04"), apposition);
        assertEquals(java.util.Optional.of(org.engagements.data.Status.PLANNED), StatusCues.find(
                ", which was announced last week, will take place in Oslo").map(StatusCues.Finding::status));
        // the inserted clause's cue is the only one: it is the engagement's own
        assertEquals(java.util.Optional.of(org.engagements.data.Status.PLANNED), StatusCues.find(
                "Blinken, who will visit Beijing next week, is the first secretary of state to go").map(
                StatusCues.Finding::status));
        // not an apposition: a clause with its own verb after an opening time
        assertEquals(java.util.Optional.of(org.engagements.data.Status.HELD), StatusCues.find(
                "On Friday, the two ministers met, and more talks will follow").map(StatusCues.Finding::status));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "Biden and Xi are preparing to hold a video summit.                            | planned",
        "Yellen is preparing for a trip to Beijing to meet He Lifeng.                   | planned",
        "Washington is gearing up to host Wang Yi for talks with Blinken.               | planned",
        "Blinken and Wang Yi are getting ready for talks in Oslo.                       | planned",
        "Biden and Xi have agreed to a call but are yet to fix a date.                  | planned",
        "Blinken, well prepared for the talks, met Wang Yi in Oslo on Monday.           | held",
        "Wang Yi said he was not prepared to travel to Washington to meet Blinken.     | declined"
    })
    void preparingOrGettingReadyForAnEngagementIsAPlan(String sentence, String status) {
        assertEquals(List.of(status), extract(sentence, "2031-03-06").stream().map(c -> c.status().code()).toList());
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "A senior official announced that a call between Biden and Xi would be arranged in the spring. | planned",
        "The foreign ministry said Wang Yi would visit Washington next week for talks with Blinken.     | planned",
        "Officials told reporters on Monday that Blinken would also meet Wang Yi in Oslo.               | planned",
        "Officials said Biden would meet Xi in Lima if the trade talks went well.                       | proposed",
        "A call between Biden and Xi would be arranged once tensions ease.                              | proposed"
    })
    void wouldInReportedSpeechIsTheAnnouncementsFuture(String sentence, String status) {
        assertEquals(List.of(status), extract(sentence, "2024-02-12").stream().map(c -> c.status().code()).toList());
    }

    @Test
    void aLeadsUndatedEngagementIsTheDaysNewsAfterAPresentTenseHeadlineOrWithAParticiple() {
        // a headline verb not about meeting as such ("discuss"), then a lead sentence with no status cue
        List<String> headline = extract("Blinken, Wang discuss trade tensions\n\nThe call between Secretary of "
                + "State Antony Blinken and Foreign Minister Wang Yi focused on export controls.", "2031-03-06")
                .stream().map(FailureClassesTest::brief).toList();
        assertEquals(List.of("[blinken]/[wang-yi] held 2031-03-05..2031-03-06"), headline);
        // no headline verb, but a participle in the lead tells it
        List<String> participle = extract("Trade tensions ease\n\nMarkets rose, with Antony "
                + "Blinken and Wang Yi holding their first phone call in months.", "2031-03-07").stream()
                .map(FailureClassesTest::brief).toList();
        assertEquals(List.of("[blinken]/[wang-yi] held 2031-03-06..2031-03-07"), participle);
        // a plan in the lead stays a plan, after such a headline too
        List<String> plan = extract("Blinken, Wang discuss trade tensions\n\nAntony Blinken will meet Wang Yi in "
                + "Oslo.", "2031-03-06").stream().map(c -> c.status().code() + " " + c.dates().start())
                .toList();
        assertEquals(1, plan.size(), plan::toString);
        assertTrue(plan.get(0).startsWith("planned ") && !plan.get(0).endsWith("2031-03-05"), plan::toString);
        // "agree to" a meeting is no headline news of a meeting held
        List<String> agreed = extract("Antony Blinken, Wang Yi agree to hold talks\n\nThe talks between Antony "
                + "Blinken and Wang Yi cover trade.", "2031-03-06").stream()
                .map(c -> c.dates().start().toString()).toList();
        assertTrue(agreed.stream().noneMatch(d -> d.equals("2031-03-05")), agreed::toString);
        // history in the lead is no news of the day
        List<String> history = extract("Blinken, Wang discuss trade tensions\n\nThe talks follow an earlier meeting "
                + "between Antony Blinken and Wang Yi in Oslo.", "2031-03-06").stream()
                .map(c -> c.dates().start().toString()).toList();
        assertEquals(1, history.size(), history::toString);
        assertTrue(!history.get(0).equals("2031-03-05"), history::toString);
    }

    @Test
    void theTwoLeadersAreTheLeadersTheArticleNamedEvenBeforeOneTakesOffice() {
        // published 2025-01-10, before Trump's second term: the article's leader, not the one in office that day
        List<String> elect = extract("President-elect Donald Trump held a call with Xi Jinping on Thursday.\n\n"
                + "Xi urged mutual respect.\n\nThe two leaders agreed to speak again by phone.", "2025-01-10")
                .stream().map(c -> c.us().toString()).distinct().toList();
        assertEquals(List.of("[trump]"), elect);
        List<String> presidents = extract("Donald Trump, who takes office this month, spoke with Xi Jinping by phone "
                + "on Thursday.\n\nBoth presidents met in Osaka in 2019.", "2025-01-10").stream()
                .map(c -> c.us().toString()).distinct().toList();
        assertEquals(List.of("[trump]"), presidents);
        // no leader named: the leaders in office on the day
        List<String> inOffice = extract("Blinken met Wang Yi in Beijing on Monday.\n\nThe two leaders spoke by "
                + "phone on Friday.", "2024-03-13").stream().map(c -> c.us().toString()).toList();
        assertTrue(inOffice.contains("[biden]"), inOffice::toString);
    }

    /** Reads twice, as ingest does: the second time with the newcomers of the first in the vocabulary. */
    private static List<Candidate> twoReadings(String text, String published) {
        org.engagements.data.Vocabulary vocabulary = Articles.shipped().vocabulary();
        LocalDate day = LocalDate.parse(published);
        List<org.engagements.data.Person> people = new java.util.ArrayList<>(vocabulary.people());
        people.addAll(Articles.extractor().extract(text, day).newcomers());
        return Extractor.of(new org.engagements.data.Vocabulary(people, vocabulary.places(), vocabulary.issues()))
                .extract(text, day).candidates();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // Chinese order, family name first; the vocabulary's Wang Yi also answers to "Wang"
        "China's Commerce Minister Wang Lixin arrived in Washington on Sunday. Wang and Raimondo will meet on "
            + "Tuesday. | [raimondo]/[wang-lixin]",
        "Chinese Vice Premier Wang Jianhua is visiting Washington. On Tuesday, Minister Wang held talks with "
            + "Raimondo. | [raimondo]/[wang-jianhua]",
        // Western order, family name last; the vocabulary's John Kerry also answers to "Kerry"
        "Defense Secretary Tom Kerry flew to Beijing on Sunday. Kerry met Foreign Minister Wang Yi on Monday. "
            + "| [tom-kerry]/[wang-yi]"
    })
    void aBareFamilyNameIsTheLatestFullNamedPersonOfThatName(String text, String pair) {
        List<String> found = twoReadings(text, "2031-03-08").stream().map(FailureClassesTest::brief).toList();
        assertTrue(found.stream().anyMatch(b -> b.startsWith(pair)), () -> found.toString());
        assertTrue(found.stream().noneMatch(b -> b.contains("wang-yi]") && !pair.contains("wang-yi")
                || b.contains("[kerry") || b.contains(";kerry")), () -> found.toString());
    }

    @Test
    void aBareFamilyNameAfterAnotherFullNameOfItIsThatOneNotTheFirst() {
        // Wang Yi is the Wang named last: "Wang" is he again, not the commerce minister named before
        List<String> found = twoReadings("China's Commerce Minister Wang Lixin met Raimondo on Monday. Foreign "
                + "Minister Wang Yi arrived in Oslo on Tuesday. Wang met Blinken there on Wednesday.", "2031-03-08")
                .stream().map(FailureClassesTest::brief).toList();
        assertTrue(found.contains("[blinken]/[wang-yi] held 2031-03-05..2031-03-05"), () -> found.toString());
        // and with no other Wang named, the alias stands
        List<String> alone = extract("Wang met Blinken in Oslo on Wednesday.", "2031-03-08").stream()
                .map(FailureClassesTest::brief).toList();
        assertEquals(List.of("[blinken]/[wang-yi] held 2031-03-05..2031-03-05"), alone);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Austin held a video call with Adm. Zhou Ming, defense minister of China, on Tuesday. | CN | zhou-ming",
        "Raimondo met Zhou Ming, the commerce minister of the People's Republic of China, in Oslo on Tuesday. "
            + "| CN | zhou-ming",
        "Wang Yi met Jane Holt, the trade representative of the United States, in Oslo on Tuesday. | US | jane-holt",
        "Blinken met Zhou Ming, China's new commerce minister, in Oslo on Tuesday. | CN | zhou-ming"
    })
    void anOfficeInAppositionWithItsCountryPlacesTheNameOnThatSide(String text, Side side, String id) {
        List<Candidate> found = extract(text, "2031-03-08");
        assertEquals(1, found.size(), () -> found.stream().map(FailureClassesTest::brief).toList().toString());
        assertEquals(1, found.get(0).outsiders(side).size(), () -> found.get(0).outsiders(side).toString());
        List<Candidate> again = twoReadings(text, "2031-03-08");
        assertTrue(again.stream().anyMatch(c -> (side == Side.CN ? c.cn() : c.us()).contains(id)), () -> again
                .stream().map(FailureClassesTest::brief).toList().toString());
    }

    @Test
    void anOfficeInAppositionOfAThirdCountryPlacesNoOne() {
        List<Candidate> found = extract("Austin met Zhou Ming, defense minister of Cambodia, in Phnom Penh on "
                + "Tuesday.", "2031-03-08");
        assertTrue(found.stream().allMatch(c -> c.outsiders(Side.CN).isEmpty() && c.cn().isEmpty()), () -> found
                .stream().map(FailureClassesTest::brief).toList().toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "President Joe Biden's climate envoy, Tom Ridley, will travel to Oslo next week to meet his Chinese "
            + "counterpart. Ridley will meet Zhou Ming, China's new climate envoy, on Tuesday.",
        "The U.S. special envoy for climate, Tom Ridley, met China's special envoy for climate change, Zhou Ming, "
            + "in Oslo on Tuesday.",
        "Blinken's special envoy on Korean Peninsula affairs, Tom Ridley, met Zhou Ming, the special envoy of "
            + "China, in Oslo on Tuesday."
    })
    void envoysNamedWithTheirOfficeAndSideArePrincipals(String text) {
        List<Candidate> found = twoReadings(text, "2031-03-08");
        assertTrue(found.stream().anyMatch(c -> c.us().equals(List.of("tom-ridley")) && c.cn().equals(List.of(
                "zhou-ming"))), () -> found.stream()
                .map(FailureClassesTest::brief).toList().toString());
        org.engagements.data.Person ridley = Articles.extractor().extract(text, LocalDate.parse("2031-03-08"))
                .newcomers().stream().filter(p -> p.id().equals("tom-ridley")).findFirst().orElseThrow();
        assertEquals(org.engagements.data.Level.ENVOY, ridley.level());
    }

    @Test
    void anEnvoyOfSomeoneNeitherSideIsNoOne() {
        List<Candidate> found = extract("Putin's special envoy, Tom Ridley, met Wang Yi in Oslo on Tuesday.",
                "2031-03-08");
        assertTrue(found.stream().allMatch(c -> c.outsiders(Side.US).isEmpty()), () -> found.stream()
                .map(c -> brief(c) + " " + c.outsiders(Side.US)).toList().toString());
    }

    @Test
    void anEnvoysCounterpartIsTheOtherSidesEnvoy() {
        List<Candidate> found = twoReadings("The U.S. special presidential envoy for climate, Tom Ridley, will "
                + "travel to Oslo next week to meet his Chinese counterpart.\n\nChina's climate envoy, Zhou Ming, has "
                + "called for more funding.", "2031-03-08");
        assertTrue(found.stream().anyMatch(c -> c.us().equals(List.of("tom-ridley")) && c.cn().equals(List.of(
                "zhou-ming")) && c.status() == org.engagements.data.Status.PLANNED), () -> found.stream()
                .map(FailureClassesTest::brief).toList().toString());
    }

    @Test
    void anEnvoysCounterpartIsTheOtherSidesEnvoyTheArticleNamesWhenTheVocabularyHasSeveral() {
        // in June 2023 the vocabulary's Xie Zhenhua is China's climate envoy too: the article says which
        String text = "Washington's special envoy for climate, Tom Ridley, will travel to Oslo next week to meet "
                + "his Chinese counterpart.\n\nChina's newly appointed climate envoy, Zhou Ming, has called for more "
                + "funding.";
        List<Candidate> found = twoReadings(text, "2023-06-05");
        assertTrue(found.stream().anyMatch(c -> c.us().equals(List.of("tom-ridley")) && c.cn().equals(List.of(
                "zhou-ming"))), () -> found.stream().map(FailureClassesTest::brief).toList().toString());
        // not for officials whose counterparts go by office: Austin's is no climate envoy
        List<Candidate> austin = twoReadings("Austin will travel to Oslo next week to meet his Chinese counterpart."
                + "\n\nChina's newly appointed climate envoy, Zhou Ming, has called for more funding.", "2023-06-05");
        assertTrue(austin.stream().noneMatch(c -> c.cn().contains("zhou-ming")), () -> austin.stream()
                .map(FailureClassesTest::brief).toList().toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // no alias "Liu" (Liu He has that family name), yet "Liu" is the one the article named in full
        "China's Commerce Minister Liu Jianguo arrived in Washington on Sunday. Liu and Raimondo will meet on "
            + "Tuesday. | [raimondo]/[liu-jianguo]",
        "Vice Premier Liu He flew to Washington on Sunday. On Tuesday Yellen hosted Liu for talks. | [yellen]/[liu-he]"
    })
    void aFamilyNameWithoutAliasIsTheOneTheArticleNamedInFull(String text, String pair) {
        List<String> found = twoReadings(text, "2031-03-08").stream().map(FailureClassesTest::brief).toList();
        assertTrue(found.stream().anyMatch(b -> b.startsWith(pair + " ")), () -> found.toString());
    }

    @Test
    void aFamilyNameBeforeAnotherGivenNameIsSomeoneElse() {
        List<String> found = twoReadings("Vice Premier Liu He flew to Washington on Sunday. Liu Jianchao met Yellen "
                + "on Tuesday.", "2031-03-08").stream().map(FailureClassesTest::brief).toList();
        assertTrue(found.stream().noneMatch(b -> b.contains("liu-he") && b.contains("yellen")), () -> found.toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // a noun naming another engagement with its own parties, after the clause's own cue, is its own engagement
        "Blinken spoke with Wang Yi by phone on Monday to prepare for a summit between Biden and Xi Jinping next "
            + "month. | [blinken]/[wang-yi] | [biden]/[xi-jinping] planned",
        "Wang Yi met Blinken in Oslo on Monday to lay the groundwork for Biden's meeting with Xi Jinping. "
            + "| [blinken]/[wang-yi] | [biden]/[xi-jinping]",
        "Wang Yi held a call with Blinken on Monday, recalling the pledge of Joe Biden in his March 2, 2030 video "
            + "conference with Xi Jinping. | [blinken]/[wang-yi] | [biden]/[xi-jinping] held"
    })
    void anEngagementNamedWithItsOwnPartiesIsNotTheClausesParticipants(String text, String main, String other) {
        List<String> found = extract(text, "2031-03-11").stream().map(FailureClassesTest::brief).toList();
        assertTrue(found.stream().anyMatch(b -> b.startsWith(main + " held")), () -> found.toString());
        assertTrue(found.stream().anyMatch(b -> b.startsWith(other)), () -> found.toString());
    }

    @Test
    void aMeetingNamedAgainAfterACopulaOrCommaIsTheSameEngagement() {
        List<String> found = extract("Blinken met Wang Yi in Oslo on Monday, his first meeting with Wang Yi this "
                + "year.", "2031-03-11").stream().map(FailureClassesTest::brief).toList();
        assertEquals(List.of("[blinken]/[wang-yi] held 2031-03-10..2031-03-10"), found);
        List<String> copula = extract("Blinken's talks with Wang Yi in Oslo on Monday were the first meeting "
                + "between Blinken and Wang Yi this year.", "2031-03-11").stream().map(FailureClassesTest::brief)
                .toList();
        assertEquals(List.of("[blinken]/[wang-yi] held 2031-03-10..2031-03-10"), copula);
    }

    @Test
    void anEngagementCutOutMayNameAnotherOfItsOwn() {
        List<String> found = extract("Wang Yi met Blinken in Oslo on Monday to follow up on the call between "
                + "Harris and Han Zheng and to prepare for a summit between Biden and Xi Jinping next month.",
                "2031-03-11").stream().map(FailureClassesTest::brief).toList();
        assertTrue(found.stream().anyMatch(b -> b.startsWith("[blinken]/[wang-yi] held")), () -> found.toString());
        assertTrue(found.stream().anyMatch(b -> b.startsWith("[biden]/[xi-jinping] planned")), () -> found.toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // someone an apposition names to describe the name before it takes no part
        "Wang Yi, a close ally of Xi Jinping, met Blinken in Oslo on Monday. | [blinken]/[wang-yi]",
        "Sullivan, the top aide to Joe Biden, held talks with Wang Yi in Oslo on Monday. | [sullivan]/[wang-yi]",
        // not a list of names with an office in between
        "Blinken met Wang Yi, the foreign minister, and Xi Jinping in Beijing on Monday. | [blinken]/[wang-yi, xi-jinping]"
    })
    void someoneAnAppositionNamesToDescribeItsHeadTakesNoPart(String text, String pair) {
        List<String> found = extract(text, "2031-03-11").stream().map(FailureClassesTest::brief).toList();
        assertTrue(found.stream().anyMatch(b -> b.startsWith(pair + " held")), () -> found.toString());
        assertEquals(1, found.size(), () -> found.toString());
    }

    @Test
    void anAppositionsPersonDoesNotFillTheMissingSide() {
        List<String> found = extract("Zhou Ming, a senior aide to Foreign Minister Wang Yi, will meet Blinken in "
                + "Oslo next week.", "2031-03-11").stream().map(FailureClassesTest::brief).toList();
        assertTrue(found.stream().noneMatch(b -> b.contains("wang-yi")), () -> found.toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // two names joined before an engagement noun, after the clause's own cue, are that engagement's parties
        "Blinken's visit to Beijing paves the way for a Biden–Xi summit in April.",
        "Wang Yi held talks with Blinken in Oslo on Monday to set the stage for a Biden-Xi call."
    })
    void aCompoundOfTwoNamesIsItsOwnEngagement(String text) {
        List<String> found = extract(text, "2031-03-11").stream().map(FailureClassesTest::brief).toList();
        assertTrue(found.stream().noneMatch(b -> b.contains("blinken") && (b.contains("biden") || b.contains("xi-"))),
                () -> found.toString());
        assertTrue(found.stream().anyMatch(b -> b.startsWith("[biden]/[xi-jinping]")), () -> found.toString());
    }

    @Test
    void aCompoundInAnAppositionRestatesTheClausesEngagement() {
        List<String> found = extract("Biden met Xi Jinping in Oslo on Saturday, their last Biden-Xi meeting.",
                "2031-03-11").stream().map(FailureClassesTest::brief).toList();
        assertEquals(1, found.size(), () -> found.toString());
        assertTrue(found.get(0).startsWith("[biden]/[xi-jinping] held 2031-03-08..2031-03-08"), () -> found.toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // published Wednesday 2031-03-12: a count back from the news
        "Blinken last spoke with Wang Yi 10 days earlier, officials said. | 2031-03-02",
        "Yellen and He Lifeng held a video call two days ago. | 2031-03-10",
        "Raimondo met Wang Yi a day earlier in Oslo. | 2031-03-11"
    })
    void aCountOfDaysBackIsThatDay(String text, String day) {
        List<String> found = extract(text, "2031-03-12").stream().map(FailureClassesTest::brief).toList();
        assertTrue(found.stream().anyMatch(b -> b.contains(" " + day + ".." + day)), () -> found.toString());
    }

    @Test
    void twoDaysBeforeAnotherEventIsNoCountFromTheNews() {
        List<String> found = extract("Blinken met Wang Yi two days before the summit in Oslo.", "2031-03-12")
                .stream().map(FailureClassesTest::brief).toList();
        assertTrue(found.stream().noneMatch(b -> b.contains("2031-03-10..2031-03-10")), () -> found.toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Raimondo and Wang Yi hold phone talks on export rules\\n\\nThe two sides held a call, the ministry said. "
            + "Raimondo had last spoken with Wang Yi 12 days earlier, according to state media.",
        "Yellen, He Lifeng hold video call on debt\\n\\nThe call was described as candid. Yellen had last talked to He "
            + "Lifeng a week ago, when they discussed tariffs."
    })
    void anEarlierEngagementInPassingIsNotTheLeadsNews(String text) {
        // published Friday 2031-03-14: the headline's call is the day's news, the one in passing stays apart
        List<String> found = extract(text.replace("\\n", "\n"), "2031-03-14").stream()
                .map(FailureClassesTest::brief).toList();
        assertTrue(found.stream().anyMatch(b -> b.endsWith("held 2031-03-13..2031-03-14")), () -> found.toString());
    }

    @Test
    void aDatedMentionOutsideThePassingRecallStillDatesTheHeadline() {
        // negative: a dated report of the news itself (no "last") is the headline's date
        List<String> found = extract("Raimondo and Wang Yi hold phone talks on export rules\n\nRaimondo spoke "
                + "with Wang Yi on Wednesday, the ministry said.", "2031-03-14").stream()
                .map(FailureClassesTest::brief).toList();
        assertEquals(List.of("[raimondo]/[wang-yi] held 2031-03-12..2031-03-12"), found);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // published Sunday 2031-03-16: the plan was of a moment already past, so the Friday before
        "It had been reported that Yellen and He Lifeng were scheduled to hold a call on Friday. | 2031-03-14",
        "Raimondo had been expected to meet Wang Yi on Thursday in Oslo. | 2031-03-13",
        "Blinken had originally planned to visit Beijing on Friday to meet Wang Yi. | 2031-03-14"
    })
    void aPlanInThePastPerfectIsOfTheDayBefore(String text, String day) {
        List<String> found = extract(text, "2031-03-16").stream().map(FailureClassesTest::brief).toList();
        assertTrue(found.stream().anyMatch(b -> b.contains(" " + day + ".." + day)), () -> found.toString());
    }

    @Test
    void aPlanInTheSimplePastIsStillAhead() {
        List<String> found = extract("Officials said Yellen and He Lifeng were scheduled to hold a call on Friday.",
                "2031-03-16").stream().map(FailureClassesTest::brief).toList();
        assertTrue(found.stream().anyMatch(b -> b.contains(" 2031-03-21..2031-03-21")), () -> found.toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Vice Premier He Lifeng held a phone conversation at the request of Yellen on Saturday morning.",
        "Wang Yi visited Washington at the invitation of Blinken on Saturday.",
        "Raimondo met Wang Yi at Beijing's request on Saturday."
    })
    void whoAskedForAnEngagementIsNoStatusOfIt(String text) {
        List<String> found = extract(text, "2031-03-16").stream().map(FailureClassesTest::brief).toList();
        assertTrue(found.stream().anyMatch(b -> b.contains(" held 2031-03-15..2031-03-15")), () -> found.toString());
    }

    @Test
    void aRequestForAnEngagementIsStillARequest() {
        List<String> found = extract("Yellen requested a phone call with He Lifeng on Saturday.", "2031-03-16")
                .stream().map(FailureClassesTest::brief).toList();
        assertTrue(found.stream().anyMatch(b -> b.contains(" requested ")), () -> found.toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Raimondo says she has spoken to Wang Yi several times and hopes to meet him soon.",
        "Yellen has met He Lifeng repeatedly over the past year.",
        "Blinken has talked with Wang Yi on several occasions, an aide said."
    })
    void aHeldVerbCountedOverManyTimesIsNoEngagement(String text) {
        List<String> found = extract(text, "2031-03-16").stream().map(FailureClassesTest::brief).toList();
        assertTrue(found.stream().noneMatch(b -> b.contains(" held ")), () -> found.toString());
    }

    @Test
    void aSingleHeldVerbIsStillAnEngagement() {
        List<String> found = extract("Raimondo has spoken to Wang Yi by phone, an aide said on Friday.", "2031-03-16")
                .stream().map(FailureClassesTest::brief).toList();
        assertTrue(found.stream().anyMatch(b -> b.contains(" held ")), () -> found.toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Defense Secretary Austin says he plans to visit China this year. | 2031-07-21..2031-12-31",
        "Yellen will travel to Beijing to meet He Lifeng this month. | 2031-07-21..2031-07-31",
        // negative: what was done this year lies before publication
        "Yellen met He Lifeng in Beijing this year. | 2031-01-01..2031-07-21"
    })
    void thisYearOfAPlanLiesAfterPublication(String text, String dates) {
        List<String> found = extract(text, "2031-07-21").stream().map(FailureClassesTest::brief).toList();
        assertTrue(found.stream().anyMatch(b -> b.contains(" " + dates)), () -> found.toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Earlier rounds took place in 2029 in Vienna and in 2030 near Geneva. Blinken and Wang Yi have met often.",
        "Previous summits were held in March on the island of Bali and in June in Rome. Biden and Xi met there too."
    })
    void aClauseListingSeveralTimesIsNoContextForTheNextSentence(String text) {
        List<Candidate> found = extract(text, "2031-07-21");
        assertTrue(found.stream().noneMatch(c -> c.venue().isPresent() && c.date().isPresent()
                        && c.date().get().precision() != org.engagements.data.DatePrecision.DAY),
                () -> found.stream().map(c -> brief(c) + " " + c.venue()).toList().toString());
    }

    @Test
    void aClauseWithOneTimeIsStillTheNextSentencesContext() {
        List<Candidate> found = extract("The talks took place in March in Vienna. Blinken and Wang Yi met there.",
                "2031-07-21");
        assertTrue(found.stream().anyMatch(c -> c.venue().equals(java.util.Optional.of("vienna"))),
                () -> found.stream().map(c -> brief(c) + " " + c.venue()).toList().toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Wang Yi will visit Washington this month to meet Blinken. The trip will take place on March 20 and 21. "
            + "| 2031-03-20..2031-03-21",
        "Blinken is expected to travel to Beijing to meet Wang Yi. The visit is scheduled for March 24-25. "
            + "| 2031-03-24..2031-03-25"
    })
    void aPlanNamedBackByItsNounTakesTheDates(String text, String dates) {
        List<String> found = extract(text, "2031-03-10").stream().map(FailureClassesTest::brief).toList();
        assertEquals(1, found.size(), () -> found.toString());
        assertTrue(found.get(0).contains(" planned " + dates), () -> found.toString());
    }

    @Test
    void aPlanNamedBackWithAnotherPlaceIsNotThePreviousOne() {
        List<String> found = extract("Wang Yi will meet Blinken this month. The meeting will take place in Geneva "
                + "on March 20.", "2031-03-10").stream().map(FailureClassesTest::brief).toList();
        assertTrue(found.stream().noneMatch(b -> b.contains("2031-03-20..2031-03-20")), () -> found.toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Although Blinken held talks with his Japanese counterpart, he also sought to meet Wang Yi in Tokyo. "
            + "| requested",
        "While Yellen met Japanese officials on Monday, she is expected to meet He Lifeng in Tokyo next week. "
            + "| planned",
        // negative: a concessive clause after the main one leaves the main verb's status
        "Blinken met Wang Yi in Geneva on Monday, although no agreement was reached. | held"
    })
    void aFrontedConcessiveClauseIsNotTheMainVerb(String text, String status) {
        List<String> found = extract(text, "2031-03-12").stream().map(FailureClassesTest::brief).toList();
        assertTrue(found.stream().anyMatch(b -> b.contains("wang-yi") || b.contains("he-lifeng")), () -> found.toString());
        assertTrue(found.stream().filter(b -> b.contains("wang-yi") || b.contains("he-lifeng"))
                .allMatch(b -> b.contains(" " + status + " ")), () -> found.toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Blinken sought to meet Wang Yi during the forum in Bangkok.\\n\\nHowever, Beijing declined the proposed "
            + "meeting, an aide to Blinken said.",
        "Yellen requested a call with He Lifeng this month.\\n\\nChina turned down the request, officials said."
    })
    void aRefusalNamingTheEngagementBackDeclinesThePlanJustReported(String text) {
        List<String> found = extract(text.replace("\\n", "\n"), "2031-03-12").stream()
                .map(FailureClassesTest::brief).toList();
        assertEquals(1, found.size(), () -> found.toString());
        assertTrue(found.get(0).contains(" declined "), () -> found.toString());
    }

    @Test
    void aRefusalOfSomethingElseLeavesThePlan() {
        List<String> found = extract("Blinken sought to meet Wang Yi during the forum in Bangkok.\n\nBeijing "
                + "rejected the report as groundless.", "2031-03-12").stream().map(FailureClassesTest::brief).toList();
        assertTrue(found.stream().noneMatch(b -> b.contains(" declined ")), () -> found.toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "China's National Defense Minister to attend a forum in Singapore, will meet Austin",
        "Austin will hold talks with the Chinese national defence minister in Singapore next week."
    })
    void aNationalDefenseMinisterIsAnOfficeOfTheOtherSide(String text) {
        List<Candidate> found = extract(text, "2024-02-07");
        assertTrue(found.stream().anyMatch(c -> c.us().equals(List.of("austin")) && !c.outsiders(Side.CN).isEmpty()),
                () -> found.stream().map(FailureClassesTest::brief).toList().toString());
    }

    @Test
    void aNationalHolidayIsNoOffice() {
        List<Candidate> found = extract("Austin will mark China's National Day in Singapore next week.", "2024-02-07");
        assertTrue(found.stream().allMatch(c -> c.outsiders(Side.CN).isEmpty()),
                () -> found.stream().map(FailureClassesTest::brief).toList().toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // a vice president (or one elect) outside the vocabulary, given names as initials too
        "US Vice President Zara Holt met briefly with Chinese President Xi Jinping on Saturday. | US",
        "Xi Jinping met U.S. Vice President-elect J.D. Holt in Washington on Sunday. | US",
        // "the People's Republic of China", "PRC" name China's side as "Chinese" does
        "Blinken hosted People's Republic of China Executive Vice Foreign Minister Zhou Ming in Washington on Monday. | CN",
        "Blinken met PRC Vice Foreign Minister Zhou Ming in Washington on Monday. | CN"
    })
    void vicePresidentsAndThePeoplesRepublicPlaceOutsiders(String text, String side) {
        List<Candidate> found = extract(text, "2031-03-12");
        Side placed = Side.valueOf(side);
        assertTrue(found.stream().anyMatch(c -> !c.outsiders(placed).isEmpty()),
                () -> found.stream().map(c -> brief(c) + " " + c.outsiders(placed)).toList().toString());
    }

    @Test
    void aPresidentAloneIsNoOutsiderOffice() {
        // "President" alone is each side's head of state, whom the vocabulary knows: no one outside it
        List<Candidate> found = extract("Chinese President Xi Jinping met Blinken in Beijing on Monday.", "2031-03-12");
        assertTrue(found.stream().allMatch(c -> c.outsiders(Side.CN).isEmpty() && c.outsiders(Side.US).isEmpty()),
                () -> found.stream().map(FailureClassesTest::brief).toList().toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // how an engagement came about is no status of it: "upon invitation", "by invitation", "on request"
        "Wang Yi on Thursday took a phone call from Blinken \"upon invitation\", Xinhua reported. | held 2031-03-06",
        "Blinken met Wang Yi in Beijing by invitation on Thursday. | held 2031-03-06",
        // negative: an invitation itself still proposes
        "Wang Yi invited Blinken to visit Beijing. | proposed"
    })
    void howAnEngagementCameAboutIsNoStatus(String text, String expected) {
        List<String> found = extract(text, "2031-03-07").stream().map(FailureClassesTest::brief).toList();
        assertTrue(found.stream().anyMatch(b -> b.contains(" " + expected)), () -> found.toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // a dispatch's dateline is the article's date, not the engagement's
        "July 25 (UPI) — Blinken and Yellen will travel to China next week for talks. | 2031-07-28..2031-08-03",
        "BEIJING, July 25 (Reuters) - Wang Yi met Blinken in Beijing on Thursday. | 2031-07-24..2031-07-24",
        // negative: a date opening a sentence without an agency or a dash is the engagement's
        "On July 23, Wang Yi met Blinken in Beijing. | 2031-07-23..2031-07-23"
    })
    void aDatelineIsTheArticlesDate(String text, String dates) {
        List<String> found = extract(text, "2031-07-25").stream().map(FailureClassesTest::brief).toList();
        assertTrue(!found.isEmpty() && found.stream().allMatch(b -> b.contains(" " + dates)), () -> found.toString());
    }
}
