package org.engagements.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One test per rule of engagements.csv beyond cell types; each breaks the valid fixture in one place. */
class EngagementRulesTest {
    private static final String E001 = "e001,Blinken–Wang meeting at the G20,2021-10-31,2021-10-31,day,held,"
            + "multilateral,third,cabinet,blinken,wang-yi,rome,G20 Rome summit,climate;taiwan,";

    @TempDir
    Path temp;

    private Path engagements;
    private Path data;

    @BeforeEach
    void copyFixture() {
        data = Fixture.copyTo(temp);
        engagements = data.resolve("engagements.csv");
    }

    /** Replaces e001 (line 2) with a row built from the given changes to its cells. */
    private List<String> withE001(String from, String to) {
        Fixture.replace(engagements, E001, E001.replace(from, to));
        return Fixture.messages(data);
    }

    @Test
    void duplicateIdsNameTheFirstLine() {
        Fixture.replace(engagements, "e004,Biden–Xi phone call", "e002,Biden–Xi phone call");
        assertEquals(List.of("data/engagements.csv:6: id \"e002\": expected a unique id; it is also on line 3",
                "data/mentions.csv:5: engagement_id \"e004\": expected an engagement id from data/engagements.csv "
                        + "(did you mean \"e001\"?)"), Fixture.messages(data));
    }

    @Test
    void theEndDateMayNotComeBeforeTheStart() {
        assertEquals(List.of("data/engagements.csv:2: date_end \"2021-10-30\": expected a date not before "
                + "date_start 2021-10-31"), withE001("2021-10-31,2021-10-31", "2021-10-31,2021-10-30"));
    }

    @Test
    void theSpanMayNotExceedThePrecision() {
        assertEquals(List.of(), withE001("2021-10-31,2021-10-31", "2021-10-31,2021-11-06"));
        Fixture.replace(engagements, "2021-10-31,2021-11-06", "2021-10-31,2021-11-07");
        assertEquals(List.of("data/engagements.csv:2: date_end \"2021-11-07\": expected a date at most 7 days from "
                + "date_start 2021-10-31 (counting both) for date_precision day, found 8"), Fixture.messages(data));
    }

    @Test
    void anUnknownParticipantGetsADidYouMean() {
        assertEquals(List.of("data/engagements.csv:2: us_participants \"blinkn\": expected a person id from "
                + "data/vocab/people.json (did you mean \"blinken\"?)"), withE001(",blinken,", ",blinkn,"));
    }

    @Test
    void anUnknownIdWithNothingNearGetsNoSuggestion() {
        assertEquals(List.of("data/engagements.csv:2: cn_participants \"li-keqiang\": expected a person id from "
                + "data/vocab/people.json"), withE001(",wang-yi,", ",li-keqiang,"));
    }

    @Test
    void participantsMustBeOnTheirSide() {
        assertEquals(List.of("data/engagements.csv:2: us_participants \"wang-yi\": expected a US person; "
                + "data/vocab/people.json has wang-yi as CN"), withE001(",blinken,wang-yi,", ",blinken;wang-yi,,"));
    }

    @Test
    void callsHaveNoVenue() {
        Fixture.replace(engagements, "phone,none,leader,biden,xi-jinping,,", "phone,none,leader,biden,xi-jinping,rome,");
        assertEquals(List.of("data/engagements.csv:6: venue \"rome\": expected no venue for mode phone "
                + "(calls have none)"), Fixture.messages(data));
    }

    @Test
    void callsHaveNoHostSide() {
        Fixture.replace(engagements, "video,none,leader", "video,US,leader");
        assertEquals(List.of("data/engagements.csv:3: host_side \"US\": expected none for mode video"),
                Fixture.messages(data));
    }

    @Test
    void visitsAreHostedByOneOfTheTwoSides() {
        Fixture.replace(engagements, "visit,CN,deputy", "visit,third,deputy");
        assertEquals(List.of("data/engagements.csv:4: host_side \"third\": expected one of US, CN for mode visit"),
                Fixture.messages(data));
    }

    @Test
    void thirdPartyMeetingsAreHostedByAThirdCountry() {
        assertEquals(List.of("data/engagements.csv:2: host_side \"CN\": expected one of third for mode third_party"),
                withE001("multilateral,third", "third_party,CN"));
    }

    @Test
    void multilateralMeetingsHaveAHost() {
        assertEquals(List.of("data/engagements.csv:2: host_side \"none\": expected one of US, CN, third for mode "
                + "multilateral"), withE001("multilateral,third", "multilateral,none"));
    }

    @Test
    void theVenueMustBeAKnownPlace() {
        assertEquals(List.of("data/engagements.csv:2: venue \"rom\": expected a place id from "
                + "data/vocab/places.json (did you mean \"rome\"?)"), withE001(",rome,", ",rom,"));
    }

    @Test
    void theHostSideMustAgreeWithTheVenuesCountry() {
        assertEquals(List.of("data/engagements.csv:2: host_side \"third\": expected US for venue washington "
                + "(Washington, country US)"), withE001(",rome,", ",washington,"));
    }

    @Test
    void theLevelIsTheHighestAmongTheParticipants() {
        assertEquals(List.of("data/engagements.csv:2: level \"leader\": expected cabinet, the highest level among "
                + "the participants (blinken is cabinet)"), withE001("third,cabinet", "third,leader"));
    }

    @Test
    void engagementsWithoutNamedParticipantsMayHaveAnyLevel() {
        assertEquals(List.of(), withE001("third,cabinet,blinken,wang-yi", "third,envoy,,"));
    }

    @Test
    void issuesMustBeKnown() {
        assertEquals(List.of("data/engagements.csv:2: issues \"climat\": expected an issue id from "
                + "data/vocab/issues.json (did you mean \"climate\"?)"), withE001("climate;taiwan", "climat;taiwan"));
    }

    @Test
    void referencesIntoABrokenVocabularyAreNotCheckedAgain() {
        Fixture.replace(data.resolve("vocab/people.json"), "\"level\": \"deputy\",\n    \"titles\": []",
                "\"level\": \"minister\",\n    \"titles\": []");
        assertEquals(List.of("data/vocab/people.json:47:14: \"level\" \"minister\": expected one of leader, cabinet, "
                + "adviser, deputy, envoy, military"), withE001(",blinken,", ",blinkn,"));
    }
}
