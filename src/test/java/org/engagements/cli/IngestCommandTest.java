package org.engagements.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.SortedMap;
import java.util.function.Function;
import java.util.stream.Stream;
import org.engagements.data.DatasetLoader;
import org.engagements.data.Engagement;
import org.engagements.data.Mention;
import org.engagements.data.write.DatasetContent;
import org.engagements.data.Fixture;
import org.engagements.data.ShippedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code ingest} on temporary copies of the shipped data folder; today is 2024-06-01. */
class IngestCommandTest {
    @TempDir
    Path temp;

    private static Path sample(String name) {
        try {
            return Path.of(IngestCommandTest.class.getResource("/ingest/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private Cli.Run ingest(Path data, Path article, String... options) {
        List<String> args = new java.util.ArrayList<>(List.of("ingest", article.toString(), "--data", data.toString()));
        args.addAll(List.of(options));
        return Cli.run(args.toArray(String[]::new));
    }

    @Test
    void byDefaultTheChangesAreShownAndNothingIsWritten() {
        Path data = ShippedData.copyTo(temp);
        SortedMap<String, String> before = ShippedData.checksums(data);
        Cli.Run run = ingest(data, sample("second-report.txt"), "--published", "2021-07-27", "--outlet",
            "Example Wire");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("  p1 update e011: Sherman visits Tianjin for talks with Wang Yi and Xie Feng\n"
                + "      review: write (confidence 1.00 ≥ 0.50)\n"), run.out());
        assertTrue(run.out().contains("      merges with e011: same people sherman, wang-yi; same mode visit; dates "
                + "2021-07-26 (article) and 2021-07-26 (e011) overlap\n      status: planned → held\n"), run.out());
        assertTrue(run.out().contains("      new mention: a005 reports it held, date \"on Monday\"\n"), run.out());
        assertTrue(run.out().endsWith("dry run: nothing written; run again with --apply to write these changes\n"),
                run.out());
        assertEquals(before, ShippedData.checksums(data));
    }

    @Test
    void applyWritesValidDataAndASecondRunChangesNothing() {
        Path data = ShippedData.copyTo(temp);
        Cli.Run first = ingest(data, sample("call.txt"), "--published", "2022-03-20", "--outlet", "Example Wire",
                "--apply");
        assertEquals(0, first.exitCode(), first.err());
        assertTrue(first.out().contains("wrote data/articles/005_"), first.out());
        assertEquals(List.of(), DatasetLoader.validate(data));
        SortedMap<String, String> after = ShippedData.checksums(data);
        Cli.Run second = ingest(data, sample("call.txt"), "--published", "2022-03-20", "--outlet", "Example Wire",
                "--apply");
        assertEquals(new Cli.Run(0, sample("call.txt") + ": already ingested as a005; nothing to do\n", ""), second);
        assertEquals(after, ShippedData.checksums(data));
    }

    @Test
    void aFolderIsIngestedFromItsMetadataInOneWrite() throws IOException {
        Path data = ShippedData.copyTo(temp);
        Path folder = Files.createDirectory(temp.resolve("incoming"));
        Files.copy(sample("call.txt"), folder.resolve("call.txt"));
        Files.copy(sample("sidelines.txt"), folder.resolve("sidelines.txt"));
        Files.writeString(folder.resolve("metadata.csv"), "file,published,outlet,title,url\n"
                + "call.txt,2022-03-20,Example Wire,\"Biden, Xi talk\",\n"
                + "sidelines.txt,2023-11-20,Example Wire,,https://example.org/s\n");
        Cli.Run run = Cli.run("ingest", folder.toString(), "--data", data.toString(), "--apply");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(7, org.engagements.data.write.DatasetContent.read(data).articles().size());
        assertTrue(run.out().contains("title \"Biden, Xi talk\""), run.out());
    }

    @Test
    void aSlowFolderShowsItsProgressOnStandardErrorALineASecondAndAQuickOneNothing() throws IOException {
        Path data = ShippedData.copyTo(temp);
        Path folder = Files.createDirectory(temp.resolve("incoming"));
        Files.copy(sample("call.txt"), folder.resolve("call.txt"));
        Files.copy(sample("sidelines.txt"), folder.resolve("sidelines.txt"));
        Files.writeString(folder.resolve("metadata.csv"), "file,published,outlet,title,url\n"
                + "call.txt,2022-03-20,Example Wire,,\n" + "sidelines.txt,2023-11-20,Example Wire,,\n");
        Clock slow = new Clock() {          // every reading is 1.5 s after the one before
            private Instant now = Cli.TODAY.instant();

            @Override
            public synchronized Instant instant() {
                now = now.plusMillis(1_500);
                return now;
            }

            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }
        };
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int code = Main.execute(new String[] {"ingest", folder.toString(), "--data", data.toString()},
                new PrintWriter(out, true), new PrintWriter(err, true), slow);

        assertEquals(0, code, err.toString());
        List<String> lines = err.toString().lines().toList();
        assertTrue(lines.get(0).startsWith("Articles ██████████░░░░░░░░░░  1/2  50%  "), err.toString());
        assertEquals("Articles ████████████████████  2/2  100%  done", lines.get(lines.size() - 1));
        assertFalse(out.toString().contains("Articles █"), out.toString());
        assertTrue(out.toString().contains("\n  p1 new engagement e023: ") && out.toString().contains("\n  p2 update e022: "),
                out.toString());
        assertEquals("", Cli.run("ingest", folder.toString(), "--data", data.toString()).err());
    }

    private static final String TRAVELLERS_PUBLISHED = "2023-11-20";

    /** travellers.txt: p1 and p2 update e016 and e017 (0.60), p3 proposes a new row e023 (0.40). */
    private Cli.Run travellers(Path data, String... options) {
        List<String> args = new java.util.ArrayList<>(List.of("--published", TRAVELLERS_PUBLISHED, "--outlet",
                "Example Wire"));
        args.addAll(List.of(options));
        return ingest(data, sample("travellers.txt"), args.toArray(String[]::new));
    }

    private static List<String> mentioned(Path data, String articleId) {
        return DatasetContent.read(data).mentions().stream().filter(m -> m.articleId().equals(articleId))
                .map(Mention::engagementId).toList();
    }

    @Test
    void eachProposalShowsItsIdConfidenceAndWhatTheReviewDoesWithIt() {
        Path data = ShippedData.copyTo(temp);
        Cli.Run run = travellers(data);
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("→ a005 (data/articles/005_"), run.out());
        assertTrue(run.out().contains("): 1 new, 2 updated engagements\n"), run.out());
        assertTrue(run.out().contains("  p3 new engagement e023: Antony Blinken and Jake Sullivan visit to China\n"
                + "      review: write (confidence 0.50 ≥ 0.50)\n"
                + "      confidence 0.50 = 0.10 one side named + 0.30 status stated (\"could\") + 0.10 date to the "
                + "month + 0.00 no venue + 0.00 new row\n"), run.out());
        Cli.Run stricter = travellers(data, "--min-confidence", "0.6");
        assertTrue(stricter.out().contains("): 0 new, 2 updated engagements; 1 held back\n"), stricter.out());
        assertTrue(stricter.out().contains("      review: hold back (confidence 0.50 < 0.60; --accept p3 writes it)\n"),
                stricter.out());
        assertTrue(run.out().contains("      quote: “The White House could send Blinken or Sullivan to China next "
                + "month, a senior official said.”\n"), run.out());
    }

