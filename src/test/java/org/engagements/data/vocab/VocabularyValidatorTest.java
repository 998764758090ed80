package org.engagements.data.vocab;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.engagements.data.Fixture;
import org.engagements.data.csv.CellValidator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One test per rule for vocabulary entries; each names file:line:column of the offending value. */
class VocabularyValidatorTest {
    @TempDir
    Path temp;

    private Path data;

    @BeforeEach
    void copyFixture() {
        data = Fixture.copyTo(temp);
    }

    private List<String> change(String file, String from, String to) {
        Fixture.replace(data.resolve("vocab").resolve(file), from, to);
        return Fixture.messages(data);
    }

    @Test
    void aLevelOutsideTheListIsReportedAtItsValue() {
        assertEquals(List.of("data/vocab/people.json:15:14: \"level\" \"minister\": expected one of leader, cabinet, "
                + "adviser, deputy, envoy, military"), change("people.json", "\"level\": \"cabinet\",\n    \"titles\": "
                + "[{\"title\": \"Secretary", "\"level\": \"minister\",\n    \"titles\": [{\"title\": \"Secretary"));
    }

    @Test
    void peopleAreFromOneOfTheTwoSides() {
        assertEquals(List.of("data/vocab/people.json:6:16: \"country\" \"GB\": expected one of US, CN"),
                change("people.json", "\"country\": \"US\",\n    \"level\": \"leader\"",
                        "\"country\": \"GB\",\n    \"level\": \"leader\""));
    }

    @Test
    void idsFollowTheIdRule() {
        assertEquals(List.of("data/vocab/people.json:3:11: \"id\" \"Biden\": expected " + CellValidator.ID_RULE),
                change("people.json", "\"id\": \"biden\"", "\"id\": \"Biden\""));
    }

    @Test
    void idsAreUniqueInAVocabulary() {
        assertEquals(List.of("data/vocab/people.json:43:11: \"id\" \"wang-yi\": expected a unique id; it is also on "
                + "line 35"), change("people.json", "\"id\": \"xie-feng\"", "\"id\": \"wang-yi\""));
    }

    @Test
    void aMissingRequiredFieldIsReportedAtItsObject() {
        assertEquals(List.of("data/vocab/people.json:42:3: \"name\": expected a non-empty string"),
                change("people.json", "\"name\": \"Xie Feng\",", ""));
    }

    @Test
    void titleDatesAreStrictIsoDates() {
        assertEquals(List.of("data/vocab/people.json:8:47: \"from\" \"2021-02-30\": expected a date yyyy-MM-dd"),
                change("people.json", "\"from\": \"2021-01-20\"", "\"from\": \"2021-02-30\""));
    }

    @Test
    void aTitleEndsAfterItStarts() {
        assertEquals(List.of("data/vocab/people.json:8:67: \"to\" \"2020-01-20\": expected a date not before "
                + "\"from\" 2021-01-20"), change("people.json", "\"to\": \"2025-01-20\"", "\"to\": \"2020-01-20\""));
    }

    @Test
    void aNullEntryIsReported() {
        assertEquals(List.of("data/vocab/places.json:2:3: expected an object, found null"),
                change("places.json", "{\"id\": \"rome\", \"city\": \"Rome\", \"country\": \"IT\", \"latitude\": "
                        + "41.9028, \"longitude\": 12.4964, \"aliases\": [\"Roma\"]}", "null"));
    }

    @Test
    void placeCountriesAreIsoCodes() {
        assertEquals(List.of("data/vocab/places.json:2:45: \"country\" \"Italy\": expected an ISO 3166-1 alpha-2 "
                + "country code in capitals, e.g. CN, US or CH"), change("places.json", "\"IT\"", "\"Italy\""));
    }

    @Test
    void latitudesAreWithinNinetyDegrees() {
        assertEquals(List.of("data/vocab/places.json:2:63: \"latitude\" \"91.9028\": expected a latitude from -90 to 90"),
                change("places.json", "41.9028", "91.9028"));
    }

    @Test
    void longitudesAreWithinOneHundredEightyDegrees() {
        assertEquals(List.of("data/vocab/places.json:4:97: \"longitude\" \"-277.0369\": expected a longitude from "
                + "-180 to 180"), change("places.json", "-77.0369", "-277.0369"));
    }

    @Test
    void aParentMustExist() {
        assertEquals(List.of("data/vocab/issues.json:5:55: \"parent\" \"human-right\": expected the id of an issue "
                + "in this file (did you mean \"human-rights\"?)"),
                change("issues.json", "\"hong-kong\", \"label\": \"Hong Kong\", \"parent\": \"human-rights\"",
                        "\"hong-kong\", \"label\": \"Hong Kong\", \"parent\": \"human-right\""));
    }

    @Test
    void parentsMayNotFormACycle() {
        Fixture.replace(data.resolve("vocab/issues.json"), "\"Taiwan\", \"synonyms\"",
                "\"Taiwan\", \"parent\": \"climate\", \"synonyms\"");
        assertEquals(List.of("data/vocab/issues.json:2:58: \"parent\" \"taiwan\": expected a chain of parents that "
                + "ends at a top-level issue, found the cycle climate → taiwan → climate"),
                change("issues.json", "\"Climate change\", \"parent\": null", "\"Climate change\", \"parent\": \"taiwan\""));
    }

    @Test
    void anIssueMayNotBeItsOwnParent() {
        assertEquals(List.of("data/vocab/issues.json:2:58: \"parent\" \"climate\": expected a chain of parents that "
                + "ends at a top-level issue, found the cycle climate → climate"),
                change("issues.json", "\"Climate change\", \"parent\": null", "\"Climate change\", \"parent\": \"climate\""));
    }

    @Test
    void aliasesAreNonEmptyStrings() {
        assertEquals(List.of("data/vocab/places.json:2:114: \"aliases\" \"\": expected a list of non-empty strings"),
                change("places.json", "[\"Roma\"]", "[\"Roma\", \"\"]"));
    }
}
