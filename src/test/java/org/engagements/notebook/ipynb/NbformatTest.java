package org.engagements.notebook.ipynb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.engagements.notebook.executed.ExecutedNotebook;
import org.engagements.notebook.executed.TestRuns;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.engagements.ExternalTool;

/**
 * The Jupyter project's own tools read our executed notebooks: nbformat's validator accepts them,
 * nbformat writes them back byte for byte, and nbconvert turns them into HTML. Needs
 * {@code /usr/bin/python3} with nbformat and {@code /usr/bin/jupyter} with nbconvert (Debian:
 * python3-nbformat, jupyter-nbconvert).
 */
class NbformatTest {
    private static final String PYTHON = ExternalTool.PYTHON;
    private static final String JUPYTER = "/usr/bin/jupyter";

    @TempDir
    Path folder;

    private Path write(String name, List<String> parameters, boolean timestamps) {
        ExecutedNotebook executed = TestRuns.run(name, parameters, timestamps);
        Path file = folder.resolve(name + IpynbWriter.EXTENSION);
        IpynbWriter.write(executed, file);
        return file;
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"tour", "stops", "hostile"})
    void everyTestNotebooksExecutedNotebookValidates(String name) throws Exception {
        Path file = write(name, name.equals("tour") ? List.of("status=held", "colour=red") : List.of(), true);

        Result result = run(List.of(PYTHON, "-c",
                "import nbformat,sys; nbformat.validate(nbformat.read(sys.argv[1], as_version=4))", file.toString()));

        assertEquals(0, result.status(), result.output());
    }

    @Test
    void nbformatWritesItBackByteForByte() throws Exception {
        Path file = write("tour", List.of(), false);

        Result result = run(List.of(PYTHON, "-c", "import nbformat,sys; f=sys.argv[1]; "
                + "sys.stdout.write(nbformat.writes(nbformat.read(f, as_version=4)) + '\\n')", file.toString()));

        assertEquals(0, result.status(), result.output());
        assertEquals(Files.readString(file, StandardCharsets.UTF_8), result.output());
    }

    @Test
    void nbconvertMakesHtmlOfIt() throws Exception {
        Path file = write("stops", List.of(), false);

        Result result = run(List.of(JUPYTER, "nbconvert", "--to", "html", file.toString()));

        assertEquals(0, result.status(), result.output());
        String html = Files.readString(folder.resolve("stops.html"), StandardCharsets.UTF_8);
        assertTrue(html.contains("cannot find symbol: variable venuse"), "the error output is in nbconvert's page");
    }

    private record Result(int status, String output) {
    }

    private Result run(List<String> command) throws IOException, InterruptedException {
        if (command.get(0).equals(JUPYTER)) {
            ExternalTool.require(JUPYTER, "/usr/bin/jupyter-nbconvert");
        } else {
            ExternalTool.require("nbformat");
        }
        Path log = folder.resolve("output.txt");
        Process process = new ProcessBuilder(new ArrayList<>(command)).directory(folder.toFile())
                .redirectErrorStream(false).redirectOutput(log.toFile())
                .redirectError(folder.resolve("errors.txt").toFile()).start();
        assertTrue(process.waitFor(2, TimeUnit.MINUTES), "timed out: " + command);
        String output = Files.readString(log, StandardCharsets.UTF_8);
        String errors = Files.readString(folder.resolve("errors.txt"), StandardCharsets.UTF_8);
        return new Result(process.exitValue(), process.exitValue() == 0 ? output : output + errors);
    }
}
