package org.engagements.notebook.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.engagements.notebook.Cell;
import org.engagements.notebook.CellOutput;
import org.engagements.notebook.CellResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * What a failing cell shows, in a real session: the names the cells declared, never JShell's wrapper
 * classes ({@code REPL.$JShell$24.s}); see {@link WrapperNamesTest} for the wording of each kind.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CellErrorsTest {
    private NotebookSession session;

    @BeforeAll
    void start() {
        session = NotebookSession.start(SessionOptions.defaults(), "nb.jsh");
    }

    @AfterAll
    void close() {
        session.close();
    }

    private CellOutput.Error failure(int number, String source) {
        CellResult result = session.execute(Cell.code(number, "", source), OutputSink.NONE);
        CellOutput.Error error = result.findError().orElseThrow(() -> new AssertionError(number + " did not fail"));
        String shown = String.join("\n", error.ename(), error.evalue(), error.message());
        assertFalse(shown.contains("$JShell$") || shown.contains("REPL."), shown);
        return error;
    }

    @Test
    void aNullPointerNamesTheCellsVariable() {
        session.execute(Cell.code(1, "", "String s = null;"), OutputSink.NONE);
        CellOutput.Error error = failure(2, "int n = s.length();");

        assertEquals("java.lang.NullPointerException", error.ename());
        assertEquals("Cannot invoke \"String.length()\" because \"s\" is null", error.evalue());
        assertEquals(List.of("nb.jsh, cell 2, line 1: java.lang.NullPointerException: Cannot invoke "
                + "\"String.length()\" because \"s\" is null", "    at cell 2, line 1: int n = s.length();"),
                error.traceback());
    }

    @Test
    void aNullPointerNamesTheCellsMethodAndField() {
        session.execute(Cell.code(1, "", "String nothing() { return null; }\nclass Box { String v; }\nBox box = new Box();"),
                OutputSink.NONE);

        assertEquals("Cannot invoke \"String.strip()\" because the return value of \"nothing()\" is null",
                failure(2, "nothing().strip()").evalue());
        assertEquals("Cannot invoke \"String.length()\" because \"box.v\" is null", failure(3, "box.v.length()").evalue());
    }

    @Test
    void aFailedCastNamesTheCellsClass() {
        session.execute(Cell.code(1, "", "record Point(int x, int y) {}\nObject p = new Point(1, 2);"), OutputSink.NONE);
        CellOutput.Error error = failure(2, "String text = (String) p;");

        assertEquals("java.lang.ClassCastException", error.ename());
        assertEquals("class Point cannot be cast to class java.lang.String", error.evalue());
    }

    @Test
    void aCastToAClassALaterCellRedeclaredSaysWhichIsWhich() {
        session.execute(Cell.code(1, "", "class Thing {}\nObject old = new Thing();"), OutputSink.NONE);
        session.execute(Cell.code(2, "", "class Thing { int size; }"), OutputSink.NONE);

        assertEquals("class Thing (an earlier definition) cannot be cast to class Thing",
                failure(3, "Thing thing = (Thing) old;").evalue());
    }

    @Test
    void anExceptionOfACellsClassThrownFromACellsMethodNamesBoth() {
        session.execute(Cell.code(1, "", """
                class Refused extends RuntimeException {
                    Refused(Object what) { super("refused " + what); }
                }
                class Item {}
                void take(Object what) {
                    throw new Refused(what);
                }"""), OutputSink.NONE);
        CellOutput.Error error = failure(2, "take(new Item());");

        assertEquals("Refused", error.ename());
        assertEquals("refused Item@", error.evalue().replaceAll("@\\p{XDigit}+$", "@"));
        assertEquals(List.of("nb.jsh, cell 1, line 6: Refused: " + error.evalue(),
                "    at cell 1, line 6: throw new Refused(what);",
                "    at cell 2, line 1: take(new Item());"), error.traceback());
    }

    @Test
    void theCauseOfAnExceptionNamesTheCellsNamesToo() {
        session.execute(Cell.code(1, "", "String missing = null;"), OutputSink.NONE);
        CellOutput.Error error = failure(2, """
                try {
                    missing.length();
                } catch (NullPointerException e) {
                    throw new IllegalStateException("wrapped", e);
                }""");

        assertEquals("Caused by: java.lang.NullPointerException: Cannot invoke \"String.length()\" because "
                + "\"missing\" is null", error.traceback().stream().filter(line -> line.startsWith("Caused by"))
                .findFirst().orElseThrow());
    }

    @Test
    void aCompileErrorNamesTheCellsClass() {
        session.execute(Cell.code(1, "", "class Shape {}"), OutputSink.NONE);

        assertEquals("incompatible types: java.lang.String cannot be converted to Shape",
                failure(2, "Shape shape = \"round\";").evalue());
    }
}
