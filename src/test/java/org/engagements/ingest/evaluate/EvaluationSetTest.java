package org.engagements.ingest.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.engagements.data.Mode;
import org.engagements.data.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Reading an evaluation set: the format of docs/coding-guide.md, and a clear error for each mistake. */
class EvaluationSetTest {
    @TempDir
    Path temp;

    @Test
    void aWellFormedSetIsReadWithItsArticlesTextsAndGoldRows() {
        EvaluationSet set = SampleSet.read(SampleSet.write(temp));
        assertEquals(List.of("s1", "s2"), set.articles().stream().map(SetArticle::id).toList());
        assertEquals(LocalDate.of(2023, 10, 30), set.articles().get(1).published());
        assertEquals(SampleSet.PLAN, set.textOf(set.articles().get(1)));
        GoldRow plan = set.goldOf("s2").get(0);
        assertEquals(List.of("biden-xi-sf", "e022", Status.PLANNED, Optional.of(Mode.MULTILATERAL), "san-francisco",
                List.of("biden"), List.of("xi-jinping"), "a note", 3), List.of(plan.key(), plan.dataId(), plan.status(),
                plan.mode(), plan.venue(), plan.us(), plan.cn(), plan.notes(), plan.line()));
        assertTrue(plan.required());
    }

    static Stream<Arguments> mistakes() {
        return Stream.of(
                Arguments.of("gold.csv", "article,key,", "article,keys,",
                        "set/gold.csv:1: expected the header article,key,data_id,kind,status,"),
                Arguments.of("gold.csv", "s1,biden-xi-call", "s9,biden-xi-call",
                        "set/gold.csv:2: article \"s9\": expected an article id of set/articles.csv"),
                Arguments.of("gold.csv", "report,held", "report,met",
                        "set/gold.csv:2: status \"met\": expected one of held, planned, proposed, requested, declined,"),
                Arguments.of("gold.csv", "report,planned", "mentioned,planned",
                        "set/gold.csv:3: kind \"mentioned\": expected report or background"),
                Arguments.of("gold.csv", "2022-03-18,2022-03-18,day", "2022-03-01,2022-03-18,day",
                        "set/gold.csv:2: date_end \"2022-03-18\": expected a date at most 7 days from date_start"),
                Arguments.of("gold.csv", "2022-03-18,2022-03-18,day", "2022-03-18,2022-03-17,day",
                        "set/gold.csv:2: date_end \"2022-03-17\": expected a date not before date_start"),
                Arguments.of("gold.csv", "phone,,biden", "phone,washington,biden",
                        "set/gold.csv:2: venue \"washington\": expected no venue for mode phone"),
                Arguments.of("gold.csv", "multilateral,san-francisco", "multilateral,sanfran",
                        "set/gold.csv:3: venue \"sanfran\": expected a place id of data/vocab/places.json"),
                Arguments.of("gold.csv", ",,biden,xi-jinping,\"President", ",,obama,xi-jinping,\"President",
                        "set/gold.csv:2: us_participants \"obama\": expected a person id of data/vocab/people.json"),
                Arguments.of("gold.csv", ",,biden,xi-jinping,\"President", ",,xi-jinping,biden,\"President",
                        "set/gold.csv:2: us_participants \"xi-jinping\": expected a US person; data/vocab/people.json "
                                + "has xi-jinping as CN"),
                Arguments.of("gold.csv", ",biden,xi-jinping,\"Biden", ",biden,Dong Jun,\"Biden",
                        "set/gold.csv:3: cn_participants \"Dong Jun\": expected a person id, or 'Name (Title)'"),
                Arguments.of("gold.csv", "e022", "e099",
                        "set/gold.csv:3: data_id \"e099\": expected empty or an engagement id of data/engagements.csv"),
                Arguments.of("gold.csv", "on Friday, the White House said.\"", "on Saturday.\"",
                        "set/gold.csv:2: evidence \"President Joe Biden spoke by phone with Chinese President Xi…\": "
                                + "expected a quote found in the text of article s1"),
                Arguments.of("articles.csv", "2022-03-20", "2022-03-32",
                        "set/articles.csv:2: published \"2022-03-32\": expected a date yyyy-MM-dd"),
                Arguments.of("articles.csv", "s2,s2.txt", "s2,s3.txt",
                        "set/articles.csv:3: file \"s3.txt\": expected the name of a file in set/articles"),
                Arguments.of("articles.csv", "s2,s2.txt", "s1,s2.txt",
                        "set/articles.csv:3: id \"s1\": expected an id not used by an earlier row"),
                Arguments.of("articles.csv", "Example Post", "",
                        "set/articles.csv:3: outlet \"\": expected a value (the news outlet)"));
    }

