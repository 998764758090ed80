package org.engagements.notebook.ipynb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.engagements.notebook.Cell;
import org.engagements.notebook.CellKind;
import org.engagements.notebook.Notebook;
import org.engagements.notebook.NotebookParser;
import org.engagements.notebook.NotebookSyntaxException;
import org.engagements.notebook.executed.TestRuns;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.engagements.ExternalTool;

/**
 * {@code .jsh} to {@code .ipynb} and back: every notebook of the repository and of the test corpus comes
 * back byte for byte, and nbformat's validator accepts what {@code toIpynb} writes.
 */
class IpynbConversionTest {
    private static final Path SHOWN = Path.of("nb.ipynb");

    /** Every {@code .jsh} in {@code notebooks/} and {@code src/test/resources/notebooks/**}. */
    static List<Path> corpus() throws IOException {
        List<Path> files = new ArrayList<>();
        for (String folder : List.of("notebooks", "src/test/resources/notebooks")) {
            try (Stream<Path> walk = Files.walk(TestRuns.basedir().resolve(folder))) {
                walk.filter(file -> file.toString().endsWith(".jsh")).sorted().forEach(files::add);
            }
        }
        return files;
    }

    private static String jsh(String text) {
        return IpynbConversion.toJshText(IpynbConversion.toIpynb(NotebookParser.parse(Path.of("nb.jsh"), text)), SHOWN);
    }

