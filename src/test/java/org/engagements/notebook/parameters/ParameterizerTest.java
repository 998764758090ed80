package org.engagements.notebook.parameters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.engagements.notebook.Cell;
import org.engagements.notebook.CellMetadata;
import org.engagements.notebook.Notebook;
import org.engagements.notebook.NotebookParser;
import org.engagements.notebook.NotebookRun;
import org.engagements.notebook.session.NotebookRunner;
import org.engagements.notebook.session.RunListener;
import org.engagements.notebook.session.RunOptions;
import org.engagements.notebook.StreamName;
import org.junit.jupiter.api.Test;

class ParameterizerTest {
    private static final String NOTEBOOK = """
            // A header comment.

            // %% [markdown]
            // # Title
            // %% Parameters tags=["parameters"]
            LocalDate from = LocalDate.of(2018, 1, 1);
            String status = "all";
            int top = 10;
            long big = 1L;
            double share = 0.5;
            boolean verbose = false;
            var rounds = 3;
            float ratio = 1.5f;
            // %% Work
            System.out.println(from + " " + status + " " + top);
            """;

    private static Notebook notebook(String text) {
        return NotebookParser.parse(Path.of("notebooks/p.jsh"), text);
    }

    private static Parameterized parameterize(String text, String... assignments) {
        return Parameterizer.parameterize(notebook(text), Arrays.stream(assignments).map(Assignment::parse).toList());
    }

    private static List<String> sources(Notebook notebook) {
        return notebook.cells().stream().map(Cell::source).toList();
    }

    @Test
    void valuesOfEveryTypeAreInjectedRightAfterTheParametersCellTypedAsDeclared() {
        Parameterized result = parameterize(NOTEBOOK, "from=2021-01-01", "status=held \"quoted\"", "top=3",
                "big=9000000000", "share=-2.5e-1", "verbose=TRUE", "rounds=7");

        Cell injected = result.notebook().cells().get(3);
        assertEquals("""
                // Parameters given on the command line
                LocalDate from = LocalDate.parse("2021-01-01");
                String status = "held \\"quoted\\"";
                int top = 3;
                long big = 9000000000L;
                double share = -0.25;
                boolean verbose = true;
                var rounds = 7;""", injected.source());
        assertEquals(List.of(CellMetadata.INJECTED_PARAMETERS), injected.metadata().tags());
        assertEquals("// %% tags=[\"injected-parameters\"]", injected.layout().marker());
        assertEquals("Parameters", result.notebook().cells().get(2).title());
        assertEquals("Work", result.notebook().cells().get(4).title());
        assertEquals(List.of(), result.warnings());
    }

    @Test
    void anUnknownNameIsInjectedWithAWarningTypedByItsValue() {
        Parameterized result = parameterize(NOTEBOOK, "colour=red", "since=2020-02-29", "limit=5");

        assertEquals("""
                // Parameters given on the command line
                String colour = "red";
                LocalDate since = LocalDate.parse("2020-02-29");
                int limit = 5;""", result.notebook().cells().get(3).source());
        assertEquals(List.of(
                "notebooks/p.jsh: parameter colour is not declared in the parameters cell (cell 2); injecting it anyway",
                "notebooks/p.jsh: parameter since is not declared in the parameters cell (cell 2); injecting it anyway",
                "notebooks/p.jsh: parameter limit is not declared in the parameters cell (cell 2); injecting it anyway"),
                result.warnings());
    }

    @Test
    void aBadValueNamesTheParameterTheValueAndTheExpectedType() {
        ParameterException e = assertThrows(ParameterException.class,
                () -> parameterize(NOTEBOOK, "top=ten", "from=2021-02-30", "status=fine"));

        assertEquals(List.of(
                "notebooks/p.jsh, cell 2, line 3: parameter top: \"ten\" is not an int (a whole number from "
                        + "-2147483648 to 2147483647), as declared by: int top = 10;",
                "notebooks/p.jsh, cell 2, line 1: parameter from: \"2021-02-30\" is not a date (yyyy-MM-dd, such as "
                        + "2021-01-31), as declared by: LocalDate from = LocalDate.of(2018, 1, 1);"), e.problems());
    }

