package org.engagements.notebook.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.engagements.display.MimeBundle;
import org.engagements.notebook.Cell;
import org.engagements.notebook.CellOutput;
import org.engagements.notebook.CellResult;
import org.engagements.notebook.CellStatus;
import org.junit.jupiter.api.Test;

/**
 * The direct path against JShell's: the same cells give the same outputs, errors included, with the
 * direct path on and off; and the cells that should take it do.
 */
class DirectCellsTest {
    /** Each cell with whether it takes the direct path. */
    private static final List<Object[]> CELLS = List.of(
            cell("int x = 1;", false),
            cell("void bump() {\n    x += 10;\n}", false),
            cell("record P(int a) {\n    int twice() { return 2 * a; }\n}", false),
            cell("x = x + 1;", true),
            cell("bump();", true),
            cell("x", true),
            cell("new P(x).twice()", true),
            cell("System.out.println(\"x is \" + x);", true),
            cell("for (int i = 0; i < 3; i++) {\n    System.out.print(i);\n}", true),
            cell("display(\"shown\");", true),
            cell("int boom() {\n    throw new IllegalStateException(\"boom\");\n}", false),
            cell("1 +\n  boom()", true),
            cell("if (x > 0) {\n    boom();\n}", true),
            cell("Integer.parseInt(\"seven\")", true),
            cell("String s = null;", false),
            cell("s.length()", true),
            cell("class Bad {\n    public String toString() { throw new IllegalStateException(\"no\"); }\n}", false),
            cell("new Bad()", true),
            cell("x + undefinedName", false),
            cell("x++\n", true),
            cell("int y = x;\ny * 2", true),
            cell("java.util.List.of(1, 2).stream().map(n -> n * x).toList()", true),
            cell("Runnable r = () -> boom();", false),
            cell("r.run();", true),
            cell("System.out.println(x)", true),
            cell("System.out.println(x) // no value", true),
            cell("void v() {\n    boom();\n}", false),
            cell("v()", true),
            cell("int m() { return 1; }", false),
            cell("m() + 1", true),
            cell("String m() { return \"a\"; }", false),
            cell("m() + 1", true),
            cell("int k() { return 1; }", false),
            cell("k()", true),
            cell("int k() { return 2; }", false),
            cell("k()", true),
            cell("record Q(int a) {}", false),
            cell("new Q(1).a()", true),
            cell("record Q(String a) {}", false),
            cell("new Q(\"z\").a() + m()", true),
            cell("x", true));

    private static Object[] cell(String source, boolean direct) {
        return new Object[] {source, direct};
    }

    @Test
    void cellsGiveTheSameOutputsWithTheDirectPathAsWithout() {
        List<List<CellOutput>> direct = new ArrayList<>();
        List<Boolean> tookDirect = new ArrayList<>();
        try (NotebookSession session = NotebookSession.start(SessionOptions.defaults(), "nb.jsh")) {
            for (int i = 0; i < CELLS.size(); i++) {
                int before = session.directRuns();
                direct.add(run(session, i + 1).outputs());
                tookDirect.add(session.directRuns() > before);
            }
        }
        List<List<CellOutput>> jshell = new ArrayList<>();
        System.setProperty(DirectCells.PROPERTY, "false");
        try (NotebookSession session = NotebookSession.start(SessionOptions.defaults(), "nb.jsh")) {
            for (int i = 0; i < CELLS.size(); i++) {
                jshell.add(run(session, i + 1).outputs());
            }
            assertEquals(0, session.directRuns());
        } finally {
            System.clearProperty(DirectCells.PROPERTY);
        }
        for (int i = 0; i < CELLS.size(); i++) {
            String source = (String) CELLS.get(i)[0];
            assertEquals(masked(jshell.get(i)), masked(direct.get(i)), source);
            assertEquals(CELLS.get(i)[1], tookDirect.get(i), source);
        }
    }

    /** The outputs as text, without the session's random part of display ids. */
    private static String masked(List<CellOutput> outputs) {
        return outputs.toString().replaceAll("displayId=Optional\\[[0-9a-f]+-", "displayId=Optional[session-");
    }

    private static CellResult run(NotebookSession session, int number) {
        return session.execute(Cell.code(number, "", (String) CELLS.get(number - 1)[0]), OutputSink.NONE);
    }

    @Test
    void aDirectCellSeesEarlierDefinitionsAndThrowsAsJShellWould() {
        try (NotebookSession session = NotebookSession.start(SessionOptions.defaults(), "nb.jsh")) {
            execute(session, 1, "int n = 20;\nint plus(int k) { return n + k; }");
            execute(session, 2, "n += 1;");
            CellResult sum = execute(session, 3, "plus(n)");
            assertEquals(List.of(new CellOutput.ExecuteResult(3, MimeBundle.text("42"))), sum.outputs());

            execute(session, 4, "void fail(String why) {\n    throw new IllegalStateException(why);\n}");
            CellResult failed = execute(session, 5, "int before = 1;\nfail(\"boom\");");
            assertEquals("""
                    nb.jsh, cell 4, line 2: java.lang.IllegalStateException: boom
                        at cell 4, line 2: throw new IllegalStateException(why);
                        at cell 5, line 2: fail("boom");""", failed.findError().orElseThrow().message());
            assertTrue(session.directRuns() >= 2, "the direct path was not taken");
        }
    }

    @Test
    void anInterruptStopsADirectCellAndTheSessionKeepsItsState() throws InterruptedException {
        try (NotebookSession session = NotebookSession.start(SessionOptions.defaults(), "nb.jsh")) {
            execute(session, 1, "int kept = 41;");
            InterruptOnOutput interrupter = new InterruptOnOutput(session);
            int before = session.directRuns();
            CellResult looping = session.execute(Cell.code(2, "", "kept++;\nwhile (true) {\n"
                    + "    System.out.println(\"waiting\");\n    while (true) { }\n}"), interrupter);
            interrupter.join();

            assertEquals(CellStatus.INTERRUPTED, looping.status());
            assertEquals("nb.jsh, cell 2, line 2: interrupted; the cell was stopped",
                    looping.findError().orElseThrow().message());
            assertEquals(before + 2, session.directRuns());
            assertEquals(List.of(new CellOutput.ExecuteResult(3, MimeBundle.text("42"))),
                    execute(session, 3, "kept").outputs());
        }
    }

    private static CellResult execute(NotebookSession session, int number, String source) {
        return session.execute(Cell.code(number, "", source), OutputSink.NONE);
    }
}