    private static IpynbDocument ipynb(String text) {
        return IpynbConversion.toIpynb(NotebookParser.parse(Path.of("nb.jsh"), text));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void everyNotebookComesBackByteForByte(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        IpynbDocument document = IpynbConversion.toIpynb(NotebookParser.read(file));

        String json = document.toJson();
        String back = IpynbConversion.toJshText(IpynbDocument.parse(SHOWN, json), SHOWN);

        assertEquals(text, back);
    }

    @Test
    void nbformatValidatesEveryConvertedNotebook(@TempDir Path folder) throws IOException, InterruptedException {
        ExternalTool.require("nbformat");
        List<String> command = new ArrayList<>(List.of(ExternalTool.PYTHON, "-c", "import nbformat,sys\n"
                + "for f in sys.argv[1:]: nbformat.validate(nbformat.read(f, as_version=4))"));
        int n = 0;
        for (Path file : corpus()) {
            Path ipynb = folder.resolve(n++ + "-" + Notebook.nameOf(file) + ".ipynb");
            IpynbConversion.toIpynb(NotebookParser.read(file)).write(ipynb);
            command.add(ipynb.toString());
        }
        Path log = folder.resolve("validate.txt");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertTrue(process.waitFor(2, TimeUnit.MINUTES), "nbformat's validator timed out");
        assertEquals(0, process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }

    @Test
    void cellsKeepTitlesTagsMetadataAndTypesAsJupytextWouldWriteThem() {
        IpynbDocument document = ipynb("""
                // %% [markdown]
                // # Title
                //
                // Text.

                // %% Load tags=["parameters"] collapsed=true
                int year = 2001;

                // %% [raw] format="text/latex"
                // \\section{x}
                """);

        assertEquals(List.of("markdown", "code", "raw"), document.cells().stream().map(c -> c.get("cell_type")).toList());
        assertEquals(List.of("# Title\n", "\n", "Text."), document.cells().get(0).get("source"));
        assertEquals(Map.of("title", "Load", "tags", List.of("parameters"), "collapsed", true),
                document.cells().get(1).get("metadata"));
        assertEquals(Map.of("format", "text/latex"), document.cells().get(2).get("metadata"));
        assertEquals(List.of("\\section{x}"), document.cells().get(2).get("source"));
        assertEquals(NotebookMetadata.KERNELSPEC, document.metadata().get("kernelspec"));
        assertEquals(List.of(), document.cells().get(1).get("outputs"));
    }

    @Test
    void theHeaderBecomesARawCellAndItsMetadataBlockTheNotebookMetadata() {
        String text = """
                // ---
                // jupyter: {
                //  "authors": [
                //   "Ann"
                //  ]
                // }
                // ---
                // Licence: CC0

                // %%
                1
                """;
        IpynbDocument document = ipynb(text);

        assertEquals(List.of("Ann"), document.metadata().get("authors"));
        assertEquals("raw", document.cells().get(0).get("cell_type"));
        assertEquals(List.of("// Licence: CC0"), document.cells().get(0).get("source"));
        assertEquals(text, jsh(text));
        assertEquals(CellKind.HEADER, NotebookParser.parse(Path.of("x.jsh"), text).cells().get(0).kind(),
                "the parser reads the block as header comments");
    }

    @Test
    void notebookMetadataAddedInJupyterGoesToTheHeaderButOurKernelsDoesNot() {
        IpynbDocument document = ipynb("// %%\n1\n");
        Map<String, Object> metadata = document.metadataCopy();
        metadata.put("language_info", Map.of("name", "java", "version", "21.0.2", "mimetype", "text/x-java-source",
                "file_extension", ".jsh", "pygments_lexer", "java", "codemirror_mode", "text/x-java"));
        metadata.put("toc", Map.of("number_sections", false));

        String text = IpynbConversion.toJshText(new IpynbDocument(metadata, document.cells(), 5), SHOWN);

        assertEquals("""
                // ---
                // jupyter: {
                //  "toc": {
                //   "number_sections": false
                //  }
                // }
                // ---

                // %%
                1
                """, text);
    }

    @Test
    void whatJupyterChangedWinsOverTheStoredSpelling() {
        IpynbDocument document = ipynb("// %%   Spaced   tags=[\"a\",\"b\"]\n1\n");
        Map<String, Object> cell = document.cellsCopy().get(0);
        assertEquals(Map.of("marker", "// %%   Spaced   tags=[\"a\",\"b\"]"),
                JsonValues.asObject(cell.get("metadata")).get("engagements"));

        JsonValues.asObject(cell.get("metadata")).put("tags", List.of("a"));
        String text = IpynbConversion.toJshText(new IpynbDocument(document.metadata(), List.of(cell), 5), SHOWN);

        assertEquals("// %% Spaced tags=[\"a\"]\n1\n", text);
    }

    @Test
    void aTitleThatCannotStandOnTheMarkerIsWrittenAsMetadata() {
        String text = "// %% title=\"x=1 [markdown]\"\n1\n";
        IpynbDocument document = ipynb(text);

        assertEquals("x=1 [markdown]", JsonValues.asObject(document.cells().get(0).get("metadata")).get("title"));
        assertEquals(text, jsh(text));
    }

    @Test
    void whatAJshCannotExpressIsRefusedCellByCell() {
        IpynbDocument document = ipynb("// %%\n1\n// %% [markdown]\n// text\n");
        List<Map<String, Object>> cells = document.cellsCopy();
        cells.get(0).put("source", List.of("int a = 1;\n", "// %% not a marker\n", "a"));
        JsonValues.asObject(cells.get(1).get("metadata")).put("my key", 1);

        IpynbException error = assertThrows(IpynbException.class,
                () -> IpynbConversion.toJshText(new IpynbDocument(document.metadata(), cells, 5), SHOWN));

        assertEquals("""
                nb.ipynb: cell 1: line 2, "// %% not a marker", would start a new cell in the .jsh (a line there \
                may not start with "// %%"); change it
                nb.ipynb: cell 2: the metadata key "my key" cannot be written on a .jsh marker line (expected \
                letters, digits, _, . and -, starting with a letter or _); rename it in Jupyter""", error.getMessage());
    }

    @Test
    void aMarkerKeyTheConverterKeepsForItselfIsASyntaxErrorAtItsLine() {
        NotebookSyntaxException error = assertThrows(NotebookSyntaxException.class,
                () -> ipynb("// %%\n1\n// %% lines_to_next_cell=3\n2\n"));
        assertEquals("nb.jsh:3: the metadata key lines_to_next_cell is the converter's own; rename it",
                error.getMessage());
    }

    @Test
    void badHeaderJsonIsASyntaxErrorAtItsLine() {
        NotebookSyntaxException error = assertThrows(NotebookSyntaxException.class,
                () -> ipynb("// ---\n// jupyter: {\n//  \"a\": [1,\n// }\n// ---\n// %%\n1\n"));
        assertEquals(List.of(4), error.problems().stream().map(NotebookSyntaxException.SyntaxProblem::line).toList());
        assertTrue(error.getMessage().startsWith("nb.jsh:4: expected the notebook metadata after \"// jupyter:\" "
                + "to be JSON, found invalid JSON"), error.getMessage());
    }

    @Test
    void aNotebookMadeInJupyterBecomesAJshWithoutItsOutputs() {
        IpynbDocument document = IpynbDocument.parse(SHOWN, """
                {
                 "cells": [
                  {"cell_type": "markdown", "metadata": {"title": "Intro"}, "source": ["# Counts\\n", "\\n", "%% not a marker here\\n"]},
                  {"cell_type": "code", "execution_count": 3, "metadata": {"tags": ["parameters"], "scrolled": true,
                   "execution": {"iopub.execute_input": "2024-06-01T12:00:00.000000Z"}},
                   "outputs": [{"output_type": "stream", "name": "stdout", "text": ["9\\n"]}], "source": "int n = 3;\\n"},
                  {"cell_type": "raw", "metadata": {"format": "text/html"}, "source": "<b>raw</b>"},
                  {"cell_type": "code", "execution_count": null, "metadata": {"jupyter": {"source_hidden": true}}, "outputs": [],
                   "source": "n * n"}
                 ],
                 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"}},
                 "nbformat": 4, "nbformat_minor": 4
                }
                """);

        assertEquals("""
                // ---
                // jupyter: {
                //  "kernelspec": {
                //   "display_name": "Python 3",
                //   "language": "python",
                //   "name": "python3"
                //  }
                // }
                // ---

                // %% Intro [markdown]
                // # Counts
                //
                //%% not a marker here

                // %% tags=["parameters"]
                int n = 3;

                // %% [raw] format="text/html"
                // <b>raw</b>

                // %% jupyter={"source_hidden": true}
                n * n
                """, IpynbConversion.toJshText(document, SHOWN));
    }
}