    @Test
    void aParameterOfAnotherTypeCannotBeSet() {
        ParameterException e = assertThrows(ParameterException.class, () -> parameterize(NOTEBOOK, "ratio=2"));

        assertEquals("notebooks/p.jsh, cell 2, line 8: parameter ratio: -p sets String, int, long, double, boolean "
                + "and LocalDate parameters, not one declared by: float ratio = 1.5f;", e.getMessage());
    }

    @Test
    void malformedAssignmentsAndNamesGivenTwiceAreRefused() {
        assertEquals("-p top: expected name=value, such as -p from=2021-01-01",
                assertThrows(ParameterException.class, () -> Assignment.parse("top")).getMessage());
        assertEquals("-p 1x=3: \"1x\" is not a Java variable name",
                assertThrows(ParameterException.class, () -> Assignment.parse("1x=3")).getMessage());
        assertEquals("-p class=3: \"class\" is not a Java variable name",
                assertThrows(ParameterException.class, () -> Assignment.parse("class=3")).getMessage());
        assertEquals("-p top=2: parameter top is given twice",
                assertThrows(ParameterException.class, () -> parameterize(NOTEBOOK, "top=1", "top=2")).getMessage());
    }

    @Test
    void theValueIsEverythingAfterTheFirstEqualsSign() {
        assertEquals(new Assignment("status", "a=b"), Assignment.parse("status=a=b"));
        assertEquals(new Assignment("status", ""), Assignment.parse("status="));
    }

    @Test
    void anEarlierInjectedCellIsReplaced() {
        Notebook once = parameterize(NOTEBOOK, "top=3").notebook();
        String text = org.engagements.notebook.NotebookWriter.toText(once);

        Notebook twice = parameterize(text, "top=4").notebook();

        List<Cell> injected = twice.cells().stream()
                .filter(cell -> cell.metadata().hasTag(CellMetadata.INJECTED_PARAMETERS)).toList();
        assertEquals(1, injected.size());
        assertTrue(injected.get(0).source().endsWith("int top = 4;"));
        assertEquals(once.cells().size(), twice.cells().size());
    }

    @Test
    void withoutAParametersCellTheCellGoesAtTheTopAfterTheHeader() {
        Parameterized result = parameterize("// Header.\n\n// %% Work\nSystem.out.println(top);\n", "top=3");

        assertEquals(List.of("// Header.", "// Parameters given on the command line\nint top = 3;",
                "System.out.println(top);"), sources(result.notebook()));
        assertEquals(List.of("notebooks/p.jsh: no cell is tagged \"parameters\"; injecting the parameters at the top"),
                result.warnings());
    }

    @Test
    void withoutParametersTheNotebookIsUnchanged() {
        Notebook notebook = notebook(NOTEBOOK);

        assertSame(notebook, Parameterizer.parameterize(notebook, List.of()).notebook());
    }

    @Test
    void theParametersOfANotebookAreItsDefaultsWithTheGivenValuesOverThem() {
        Notebook notebook = parameterize(NOTEBOOK, "top=3", "colour=red").notebook();

        List<String> parameters = NotebookParameters.read(notebook).stream()
                .map(p -> p.name() + "=" + p.displayValue() + " (" + p.origin() + ")").toList();

        assertEquals(List.of("from=2018-01-01 (DEFAULT)", "status=all (DEFAULT)", "top=3 (GIVEN)", "big=1 (DEFAULT)",
                "share=0.5 (DEFAULT)", "verbose=false (DEFAULT)", "rounds=3 (DEFAULT)", "ratio=1.5f (DEFAULT)",
                "colour=red (GIVEN)"), parameters);
    }

    @Test
    void injectedValuesReachTheNotebookAsGiven() {
        String hostile = "a \"quoted\" \\u0022 back\\slash\nnew line ünï ";
        Notebook notebook = parameterize(NOTEBOOK, "status=" + hostile, "from=2021-01-01", "top=-4").notebook();

        NotebookRun run = new NotebookRunner(RunOptions.defaults(), new RunListener() { }).run(notebook);

        assertTrue(run.passed(), () -> run.results().toString());
        assertEquals("2021-01-01 " + hostile + " -4\n", run.results().get(run.results().size() - 1)
                .streamText(StreamName.STDOUT));
    }
}
