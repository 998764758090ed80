package org.engagements.data.vocab;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.engagements.data.DatasetLoader;
import org.engagements.data.Fixture;
import org.engagements.data.Level;
import org.engagements.data.Person;
import org.engagements.data.Side;
import org.engagements.data.Title;
import org.engagements.data.Vocabulary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** JSON syntax and shape errors in the vocabularies, reported with file:line:column. */
class VocabularyReaderTest {
    @TempDir
    Path temp;

    private Path data;
    private Path people;
    private Path places;

    @BeforeEach
    void copyFixture() {
        data = Fixture.copyTo(temp);
        people = data.resolve("vocab/people.json");
        places = data.resolve("vocab/places.json");
    }

    @Test
    void theFixtureVocabularyReadsInFileOrder() {
        Vocabulary vocabulary = DatasetLoader.load(data).vocabulary();
        assertEquals(List.of("biden", "blinken", "sherman", "xi-jinping", "wang-yi", "xie-feng"),
                vocabulary.people().stream().map(Person::id).toList());
        Person blinken = vocabulary.people().get(1);
        assertEquals(List.of("Blinken", "Tony Blinken"), blinken.aliases());
        assertEquals(Side.US, blinken.country());
        assertEquals(Level.CABINET, blinken.level());
        assertEquals(new Title("Secretary of State", java.time.LocalDate.of(2021, 1, 26), null), blinken.titles().get(0));
        assertEquals("human-rights", vocabulary.issues().get(3).parent());
        assertEquals(-77.0369, vocabulary.places().get(2).longitude());
    }

    @Test
    void malformedJsonNamesTheSpot() {
        Fixture.replace(people, "\"name\": \"Joe Biden\",", "\"name\": \"Joe Biden\",,");
        assertEquals(List.of("data/vocab/people.json:4:25: expected valid JSON: Unexpected character (',' (code 44)): "
                + "was expecting double-quote to start field name"), Fixture.messages(data));
    }

    @Test
    void aTruncatedFileIsMalformedJson() {
        Fixture.write(places, "[{\"id\": \"rome\"");
        assertEquals(List.of("data/vocab/places.json:1:15: expected valid JSON: Unexpected end-of-input: expected "
                + "close marker for Object (start marker at line 1, column 2)"), Fixture.messages(data));
    }

    @Test
    void aDuplicateKeyIsAnError() {
        Fixture.replace(people, "\"name\": \"Joe Biden\",", "\"name\": \"Joe Biden\", \"name\": \"Biden\",");
        assertEquals(List.of("data/vocab/people.json:4:32: \"name\": expected each field once per object; this one "
                + "is repeated"), Fixture.messages(data));
    }

    @Test
    void anUnknownFieldListsTheKnownOnes() {
        Fixture.replace(people, "\"name\": \"Joe Biden\",", "\"nmae\": \"Joe Biden\",");
        assertEquals(List.of("data/vocab/people.json:4:13: \"nmae\": expected one of the fields aliases, country, id, "
                + "level, name, titles"), Fixture.messages(data));
    }

    @Test
    void aNumberWhereAStringBelongsIsAnError() {
        Fixture.replace(places, "\"city\": \"Rome\"", "\"city\": 1");
        assertEquals(List.of("data/vocab/places.json:2:26: \"city\" \"1\": expected a string"), Fixture.messages(data));
    }

    @Test
    void aStringWhereANumberBelongsIsAnError() {
        Fixture.replace(places, "\"latitude\": 41.9028", "\"latitude\": \"41.9028\"");
        assertEquals(List.of("data/vocab/places.json:2:63: \"latitude\": expected a number"), Fixture.messages(data));
    }

    @Test
    void theTopLevelMustBeAnArray() {
        Fixture.write(places, "{\"id\": \"rome\"}");
        assertEquals(List.of("data/vocab/places.json:1:1: expected an array"), Fixture.messages(data));
    }

    @Test
    void nullIsNotAVocabulary() {
        Fixture.write(places, "null");
        assertEquals(List.of("data/vocab/places.json:1:1: expected a JSON array, found null"), Fixture.messages(data));
    }

    @Test
    void trailingContentIsAnError() {
        Fixture.write(places, "[] []");
        assertEquals(List.of("data/vocab/places.json:1:4: expected valid JSON: unexpected content after the "
                + "top-level value"), Fixture.messages(data));
    }

    @Test
    void nestingDeeperThanTheLimitIsRefused() {
        int depth = VocabularyReader.MAX_NESTING_DEPTH + 1;
        String deep = "[".repeat(depth) + "]".repeat(depth);
        Fixture.write(places, "[{\"id\": \"rome\", \"aliases\": " + deep + "}]");
        assertEquals(List.of("data/vocab/places.json:1:91: expected a document within the reader's limits: "
                + "Document nesting depth (65) exceeds the maximum allowed (64)"), Fixture.messages(data));
    }

    @Test
    void aHundredThousandNestedArraysAreAProblemAtTheirPlaceNotAStackOverflow() {
        Fixture.write(places, "[".repeat(100_000) + "]".repeat(100_000));
        assertEquals(List.of("data/vocab/places.json:1:66: expected a document within the reader's limits: "
                + "Document nesting depth (65) exceeds the maximum allowed (64)"), Fixture.messages(data));
    }

    @Test
    void aStringLongerThanTheLimitIsRefused() {
        String longCity = "x".repeat(VocabularyReader.MAX_STRING_LENGTH + 1);
        Fixture.write(places, "[{\"id\": \"rome\", \"city\": \"" + longCity + "\"}]");
        assertEquals(List.of("data/vocab/places.json:1:25: \"city\": expected a document within the reader's limits: "
                + "String value length (1048577) exceeds the maximum allowed (1048576)"), Fixture.messages(data));
    }

    @Test
    void aMissingVocabularyIsReportedAndItsReferencesAreNotChecked() throws Exception {
        java.nio.file.Files.delete(people);
        assertEquals(List.of("data/vocab/people.json: expected a file; there is none"), Fixture.messages(data));
    }
}