    @ParameterizedTest(name = "{0}: {3}")
    @MethodSource("mistakes")
    void aMalformedSetNamesTheFileTheLineAndWhatWasExpected(String file, String from, String to, String expected) {
        Path folder = SampleSet.write(temp);
        SampleSet.replace(folder.resolve(file), from, to);
        EvaluationSetException e = assertThrows(EvaluationSetException.class, () -> SampleSet.read(folder));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }

    @Test
    void everyProblemIsListedNotOnlyTheFirst() {
        Path folder = SampleSet.write(temp);
        SampleSet.replace(folder.resolve("gold.csv"), "report,held", "report,met");
        SampleSet.replace(folder.resolve("gold.csv"), "e022", "e099");
        EvaluationSetException e = assertThrows(EvaluationSetException.class, () -> SampleSet.read(folder));
        assertEquals(2, e.problems().size(), e.getMessage());
    }

    @Test
    void rowsOfOneKeyMustAgreeOnTheCuratedEngagementAndTheVenue() {
        Path folder = SampleSet.write(temp);
        SampleSet.replace(folder.resolve("gold.csv"), "s1,biden-xi-call,,report,held,2022-03-18,2022-03-18,day,phone,",
                "s1,biden-xi-sf,e013,background,held,2022-03-18,2022-03-18,day,multilateral,washington");
        EvaluationSetException e = assertThrows(EvaluationSetException.class, () -> SampleSet.read(folder));
        assertEquals(List.of(
                "set/gold.csv:3: data_id \"e022\": expected \"e013\" as on line 2 for key biden-xi-sf",
                "set/gold.csv:3: venue \"san-francisco\": expected \"washington\" as on line 2 for key biden-xi-sf "
                        + "(or empty)"), e.problems());
    }

    @Test
    void aTextWithoutARowAndAMissingGoldFileAreProblems() {
        Path folder = SampleSet.write(temp);
        SampleSet.write(folder.resolve("articles/extra.txt"), "An article nobody listed.\n");
        folder.resolve("gold.csv").toFile().delete();
        EvaluationSetException e = assertThrows(EvaluationSetException.class, () -> SampleSet.read(folder));
        assertEquals(List.of("set/articles/extra.txt: expected a row in set/articles.csv",
                "set/gold.csv: expected a CSV file; there is none"), e.problems());
    }

    @Test
    void aPersonOrPlaceOutsideTheVocabularyIsWrittenByName() {
        Path folder = SampleSet.write(temp);
        SampleSet.replace(folder.resolve("gold.csv"), "multilateral,san-francisco,biden,xi-jinping",
                "multilateral,Woodside Estate,biden,Dong Jun (Minister of National Defense)");
        GoldRow row = SampleSet.read(folder).goldOf("s2").get(0);
        assertEquals(List.of("Woodside Estate", List.of("Dong Jun (Minister of National Defense)")),
                List.of(row.venue(), row.cn()));
    }

    @Test
    void aFolderThatIsNotThereIsAProblem() {
        EvaluationSetException e = assertThrows(EvaluationSetException.class,
                () -> EvaluationSet.read(temp.resolve("none"), "none", SampleSet.shipped(), "data"));
        assertEquals(List.of("none: expected a folder holding articles.csv, articles/ and gold.csv; there is none"),
                e.problems());
    }
}
