package org.engagements.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.SortedMap;
import org.engagements.data.ShippedData;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluateCommandTest {
    /** After the newest article of the evaluation sets (October 2025). */
    private static final Clock LATER = Clock.fixed(Instant.parse("2026-01-01T12:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path temp;

    @Test
    void evaluatePrintsATableOfScoresPerArticleAndOverall() {
        Cli.Run run = Cli.run("evaluate", "--data", ShippedData.folder().toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("article  curated  extracted  matched  precision  recall  F1"), run.out());
        assertTrue(run.out().contains("\noverall       35"), run.out());
    }

    /** One made-up article (never one of the real evaluation articles) and its gold row. */
    private Path syntheticSet(String status) throws IOException {
        Path set = temp.resolve("set");
        Files.createDirectories(set.resolve("articles"));
        Files.writeString(set.resolve("articles.csv"), "id,file,outlet,published,published_basis,title,url\n"
                + "s1,s1.txt,Example Wire,2022-03-20,stated: test,,https://example.org/s1\n");
        Files.writeString(set.resolve("articles/s1.txt"), "President Joe Biden spoke by phone with Chinese President "
                + "Xi Jinping on Friday, the White House said. The two leaders discussed Taiwan for nearly two hours.\n");
        Files.writeString(set.resolve("gold.csv"), "article,key,data_id,kind,status,date_start,date_end,date_precision,"
                + "mode,venue,us_participants,cn_participants,evidence,notes\n"
                + "s1,biden-xi-call,,report," + status + ",2022-03-18,2022-03-18,day,phone,,biden,xi-jinping,"
                + "\"President Joe Biden spoke by phone with Chinese President Xi Jinping on Friday, the White House "
                + "said.\",\n");
        return set;
    }

    @Test
    void evaluateSetScoresThePipelineOnASetAndLeavesTheDataAsItWas() throws IOException {
        Path data = ShippedData.copyTo(temp);
        SortedMap<String, String> before = ShippedData.checksums(data);
        Path set = syntheticSet("held");
        Cli.Run run = Cli.run("evaluate", "--set", set.toString(), "--data", data.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("evaluation set " + set + ": 1 articles, 1 reports and 0 background mentions "
                + "coded, 1 engagements (0 only in background)\ningested one by one into a copy of data, every proposal "
                + "written: 1 added, 0 with no engagement found; the result passes validation\n"), run.out());
        assertTrue(run.out().contains("\nengagements       1        1     1      1       1.00    1.00  1.00\n"),
                run.out());
        assertEquals(before, ShippedData.checksums(data));
    }

    @Test
    void withAThresholdTheSetIsScoredAsApplyWouldLeaveIt() throws IOException {
        Path set = syntheticSet("held");
        Cli.Run run = Cli.run("evaluate", "--set", set.toString(), "--data", ShippedData.folder().toString(),
                "--min-confidence", "0.99");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("\ningested one by one into a copy of data as ingest --apply --min-confidence "
                + "0.99 writes them: 0 added, 1 held back by the review, 0 with no engagement found;"), run.out());
        assertTrue(run.out().contains("\nengagements       0        0     1      0       0.00    0.00  0.00\n"),
                run.out());
    }

    @Test
    void withThresholdsTheSetIsScoredOncePerThreshold() throws IOException {
        Path set = syntheticSet("held");
        Cli.Run run = Cli.run("evaluate", "--set", set.toString(), "--data", ShippedData.folder().toString(),
                "--thresholds", "0,0.99");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("evaluation set " + set + ": 1 articles, 1 engagements to find; ingested into a copy of data once "
                + "per threshold, as ingest --apply --min-confidence X writes them\n\n"
                + "min-confidence  rows  correct  articles held back  precision  recall  F1    duplicates  status\n"
                + "--------------  ----  -------  ------------------  ---------  ------  ----  ----------  ------\n"
                + "          0.00     1        1                   0       1.00    1.00  1.00           0    1.00\n"
                + "          0.99     0        0                   1       0.00    0.00  0.00           0       –\n",
                run.out());
    }

    @Test
    void thresholdsNeedASetAndExcludeMinConfidence() throws IOException {
        Cli.Run alone = Cli.run("evaluate", "--thresholds", "0,0.5");
        assertEquals(1, alone.exitCode(), alone.out());
        assertTrue(alone.err().contains("--thresholds needs --set"), alone.err());
        Cli.Run both = Cli.run("evaluate", "--set", syntheticSet("held").toString(), "--thresholds", "0,0.5",
                "--min-confidence", "0.5");
        assertEquals(1, both.exitCode(), both.out());
        assertTrue(both.err().contains("--thresholds and --min-confidence"), both.err());
        Cli.Run outside = Cli.run("evaluate", "--set", syntheticSet("held").toString(), "--data",
                ShippedData.folder().toString(), "--thresholds", "0,1.5");
        assertEquals(1, outside.exitCode(), outside.out());
        assertTrue(outside.err().contains("--min-confidence 1.5: expected a number from 0 to 1"), outside.err());
    }

    @Test
    void aMalformedSetFailsWithTheFileLineAndWhatWasExpected() throws IOException {
        Path set = syntheticSet("met");
        Cli.Run run = Cli.run("evaluate", "--set", set.toString(), "--data", ShippedData.folder().toString());
        assertEquals(1, run.exitCode(), run.out());
        assertEquals("error: " + set + "/gold.csv:2: status \"met\": expected one of held, planned, proposed, "
                + "requested, declined, postponed, cancelled\n", run.err());
    }

    /** Slow: the 84 real articles of eval/dev through the whole pipeline, 5–10 s on a loaded machine. */
    @Test
    @Tag("slow")
    void evaluateSetRunsTheWholePipelineOverTheDevSplitEndToEnd() {
        Path dev = Path.of(System.getProperty("basedir"), "eval", "dev");
        SortedMap<String, String> before = ShippedData.checksums(ShippedData.folder());
        Cli.Run run = Cli.runAt(LATER, "evaluate", "--set", dev.toString(), "--data", ShippedData.folder().toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("evaluation set " + dev + ": 144 articles, 189 reports and 112 background "
                + "mentions coded, 142 engagements (18 only in background)\n"), run.out());
        assertTrue(run.out().contains("; the result passes validation\n"), run.out());
        for (String section : new String[] {"\nengagements ", "\nreports ", "\nduplicates: ",
            "\nfield on matched rows ", "\nd23 ", "\nmissed gold engagements (", "\nspurious rows ("}) {
            assertTrue(run.out().contains(section), section + " in\n" + run.out());
        }
        assertEquals(before, ShippedData.checksums(ShippedData.folder()));
    }
}
