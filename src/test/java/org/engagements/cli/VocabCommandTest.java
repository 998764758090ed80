package org.engagements.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.SortedMap;
import org.engagements.data.write.DatasetContent;
import org.engagements.data.Person;
import org.engagements.data.ShippedData;
import org.engagements.ingest.extract.Extractor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VocabCommandTest {
    @TempDir
    Path temp;

    @Test
    void anAddedPersonIsWrittenAndFoundInArticlesAfterwards() {
        Path data = ShippedData.copyTo(temp);
        Cli.Run run = Cli.run("vocab", "add", "person", "--id", "campbell", "--name", "Kurt Campbell", "--country",
            "US",
                "--level", "deputy", "--alias", "Campbell", "--title", "Deputy Secretary of State:2024-02-12:",
                "--data", data.toString());
        assertEquals(new Cli.Run(0, "data/vocab/people.json: added person campbell (Kurt Campbell)\n", ""), run);
        DatasetContent content = DatasetContent.read(data);
        Person campbell = content.vocabulary().people().get(content.vocabulary().people().size() - 1);
        assertEquals("campbell", campbell.id());
        assertTrue(org.engagements.data.Fixture.read(data.resolve("vocab/people.json")).endsWith(
                "  {\"id\": \"campbell\", \"name\": \"Kurt Campbell\", \"aliases\": [\"Campbell\"], "
                        + "\"country\": \"US\", "
                        + "\"level\": \"deputy\",\n   \"titles\": [{\"title\": \"Deputy Secretary of State\", "
                        + "\"from\": \"2024-02-12\", \"to\": null}]}\n]\n"));
        List<String> us = Extractor.of(content.vocabulary()).extract("Campbell met Wang Yi in Beijing on Monday.",
                LocalDate.of(2024, 5, 1)).candidates().get(0).us();
        assertEquals(List.of("campbell"), us);
    }

    @Test
    void aPlaceAndAnIssueAreAdded() {
        Path data = ShippedData.copyTo(temp);
        assertEquals(0, Cli.run("vocab", "add", "place", "--id", "jakarta", "--city", "Jakarta", "--country", "ID",
                "--lat", "-6.2088", "--lon", "106.8456", "--data", data.toString()).exitCode());
        assertEquals(0, Cli.run("vocab", "add", "issue", "--id", "ukraine", "--label", "War in Ukraine",
                "--synonym", "Ukraine", "--data", data.toString()).exitCode());
        DatasetContent content = DatasetContent.read(data);
        assertEquals("jakarta", content.vocabulary().places().get(content.vocabulary().places().size() - 1).id());
        assertEquals("ukraine", content.vocabulary().issues().get(content.vocabulary().issues().size() - 1).id());
    }

    @Test
    void aDuplicateIdIsRefusedWithAClearMessageAndNothingChanges() {
        Path data = ShippedData.copyTo(temp);
        SortedMap<String, String> before = ShippedData.checksums(data);
        Cli.Run run = Cli.run("vocab", "add", "person", "--id", "blinken", "--name", "Someone Else", "--country", "US",
                "--level", "cabinet", "--data", data.toString());
        assertEquals(new Cli.Run(1, "", "error: data/vocab/people.json: id \"blinken\": expected a new id; it is "
                + "already \"Antony Blinken\"\n"), run);
        assertEquals(before, ShippedData.checksums(data));
    }

    @Test
    void anEntryThatBreaksARuleIsRefusedByValidationAndNothingChanges() {
        Path data = ShippedData.copyTo(temp);
        SortedMap<String, String> before = ShippedData.checksums(data);
        Cli.Run badLevel = Cli.run("vocab", "add", "person", "--id", "x", "--name", "X", "--country", "US",
                "--level", "boss", "--data", data.toString());
        assertEquals(new Cli.Run(1, "", "error: --level \"boss\": expected one of leader, cabinet, adviser, deputy, "
                + "envoy, military\n"), badLevel);
        Cli.Run badParent = Cli.run("vocab", "add", "issue", "--id", "ukraine", "--label", "Ukraine", "--parent",
                "europe", "--data", data.toString());
        assertEquals(1, badParent.exitCode());
        assertTrue(badParent.err().startsWith("error: data: 1 problem\ndata/vocab/issues.json:"), badParent.err());
        assertTrue(badParent.err().contains("\"parent\" \"europe\": expected the id of an issue"), badParent.err());
        Cli.Run badTitle = Cli.run("vocab", "add", "person", "--id", "x", "--name", "X", "--country", "US",
                "--level", "cabinet", "--title", "Secretary:2024-13-01:", "--data", data.toString());
        assertEquals(1, badTitle.exitCode());
        assertTrue(badTitle.err().startsWith("error: --title \"Secretary:2024-13-01:\": expected TITLE:FROM:TO"),
                badTitle.err());
        assertEquals(before, ShippedData.checksums(data));
    }
}
