package org.engagements.notebook.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.engagements.display.Display;
import org.engagements.notebook.CellOutput;
import org.engagements.notebook.NotebookParser;
import org.engagements.notebook.NotebookParserTest;
import org.engagements.notebook.NotebookRun;
import org.engagements.core.Locations;
import org.engagements.notebook.executed.RunRecord;
import org.engagements.notebook.report.NotebookPublisher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.engagements.ExternalTool;

/**
 * Every notebook in {@code <repository>/notebooks} runs without error (none yet is a pass), and its
 * executed notebook passes nbformat's validator ({@code /usr/bin/python3} with python3-nbformat).
 */
class RepositoryNotebooksTest {
    @Test
    void everyRepositoryNotebookRunsWithoutErrorAndItsIpynbValidates(@TempDir Path output)
            throws IOException, InterruptedException {
        ExternalTool.require("nbformat");
        Path home = Path.of(System.getProperty("basedir"));
        Path charts = output.resolve("charts");
        SessionOptions session = SessionOptions.defaults().withStartup(List.of(org.engagements.Engagements.sessionImportStatements()))
                .withDirectory(home).withJvmOptions(Locations.of(home).withCharts(charts).jvmOptions());
        NotebookPublisher publisher = new NotebookPublisher(new NotebookPublisher.Options(output,
                RunRecord.of(Clock.systemUTC(), home.resolve("data"), "data", false), false));
        NotebookRunner runner = new NotebookRunner(RunOptions.defaults().withSession(session), publisher);
        List<String> ipynbFiles = new ArrayList<>();
        for (Path file : NotebookParserTest.repositoryNotebooks()) {
            NotebookRun run = runner.run(NotebookParser.read(file, home.relativize(file)));
            assertTrue(run.passed(), () -> run.results().stream().flatMap(result -> result.findError().stream())
                    .map(CellOutput.Error::message).findFirst().orElse(run.setupFailure().orElse("")));
            ipynbFiles.add(NotebookPublisher.ipynbFile(output, run.notebook().name()).toString());
        }
        if (!ipynbFiles.isEmpty()) {
            assertValid(ipynbFiles, output);
        }
    }

    private static void assertValid(List<String> files, Path folder) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(ExternalTool.PYTHON, "-c", "import nbformat,sys\n"
                + "for f in sys.argv[1:]: nbformat.validate(nbformat.read(f, as_version=4))"));
        command.addAll(files);
        Path log = folder.resolve("validate.txt");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertTrue(process.waitFor(2, TimeUnit.MINUTES), "nbformat's validator timed out");
        assertEquals(0, process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }
}
