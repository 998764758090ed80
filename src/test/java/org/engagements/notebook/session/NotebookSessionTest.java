package org.engagements.notebook.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javax.imageio.ImageIO;
import org.engagements.display.MimeBundle;
import org.engagements.display.MimeType;
import org.engagements.notebook.Cell;
import org.engagements.notebook.CellOutput;
import org.engagements.notebook.CellResult;
import org.engagements.notebook.CellStatus;
import org.engagements.notebook.StreamName;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Cells run in one shared session, as a notebook's cells do. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NotebookSessionTest {
    private NotebookSession session;

    @BeforeAll
    void start() {
        session = NotebookSession.start(SessionOptions.defaults(), "nb.jsh");
    }

    @AfterAll
    void close() {
        session.close();
    }

    private CellResult run(int number, String source) {
        return session.execute(Cell.code(number, "", source), OutputSink.NONE);
    }

    private static CellOutput.ExecuteResult result(CellResult cell) {
        assertEquals(CellStatus.OK, cell.status(), () -> cell.findError().map(CellOutput.Error::message).orElse(""));
        return assertInstanceOf(CellOutput.ExecuteResult.class, cell.outputs().get(cell.outputs().size() - 1));
    }

    @Test
    void variablesMethodsAndClassesCarryFromCellToCell() {
        run(1, "record Point(int x, int y) {}\nint twice(int n) {\n    return 2 * n;\n}");
        run(2, "var p = new Point(3, 4);");
        CellResult sum = run(3, "twice(p.x()) + p.y()");

        assertEquals(MimeBundle.text("10"), result(sum).data());
        assertEquals(sum.executionCount(), result(sum).executionCount());
    }

    @Test
    void theLastExpressionIsTheResultUnlessItEndsWithASemicolon() {
        assertEquals(MimeBundle.text("a1"), result(run(1, "int unused = 0;\n\"a\" + 1")).data());
        assertEquals(MimeBundle.text("7"), result(run(2, "int seven = 7;\nseven // the answer")).data());
        assertEquals(List.of(), run(3, "int quiet = 1;\nSystem.out.printf(\"\");").outputs());
        assertEquals(List.of(), run(6, "int seven = 7;").outputs());
        assertEquals(List.of(), run(4, "String nothing = null;").outputs());
        assertEquals(List.of(), run(5, "void helper() {}").outputs());
    }

    @Test
    void printedTextIsKeptPerStreamAndPassedOnAsItComes() {
        List<CellOutput> live = Collections.synchronizedList(new ArrayList<>());
        CellResult printed = session.execute(Cell.code(1, "", """
                System.out.println("out ü");
                System.err.println("err");
                System.out.print("more")"""), live::add);

        assertEquals("out ü\nmore", printed.streamText(StreamName.STDOUT));
        assertEquals("err\n", printed.streamText(StreamName.STDERR));
        assertEquals("out ü\nerr\nmore", String.join("", live.stream()
                .map(output -> ((CellOutput.Stream) output).text()).toList()));
    }

    @Test
    void aDisplayedTableArrivesAsEscapedHtmlInOrderWithPrints() {
        CellResult shown = run(1, """
                System.out.println("before");
                display(Table.create("Places", StringColumn.create("city", "Beijing", "<Washington>")));
                System.out.println("after");""");

        assertEquals(CellStatus.OK, shown.status());
        assertEquals(3, shown.outputs().size());
        assertEquals(new CellOutput.Stream(StreamName.STDOUT, "before\n"), shown.outputs().get(0));
        String html = ((CellOutput.DisplayData) shown.outputs().get(1)).data().find(MimeType.TEXT_HTML).orElseThrow();
        assertTrue(html.contains("<td>Beijing</td>") && html.contains("<td>&lt;Washington&gt;</td>"), html);
        assertEquals(new CellOutput.Stream(StreamName.STDOUT, "after\n"), shown.outputs().get(2));
    }

    @Test
    void aTableAsLastExpressionIsTheResultWithHtml() {
        MimeBundle data = result(run(1, "Table.create(\"t\", IntColumn.create(\"n\", 1, 2))")).data();
        assertTrue(data.find(MimeType.TEXT_HTML).orElseThrow().contains("<td>2</td>"));
    }

    @Test
    void aDisplayedChartArrivesAsAPng() throws IOException {
        CellResult shown = run(1, """
                var chart = new XYChartBuilder().width(240).height(120).title("Meetings").build();
                chart.addSeries("held", new double[] {2001, 2002}, new double[] {3, 5});
                display(chart);""");

        assertEquals(CellStatus.OK, shown.status());
        CellOutput.DisplayData display = assertInstanceOf(CellOutput.DisplayData.class, shown.outputs().get(0));
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(
                display.data().findBytes(MimeType.IMAGE_PNG).orElseThrow()));
        assertNotNull(image);
        assertEquals(240, image.getWidth());
        assertEquals("XYChart \"Meetings\" (240×120)", display.data().plainText());
    }

    @Test
    void aCompileErrorNamesCellAndLineAndQuotesTheLine() {
        CellResult failed = run(4, "var venues = 3;\nvar t = venuse.count();");

        assertEquals(CellStatus.ERROR, failed.status());
        CellOutput.Error error = failed.findError().orElseThrow();
        assertEquals("""
                nb.jsh, cell 4, line 2: cannot find symbol: variable venuse
                    var t = venuse.count();
                            ^""", error.message());
        assertEquals("cannot find symbol: variable venuse", error.evalue());
    }

    @Test
    void aLastLineThatIsNoExpressionOrHasNoValueRunsAsWritten() {
        assertEquals(List.of(), run(12, "int calls = 0;\nvoid count() { calls++; }").outputs());
        assertEquals(List.of(), run(13, "count()").outputs());
        assertEquals(MimeBundle.text("1"), result(run(14, "calls")).data());
        assertEquals(List.of(), run(15, "String both = calls + \" \" + calls").outputs());
        assertEquals(MimeBundle.text("1 1"), result(run(22, "both")).data());
        assertEquals(MimeBundle.text("2"), result(run(16, "calls = 2")).data());
        assertEquals(MimeBundle.text("[a, b]"), result(run(17, "List.of(\"a\",\n        \"b\") // two")).data());
    }

    @Test
    void aCompileErrorInTheLastExpressionIsPlacedInTheCell() {
        CellResult failed = run(18, "int a = 1;\n  a + undefinedName");

        assertEquals("""
                nb.jsh, cell 18, line 2: cannot find symbol: variable undefinedName
                      a + undefinedName
                          ^""", failed.findError().orElseThrow().message());
    }

    @Test
    void aLastExpressionThatNeedsAnUndeclaredMethodIsForgottenOnceItFails() {
        assertEquals("cannot find symbol: method later(int)", run(19, "later(2)").findError().orElseThrow().evalue());
        assertEquals(List.of(), run(20, "int later(int n) {\n    System.out.println(\"ran\");\n    return n;\n}").outputs());
        assertEquals(MimeBundle.text("3"), result(run(21, "later(3)")).data());
    }

    @Test
    void aVariableOfAnUndeclaredClassIsAnError() {
        CellResult failed = run(9, "int fine = 1;\nMissing thing = null;");

        assertEquals(CellStatus.ERROR, failed.status());
        assertEquals("""
                nb.jsh, cell 9, line 2: cannot find symbol: class Missing
                    Missing thing = null;
                    ^""", failed.findError().orElseThrow().message());
    }

    @Test
    void callingAMethodThatNeedsAnUndeclaredOneIsAnError() {
        run(10, "void outer() {\n    inner();\n}");
        CellResult failed = run(11, "outer();");

        assertEquals(CellStatus.ERROR, failed.status());
        assertEquals(List.of("nb.jsh, cell 10, line 1: UnresolvedReference: method outer cannot be used until "
                + "method inner() is declared", "    at cell 10, line 1: void outer() {",
                "    at cell 11, line 1: outer();"), failed.findError().orElseThrow().traceback());
    }

    @Test
    void anExceptionShowsOnlyTheFramesOfCells() {
        run(5, "void fail(String why) {\n    throw new IllegalStateException(why);\n}");
        CellResult failed = run(6, "int before = 1;\nfail(\"boom\");");

        assertEquals(CellStatus.ERROR, failed.status());
        CellOutput.Error error = failed.findError().orElseThrow();
        assertEquals("""
                nb.jsh, cell 5, line 2: java.lang.IllegalStateException: boom
                    at cell 5, line 2: throw new IllegalStateException(why);
                    at cell 6, line 2: fail("boom");""", error.message());
        assertEquals("java.lang.IllegalStateException", error.ename());
        assertEquals(MimeBundle.text("1"), result(run(7, "before")).data());
    }

    @Test
    void aResultThatCannotBeRenderedIsAnErrorWithItsCellFrames() {
        CellResult failed = run(8, """
                record Mute() {
                    public String toString() { throw new UnsupportedOperationException("no text"); }
                }
                new Mute()""");

        assertEquals(CellStatus.ERROR, failed.status());
        assertEquals("""
                nb.jsh, cell 8, line 2: java.lang.UnsupportedOperationException: no text
                    at cell 8, line 2: public String toString() { throw new UnsupportedOperationException("no text"); }
                    at cell 8, line 4: new Mute()""",
                failed.findError().orElseThrow().message());
    }

    @Test
    void deepRecursionIsAStackOverflowWithItsFramesCollapsed() {
        CellResult failed = run(1, "int down(int n) { return down(n + 1); }\ndown(0)");

        CellOutput.Error error = failed.findError().orElseThrow();
        assertEquals("java.lang.StackOverflowError", error.ename());
        assertEquals("nb.jsh, cell 1, line 1: java.lang.StackOverflowError", error.traceback().get(0));
        assertEquals("    at cell 1, line 1: int down(int n) { return down(n + 1); }", error.traceback().get(1));
        assertTrue(error.traceback().get(2).matches(" {4}\\.\\.\\. the frame above \\d+ more times"),
                error.traceback().get(2));
    }
}
