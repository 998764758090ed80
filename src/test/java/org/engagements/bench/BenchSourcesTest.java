package org.engagements.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.engagements.ExternalTool;
import org.engagements.analysis.Frequency;
import org.engagements.core.JsonLimits;
import org.engagements.data.DatasetLoader;
import org.engagements.data.ShippedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tech.tablesaw.api.Table;

/**
 * The programs under {@code bench/} still work, so a rename in main code or a broken peer cannot silently
 * break a benchmark that no test runs: the single-file Java programs compile against the current classes,
 * the pandas peer of validate finds what the DuckDB peer finds, and the pandas peer of notebook 02 runs
 * under nbconvert with our notebook's figures.
 */
class BenchSourcesTest {
    private static final Path BASEDIR = Path.of(System.getProperty("basedir"));

    @TempDir
    Path temp;

    @ParameterizedTest
    @ValueSource(strings = {"EchoKernel.java", "DuckDbShell.java"})
    void singleFileProgramCompilesAgainstTheCurrentClasses(String program, @TempDir Path out) {
        Path source = BASEDIR.resolve("bench").resolve(program);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        StringWriter diagnostics = new StringWriter();
        try (StandardJavaFileManager files = javac.getStandardFileManager(null, null, null)) {
            boolean compiled = javac.getTask(diagnostics, files, null,
                    List.of("-d", out.toString(), "-cp", System.getProperty("java.class.path"), "-proc:none"),
                    null, files.getJavaFileObjects(source)).call();
            assertEquals("", compiled ? "" : diagnostics.toString(), source + " does not compile");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void pandasPeerCountsWhatTheDuckDbPeerCountsOnTheShippedData() throws Exception {
        ExternalTool.require(ExternalTool.PYTHON, "pandas");
        DuckDbPeer.Result duckdb = duckDb(ShippedData.folder());

        Outcome pandas = run(List.of(ExternalTool.PYTHON, "bench/peers/pandas_validate.py", ShippedData.folder().toString()),
                Map.of());

        assertEquals(0, pandas.status(), pandas.output());
        assertEquals(List.of(
                "data: OK — 5 articles, 22 engagements, 35 mentions",
                String.format(Locale.US, "counts: %d quarter x status cells, %d venues, %d issues, %d participant pairs;"
                        + " most frequent pair %s", duckdb.quarterStatusCells(), duckdb.venues(), duckdb.issues(),
                        duckdb.pairs(), duckdb.topPair())), pandas.lines().subList(0, 2));
        assertTrue(pandas.lines().get(2).matches("wall [0-9.]+ s, cpu [0-9.]+ s, peak rss [0-9]+ MB"), pandas.output());
    }

    @Test
    void pandasPeerFindsTheProblemsTheDuckDbPeerFinds() throws Exception {
        ExternalTool.require(ExternalTool.PYTHON, "pandas");
        Path data = ShippedData.copyTo(temp);
        Path engagements = data.resolve("engagements.csv");
        Files.writeString(engagements, Files.readString(engagements)
                .replace(",washington,,,Known", ",bejing,,,Known")
                .replace("2021-01-20,2021-06-23,year", "2021-07-20,2021-06-23,year")
                .replace("\ne003,", "\ne002,"));

        Outcome pandas = run(List.of(ExternalTool.PYTHON, "bench/peers/pandas_validate.py", data.toString()), Map.of());

        DuckDbPeer.Result duckdb = duckDb(data);
        assertEquals(1, pandas.status(), pandas.output());
        List<String> problems = new ArrayList<>(pandas.lines().subList(0, (int) duckdb.problemCount()));
        problems.sort(null);
        assertEquals(duckdb.problems(), problems);
        assertEquals("data: " + duckdb.problemCount() + " problems", pandas.lines().get((int) duckdb.problemCount()));
    }

    @Test
    void pandasPeerOfNotebook02RunsUnderNbconvertWithOurNotebooksFigures() throws Exception {
        ExternalTool.require("/usr/bin/jupyter-nbconvert", "ipykernel", "pandas", "matplotlib");
        Path charts = temp.resolve("charts");

        Outcome nbconvert = run(List.of("/usr/bin/jupyter-nbconvert", "--execute", "--to", "notebook",
                "--output-dir", temp.toString(), "bench/peers/02-meeting-frequency.ipynb"),
                Map.of("ENGAGEMENTS_DATA", ShippedData.folder().toString(), "PEER_CHARTS", charts.toString()));

        assertEquals(0, nbconvert.status(), nbconvert.output());
        JsonNode notebook = JsonLimits.mapper().build().readTree(temp.resolve("02-meeting-frequency.ipynb").toFile());
        StringBuilder text = new StringBuilder();
        for (JsonNode cell : notebook.path("cells")) {
            for (JsonNode output : cell.path("outputs")) {
                assertTrue(!output.path("output_type").asText().equals("error"), output.toString());
                output.path("text").forEach(line -> text.append(line.asText()));
                output.path("data").path("text/plain").forEach(line -> text.append(line.asText()));
            }
        }
        assertTrue(text.toString().startsWith("22 of 22 engagements from 2018-01-01 to 2023-12-31, status all\n"),
                text.toString());
        Table gaps = Frequency.leaderGaps(DatasetLoader.load(ShippedData.folder()).engagements());
        for (int row = 0; row < gaps.rowCount(); row++) {
            String line = gaps.stringColumn(0).get(row) + "  " + gaps.stringColumn(1).get(row) + "  "
                    + gaps.dateColumn(2).get(row) + "  " + gaps.dateColumn(3).get(row);
            assertTrue(text.toString().contains(line), "leader gap " + line + " in\n" + text);
        }
        assertTrue(Files.size(charts.resolve("frequency-by-status.png")) > 0);
        assertTrue(Files.size(charts.resolve("frequency-by-status.svg")) > 0);
    }

    private static DuckDbPeer.Result duckDb(Path data) throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:")) {
            return DuckDbPeer.run(connection, data);
        }
    }

    private record Outcome(int status, String output) {
        List<String> lines() {
            return output.lines().toList();
        }
    }

    /** Runs a command in the repository with extra environment variables; its stdout and stderr joined. */
    private Outcome run(List<String> command, Map<String, String> environment) throws IOException, InterruptedException {
        Path log = Files.createTempFile(temp, "out-", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command).directory(BASEDIR.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        Process process = builder.start();
        if (!process.waitFor(3, TimeUnit.MINUTES)) {
            process.destroyForcibly().waitFor();
            return new Outcome(-1, "did not finish in 3 minutes: " + command + "\n" + Files.readString(log));
        }
        return new Outcome(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }
}
