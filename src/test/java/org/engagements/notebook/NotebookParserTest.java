package org.engagements.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

public class NotebookParserTest {
    static Path resource(String name) {
        try {
            return Path.of(NotebookParserTest.class.getResource("/notebooks/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"basic.jsh", "crlf.jsh", "no-final-newline.jsh", "leading-code.jsh", "blank-lines.jsh"})
    void writingAParsedSampleGivesBackItsBytes(String name) throws IOException {
        assertRoundTrip(resource(name));
    }

    /** The notebooks in {@code <repository>/notebooks}, none while there are none. */
    public static List<Path> repositoryNotebooks() throws IOException {
        Path folder = Path.of(System.getProperty("basedir")).resolve("notebooks");
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.toString().endsWith(".jsh")).sorted().toList();
        }
    }

    @Test
    void writingAParsedRepositoryNotebookGivesBackItsBytes() throws IOException {
        for (Path notebook : repositoryNotebooks()) {
            assertRoundTrip(notebook);
        }
    }

    private static void assertRoundTrip(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        Notebook notebook = NotebookParser.parse(file, new String(bytes, StandardCharsets.UTF_8));
        assertEquals(new String(bytes, StandardCharsets.UTF_8), NotebookWriter.toText(notebook));
    }

    @Test
    void cellsKeepKindTitleTagsAndTheLineTheirSourceStartsOn() {
        List<Cell> cells = NotebookParser.read(resource("basic.jsh")).cells();

        assertEquals(List.of(CellKind.HEADER, CellKind.MARKDOWN, CellKind.CODE, CellKind.CODE,
                CellKind.MARKDOWN, CellKind.CODE), cells.stream().map(Cell::kind).toList());
        assertEquals(List.of(0, 1, 2, 3, 4, 5), cells.stream().map(Cell::number).toList());
        assertEquals(List.of(1, 5, 10, 14, 19, 21), cells.stream().map(Cell::firstLine).toList());
        assertEquals(List.of("", "", "Load the data", "Monthly counts", "", "Fails on purpose"),
                cells.stream().map(Cell::title).toList());
        assertEquals(List.of("parameters"), cells.get(2).metadata().tags());
        assertEquals("int year = 2001;\nString place = \"Beijing\";", cells.get(2).source());
        assertEquals("var counts = List.of(1, 2, 3);\ncounts.size()", cells.get(3).source());
        assertEquals(2, cells.get(3).layout().blankLinesAfter());
        assertEquals(List.of("notes", "draft"), cells.get(4).metadata().tags());
        assertEquals(Map.of("tags", "[\"notes\", \"draft\"]", "collapsed", "true"), cells.get(4).metadata().json());
        assertEquals(List.of("tags", "collapsed"), List.copyOf(cells.get(4).metadata().json().keySet()));
        assertEquals(true, cells.get(5).metadata().hasTag(CellMetadata.RAISES_EXCEPTION));
    }

    @Test
    void markdownTextLosesItsCommentPrefixes() {
        Cell markdown = NotebookParser.read(resource("basic.jsh")).cells().get(1);
        assertEquals("# Meetings per year\n\nCounts *held* engagements.", markdown.text());
    }

    @Test
    void crlfFilesParseLikeLfFiles() {
        Notebook notebook = NotebookParser.read(resource("crlf.jsh"));
        assertEquals("\r\n", notebook.format().lineSeparator());
        assertEquals(List.of("int x = 1;", "x + 1"), notebook.codeCells().stream().map(Cell::source).toList());
        assertEquals(List.of(2, 8), notebook.codeCells().stream().map(Cell::firstLine).toList());
    }

    @Test
    void codeBeforeTheFirstMarkerIsTheFirstCodeCell() {
        Notebook notebook = NotebookParser.read(resource("leading-code.jsh"));
        assertEquals(List.of(1, 2), notebook.codeCells().stream().map(Cell::number).toList());
        assertEquals("import java.math.BigDecimal;\nvar one = BigDecimal.ONE;", notebook.cells().get(0).source());
        assertEquals(2, notebook.cellCount());
    }

    @Test
    void aFileWithoutFinalNewlineSaysSo() {
        assertEquals(false, NotebookParser.read(resource("no-final-newline.jsh")).format().finalNewline());
    }

    @Test
    void malformedMetadataNamesFileLineAndExpectation() {
        NotebookSyntaxException error = assertThrows(NotebookSyntaxException.class,
                () -> NotebookParser.parse(Path.of("nb/x.jsh"), "// %% Broken tags=[\n1\n"));
        assertEquals("nb/x.jsh:1: metadata \"tags=[\" is not valid JSON; expected key=JSON such as "
                + "tags=[\"parameters\"]", error.getMessage());
    }

    @Test
    void aNotebookThatIsNotUtf8IsASyntaxErrorAtItsLineNotAnIoError(@org.junit.jupiter.api.io.TempDir Path temp)
            throws IOException {
        Path file = temp.resolve("latin1.jsh");
        Files.write(file, new byte[] {'/', '/', ' ', '%', '%', '\n', '"', 'c', 'a', 'f', (byte) 0xE9, '"', '\n'});
        NotebookSyntaxException error = assertThrows(NotebookSyntaxException.class,
                () -> NotebookParser.read(file, Path.of("notebooks/latin1.jsh")));
        assertEquals("notebooks/latin1.jsh:2: expected UTF-8 text, found byte 0xE9 at byte offset 10",
                error.getMessage());
    }

    @Test
    void aFolderInPlaceOfANotebookIsATypedErrorNamingIt(@org.junit.jupiter.api.io.TempDir Path temp) {
        org.engagements.core.EngagementsException error = assertThrows(
                org.engagements.core.EngagementsException.class,
                () -> NotebookParser.read(temp, Path.of("notebooks/folder.jsh")));
        assertEquals(true, error.getMessage().startsWith("notebooks/folder.jsh: cannot read the notebook"),
                error.getMessage());
    }

    @Test
    void deeplyNestedMetadataIsASyntaxErrorAtItsLineNotAStackOverflow() {
        String deep = "[".repeat(100_000) + "]".repeat(100_000);
        NotebookSyntaxException error = assertThrows(NotebookSyntaxException.class,
                () -> NotebookParser.parse(Path.of("nb/x.jsh"), "// %% A\n1\n// %% B x=" + deep + "\n2\n"));
        assertEquals(List.of(3), error.problems().stream().map(NotebookSyntaxException.SyntaxProblem::line).toList());
    }

    @Test
    void everySyntaxProblemIsReportedAtOnce() {
        String text = "// %% tags=\"solo\"\n1\n// %% Fine\n2\n// %% x=1 junk\n3\n";
        NotebookSyntaxException error = assertThrows(NotebookSyntaxException.class,
                () -> NotebookParser.parse(Path.of("x.jsh"), text));
        assertEquals("""
                x.jsh:1: tags must be a JSON array of strings such as tags=["parameters"], found "solo"
                x.jsh:5: expected key=JSON metadata such as tags=["parameters"], found "junk\"""",
                error.getMessage());
        assertEquals(List.of(1, 5), error.problems().stream().map(NotebookSyntaxException.SyntaxProblem::line).toList());
    }

    @Test
    void aNewCellIsWrittenWithAPlainMarker() {
        Cell cell = Cell.code(1, "Counts", "1 + 1").withMetadata(new CellMetadata(List.of("parameters"),
                Map.of("tags", "[\"parameters\"]")));
        Notebook notebook = new Notebook(Path.of("new.jsh"), List.of(cell), NotebookFormat.DEFAULT);
        assertEquals("// %% Counts tags=[\"parameters\"]\n1 + 1\n\n", NotebookWriter.toText(notebook));
    }

    @Test
    void rawCellsAreTheirOwnKindKeptButNotRun() {
        Notebook notebook = NotebookParser.parse(Path.of("x.jsh"), "// %% [raw]\n// \\section{A}\n// %% Note [md]\n// *b*\n// %%\n1\n");
        assertEquals(List.of(CellKind.RAW, CellKind.MARKDOWN, CellKind.CODE),
                notebook.cells().stream().map(Cell::kind).toList());
        assertEquals("\\section{A}", notebook.cells().get(0).text());
        assertEquals("Note", notebook.cells().get(1).title());
        assertEquals(1, notebook.codeCells().size());
        assertEquals("// %% [raw]\n// \\section{A}\n// %% Note [md]\n// *b*\n// %%\n1\n", NotebookWriter.toText(notebook));
    }
}
