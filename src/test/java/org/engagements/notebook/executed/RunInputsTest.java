package org.engagements.notebook.executed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.engagements.core.EngagementsException;
import org.engagements.notebook.Notebook;
import org.engagements.notebook.NotebookParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunInputsTest {
    private static final RunInputs.Environment ENVIRONMENT = new RunInputs.Environment("c0de", "17 at /jdk", "x");

    @TempDir
    Path home;

    private static Notebook notebook(String text) {
        return NotebookParser.parse(Path.of("notebooks/n.jsh"), text);
    }

    private RunInputs inputs(String text, List<DataFile> data, RunInputs.Environment environment) {
        RunRecord record = new RunRecord(Instant.EPOCH, "17", "17 (vendor, VM)", "data", data, false);
        return RunInputs.of(notebook(text), record, environment, home);
    }

    @Test
    void theHeaderDeclaresInputsOnLinesOfCommaSeparatedPaths() {
        Notebook notebook = notebook("// # Title\n// inputs: lookup/a.csv, other/\n//inputs:b.txt\n// %%\n"
                + "// inputs: not/in/the/header\n1\n");

        assertEquals(List.of("lookup/a.csv", "other/", "b.txt"), RunInputs.declaredInputs(notebook));
    }

    @Test
    void equalNotebooksDataAndEnvironmentGiveEqualInputs() {
        List<DataFile> data = List.of(new DataFile("engagements.csv", 3, "aa"));

        assertEquals(inputs("// %%\n1\n", data, ENVIRONMENT), inputs("// %%\n1\n", data, ENVIRONMENT));
    }

    @Test
    void eachKindOfChangeIsNamed() {
        RunInputs before = inputs("// %%\n1\n", List.of(new DataFile("engagements.csv", 3, "aa")), ENVIRONMENT);

        assertEquals(List.of("source"), inputs("// %%\n2\n", List.of(new DataFile("engagements.csv", 3, "aa")),
                ENVIRONMENT).changedFrom(before));
        assertEquals(List.of("data:engagements.csv"), inputs("// %%\n1\n",
                List.of(new DataFile("engagements.csv", 3, "bb")), ENVIRONMENT).changedFrom(before));
        assertEquals(List.of("data:engagements.csv", "data:new.csv"), inputs("// %%\n1\n",
                List.of(new DataFile("new.csv", 3, "aa")), ENVIRONMENT).changedFrom(before));
        assertEquals(List.of("classpath", "jdk"), inputs("// %%\n1\n", List.of(new DataFile("engagements.csv", 3,
                "aa")), new RunInputs.Environment("c1de", "25 at /jdk25", "x")).changedFrom(before));
    }

    @Test
    void aDeclaredFileOrFolderIsHashedAndAMissingOneStillCounts() throws IOException {
        String text = "// inputs: lookup.csv, extra/\n// %%\n1\n";
        RunInputs missing = inputs(text, List.of(), ENVIRONMENT);
        assertEquals("missing", missing.values().get("input:lookup.csv"));

        Files.writeString(home.resolve("lookup.csv"), "a\n");
        Files.createDirectories(home.resolve("extra/deeper"));
        Files.writeString(home.resolve("extra/deeper/b.txt"), "b\n");
        RunInputs present = inputs(text, List.of(), ENVIRONMENT);
        assertEquals(List.of("input:extra/", "input:lookup.csv"), present.changedFrom(missing));

        Files.writeString(home.resolve("extra/deeper/b.txt"), "changed\n");
        assertEquals(List.of("input:extra/"), inputs(text, List.of(), ENVIRONMENT).changedFrom(present));
    }

    @Test
    void aDeclaredInputThatIsNoPathIsAnErrorNamingTheNotebook() {
        EngagementsException e = assertThrows(EngagementsException.class,
                () -> inputs("// inputs: a\u0000b\n// %%\n1\n", List.of(), ENVIRONMENT));

        assertTrue(e.getMessage().startsWith("notebooks/n.jsh: its declared input \"a\u0000b\" is not a path ("),
                e.getMessage());
    }

    @Test
    void theClassPathHashFollowsTheContentOfJarsAndFolders() throws IOException {
        Path jar = Files.writeString(home.resolve("a.jar"), "jar");
        Path classes = Files.createDirectories(home.resolve("classes"));
        Files.writeString(classes.resolve("A.class"), "class");
        String before = RunInputs.hashEntries(List.of(jar, classes));

        assertEquals(before, RunInputs.hashEntries(List.of(jar, classes)));
        Files.writeString(classes.resolve("A.class"), "changed");
        assertNotEquals(before, RunInputs.hashEntries(List.of(jar, classes)));
    }
}