    @Test
    void applyWritesOnlyTheProposalsAtOrAboveTheThreshold() {
        Path data = ShippedData.copyTo(temp);
        int engagements = DatasetContent.read(data).engagements().size();
        Cli.Run run = travellers(data, "--min-confidence", "0.6", "--apply");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(List.of("e016", "e017"), mentioned(data, "a005"));
        assertEquals(engagements, DatasetContent.read(data).engagements().size());
        assertEquals(List.of(), DatasetLoader.validate(data));
    }

    @Test
    void aHigherThresholdHoldsEverythingBackAndWritesNothing() {
        Path data = ShippedData.copyTo(temp);
        SortedMap<String, String> before = ShippedData.checksums(data);
        Cli.Run run = travellers(data, "--min-confidence", "0.8", "--apply");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith(sample("travellers.txt") + ": no proposal is written; the article is not "
                + "added\n  p1 update e016: "), run.out());
        assertTrue(run.out().endsWith("nothing to write: no proposal passes the review (--min-confidence 0.80; "
                + "--accept writes one below it)\n"), run.out());
        assertEquals(before, ShippedData.checksums(data));
    }

    @Test
    void anAcceptedProposalIsWrittenWithItsMentionWhateverItsConfidence() {
        Path data = ShippedData.copyTo(temp);
        Cli.Run run = travellers(data, "--accept", "p3", "--apply");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("      review: write (--accept p3)\n"), run.out());
        assertEquals(List.of("e016", "e017", "e023"), mentioned(data, "a005"));
        Mention e023 = DatasetContent.read(data).mentionsOf("e023").get(0);
        assertEquals("The White House could send Blinken or Sullivan to China next month, a senior official said.",
                e023.quote());
        assertEquals(List.of(), DatasetLoader.validate(data));
    }

    @Test
    void aRejectedProposalIsNotWrittenNorIsItsMention() {
        Path data = ShippedData.copyTo(temp);
        Engagement e016 = DatasetContent.read(data).findEngagement("e016").orElseThrow();
        Cli.Run run = travellers(data, "--reject", "p1", "--accept", "p3", "--apply");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("      review: hold back (--reject p1)\n"), run.out());
        assertEquals(List.of("e017", "e023"), mentioned(data, "a005"));
        assertEquals(e016, DatasetContent.read(data).findEngagement("e016").orElseThrow());
    }

    @Test
    void anUnknownIdIsNamedWithTheIdsThatExistAndNothingIsWritten() {
        Path data = ShippedData.copyTo(temp);
        SortedMap<String, String> before = ShippedData.checksums(data);
        Cli.Run run = travellers(data, "--accept", "p9,p1", "--reject", "e016", "--apply");
        assertEquals(new Cli.Run(1, "", "error: --accept p9, --reject e016: no such proposal in this run; its "
                + "proposals are p1, p2, p3; nothing written\n"), run);
        assertEquals(before, ShippedData.checksums(data));
    }

    @Test
    void aFolderNumbersItsProposalsOnAcrossArticlesAndAnUnknownIdNamesTheRange() throws IOException {
        Path data = ShippedData.copyTo(temp);
        Path folder = Files.createDirectory(temp.resolve("incoming"));
        StringBuilder metadata = new StringBuilder("file,published,outlet,title,url\n");
        for (String name : List.of("travellers.txt", "call.txt", "third-country.txt", "sidelines.txt")) {
            Files.copy(sample(name), folder.resolve(name));
            metadata.append(name).append(name.equals("call.txt") ? ",2022-03-20" : ",2023-11-20").append(",Wire,,\n");
        }
        Files.writeString(folder.resolve("metadata.csv"), metadata);
        Cli.Run review = Cli.run("ingest", folder.toString(), "--data", data.toString());
        assertTrue(review.out().contains("\n  p6 update e022: "), review.out());
        Cli.Run run = Cli.run("ingest", folder.toString(), "--data", data.toString(), "--reject", "p7", "--apply");
        assertEquals(new Cli.Run(1, "", "error: --reject p7: no such proposal in this run; its proposals are p1 to "
                + "p6; nothing written\n"), run);
    }

    @Test
    void aThresholdOutsideZeroToOneIsRefusedBeforeAnythingIsRead() {
        Path data = ShippedData.copyTo(temp);
        Cli.Run run = travellers(data, "--min-confidence", "2", "--apply");
        assertEquals(new Cli.Run(1, "", "error: --min-confidence 2: expected a number from 0 to 1\n"), run);
    }

    @Test
    void theIdsAndTheReviewAreTheSameOnEveryRunAndWithApply() {
        Path data = ShippedData.copyTo(temp);
        String first = travellers(data, "--reject", "p2").out();
        assertEquals(first, travellers(data, "--reject", "p2").out());
        String applied = travellers(data, "--reject", "p2", "--apply").out();
        assertEquals(withoutLastLine(first), withoutLastLine(applied));
        List<String> lines = applied.lines().toList();
        assertTrue(lines.get(lines.size() - 1).startsWith("wrote data/articles/005_"), applied);
    }

    private static String withoutLastLine(String text) {
        String trimmed = text.substring(0, text.length() - 1);
        return trimmed.substring(0, trimmed.lastIndexOf('\n') + 1);
    }

    static Stream<Arguments> badInputs() {
        return Stream.of(
                bad("an empty file", dir -> write(dir, "empty.txt", new byte[0]), List.of(),
                        1, "error: %s: expected content, found an empty file\n"),
                bad("a binary file", dir -> write(dir, "image.txt", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 1}),
                        List.of(), 1, "error: %s: expected a text article, found binary data (byte 0x00 at byte "
                                + "offset 4)\n"),
                bad("a file that is not UTF-8", dir -> write(dir, "latin1.txt", "Blinken met Wang in P\u00e9kin."
                                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)), List.of(),
                        1, "error: %s:1: expected UTF-8 text, found byte 0xE9 at byte offset 21\n"),
                bad("a missing --published", dir -> copy(dir, "call.txt"), List.of("--outlet", "Wire"),
                        1, "error: %s: expected --published YYYY-MM-DD and --outlet NAME for a single article (a "
                                + "folder takes them from metadata.csv)\n"),
                bad("a publication date after today", dir -> copy(dir, "call.txt"),
                        List.of("--published", "2024-06-02", "--outlet", "Wire"),
                        1, "error: %s: published 2024-06-02: expected a date not after today (2024-06-01)\n"),
                bad("a file that does not exist", dir -> dir.resolve("missing.txt"), List.of(),
                        1, "error: %s: expected a file; there is none\n"));
    }

    private static Arguments bad(String name, Function<Path, Path> article, List<String> options, int code,
                                 String error) {
        return Arguments.of(name, article, options, code, error);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInputs")
    void badInputGetsAClearMessageAndTheDataStaysAsItWas(String name, Function<Path, Path> article,
                                                        List<String> options, int code, String error) {
        Path data = ShippedData.copyTo(temp);
        SortedMap<String, String> before = ShippedData.checksums(data);
        Path file = article.apply(temp);
        List<String> args = options.isEmpty() ? List.of("--published", "2024-05-01", "--outlet", "Wire") : options;
        Cli.Run run = ingest(data, file, args.toArray(String[]::new));
        assertEquals(new Cli.Run(code, "", String.format(error, file)), run);
        assertEquals(before, ShippedData.checksums(data));
    }

    @Test
    void anArticleWithoutEngagementsIsNotAddedAndIsNotAnError() {
        Path data = ShippedData.copyTo(temp);
        SortedMap<String, String> before = ShippedData.checksums(data);
        Path article = sample("no-engagement.txt");
        Cli.Run run = ingest(data, article, "--published", "2024-05-01", "--outlet", "Wire", "--apply");
        assertEquals(new Cli.Run(0, article + ": no engagements found; the article is not added\n", ""), run);
        assertEquals(before, ShippedData.checksums(data));
    }

    @Test
    void anInvalidPublicationDateIsAParameterError() {
        Path data = ShippedData.copyTo(temp);
        Cli.Run run = ingest(data, sample("call.txt"), "--published", "2024-13-01", "--outlet", "Wire");
        assertEquals(1, run.exitCode());
        assertTrue(run.err().startsWith("error: Invalid value for option '--published': expected a date yyyy-MM-dd, "
                + "found \"2024-13-01\""), run.err());
    }

    @Test
    void unknownNamesAreListedForReview() {
        Path data = ShippedData.copyTo(temp);
        Path article = temp.resolve("lavrov.txt");
        Fixture.write(article, "Russian Foreign Minister Sergei Lavrov met Wang Yi in Beijing on Tuesday. "
                + "Blinken will meet Wang Yi in Beijing next week.");
        Cli.Run run = ingest(data, article, "--published", "2024-05-01", "--outlet", "Wire");
        assertTrue(run.out().contains("  unknown names (add them with `engagements vocab add person` if they are "
                + "officials):\n      Sergei Lavrov (Minister): “Russian Foreign Minister Sergei Lavrov met"),
                run.out());
    }

    private static Path write(Path dir, String name, byte[] bytes) {
        Path file = dir.resolve(name);
        Fixture.writeBytes(file, bytes);
        return file;
    }

    private static Path copy(Path dir, String name) {
        try {
            return Files.copy(sample(name), dir.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
