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
        assertTrue(run.out().contains("  update e011: Sherman visits Tianjin for talks with Wang Yi and Xie Feng\n"
                + "      status: planned → held\n"), run.out());
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
        assertEquals("", Cli.run("ingest", folder.toString(), "--data", data.toString()).err());
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
