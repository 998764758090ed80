package org.engagements.notebook.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.engagements.Engagements;
import org.engagements.cli.Main;
import org.engagements.core.Locations;
import org.engagements.data.ShippedData;
import org.engagements.display.Display;
import org.engagements.notebook.CellOutput;
import org.engagements.notebook.Notebook;
import org.engagements.notebook.NotebookParser;
import org.engagements.notebook.NotebookRun;
import org.engagements.notebook.StreamName;
import org.engagements.notebook.parameters.Assignment;
import org.engagements.notebook.parameters.Parameterizer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code notebooks/05-extending.jsh} on data folders other than the shipped one, in a notebook JVM
 * whose {@code java.io.tmpdir} is a folder of the test's own: whatever the run, it leaves no scratch
 * copy ({@code engagements-extend…}) there. The generated dataset's run is tagged slow (about 8 s).
 */
class ExtendingNotebookTest {
    private static final Clock TODAY = Clock.fixed(Instant.parse("2024-06-01T12:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path temp;

    @Test
    void aRunOnTheShippedDataLeavesNoScratchCopy() throws Exception {
        NotebookRun run = run(ShippedData.folder(), List.of());

        assertPassed(run);
        assertEquals(List.of(), scratchCopies());
    }

    @Test
    void runsAfterIngestApplyAddedAnArticleAndLeavesNoScratchCopy() throws Exception {
        Path data = ShippedData.copyTo(temp);
        cli("ingest", sample("sidelines.txt").toString(), "--published", "2023-11-20", "--outlet", "Example Wire",
                "--data", data.toString(), "--apply");

        NotebookRun run = run(data, List.of());

        assertPassed(run);
        String out = stdout(run);
        assertTrue(out.contains("new article a006: a006_example.txt\n"), out);   // a005 is the ingested one
        assertTrue(out.contains("updates e022: Planned Biden–Xi meeting in San Francisco\n"), out);
        assertTrue(out.contains("no problems\n"), out);
        assertEquals(List.of(), scratchCopies());
    }

    @Test
    @Tag("slow")
    void runsOnAGeneratedDatasetAddingTheMeetingWithTheNextFreeId() throws Exception {
        Path data = temp.resolve("generated");
        cli("generate", "--engagements", "2000", "--out", data.toString());

        NotebookRun run = run(data, List.of());

        assertPassed(run);
        String out = stdout(run);
        assertTrue(out.contains("adds e2001: US and Chinese presidents meet at Woodside\n"), out);
        assertTrue(out.contains("original: 158 articles, 1416 held; extended: 159 articles, 1417 held\n"), out);
        assertEquals(List.of(), scratchCopies());
    }

    @Test
    void aStepThatFailsDeletesItsScratchCopyAndItsErrorNamesTheCopyNotTheDataFolder() throws Exception {
        Path data = ShippedData.copyTo(temp);

        NotebookRun run = run(data, List.of(new Assignment("venue", "san-fransisco")));

        assertFalse(run.passed());
        String error = run.results().stream().flatMap(result -> result.findError().stream())
                .map(CellOutput.Error::message).findFirst().orElseThrow();
        assertTrue(error.contains("in the scratch copy " + tmpdir()), error);
        assertTrue(error.contains("your data folder " + data + " is unchanged"), error);
        assertTrue(error.contains("scratch/engagements.csv:23: venue \"san-fransisco\": expected a place id from "
                + "scratch/vocab/places.json (did you mean \"san-francisco\"?)"), error);
        assertEquals(List.of(), scratchCopies());
    }

    private NotebookRun run(Path data, List<Assignment> parameters) throws IOException {
        Path home = Path.of(System.getProperty("basedir"));
        Files.createDirectories(tmpdir());
        SessionOptions session = SessionOptions.defaults().withStartup(List.of(org.engagements.Engagements.sessionImportStatements()))
                .withDirectory(home).withJvmOptions(Stream.concat(
                Locations.of(home).withData(data).withCharts(temp.resolve("charts")).jvmOptions().stream(),
                Stream.of("-Djava.io.tmpdir=" + tmpdir())).toList());
        Path file = home.resolve("notebooks/05-extending.jsh");
        Notebook notebook = Parameterizer.parameterize(NotebookParser.read(file, home.relativize(file)), parameters)
                .notebook();
        return new NotebookRunner(RunOptions.defaults().withSession(session), new RunListener() { }).run(notebook);
    }

    private Path tmpdir() {
        return temp.resolve("tmp");
    }

    /** What the notebook left in its temp folder under the scratch copy's name. */
    private List<String> scratchCopies() throws IOException {
        try (Stream<Path> files = Files.list(tmpdir())) {
            return files.map(path -> path.getFileName().toString()).filter(name -> name.startsWith("engagements-extend"))
                    .sorted().toList();
        }
    }

    private static void assertPassed(NotebookRun run) {
        assertTrue(run.passed(), () -> run.results().stream().flatMap(result -> result.findError().stream())
                .map(CellOutput.Error::message).findFirst().orElse(run.setupFailure().orElse("")));
    }

    private static String stdout(NotebookRun run) {
        return run.results().stream().map(result -> result.streamText(StreamName.STDOUT))
                .collect(Collectors.joining());
    }

    private static void cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(args, new PrintWriter(out, true), new PrintWriter(err, true), TODAY);
        assertEquals(0, code, () -> String.join(" ", args) + "\n" + out + err);
    }

    private static Path sample(String name) throws URISyntaxException {
        return Path.of(ExtendingNotebookTest.class.getResource("/ingest/" + name).toURI());
    }
}
