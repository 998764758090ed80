package org.engagements.notebook.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalInt;
import org.engagements.notebook.Cell;
import org.engagements.notebook.CellOutput;
import org.engagements.notebook.CellResult;
import org.engagements.notebook.CellStatus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A session keeps JShell's list of compiled classes to what later snippets can name (see
 * {@link CompiledClasses}), and every kind of snippet still works with what it forgot. Surefire opens
 * {@code jdk.jshell} to the tests, as the jar's manifest does for users.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CompiledClassesTest {
    private NotebookSession session;
    private int number;

    @BeforeAll
    void start() {
        session = NotebookSession.start(SessionOptions.defaults(), "classes.jsh");
    }

    @AfterAll
    void close() {
        session.close();
    }

    private CellResult run(String source) {
        CellResult result = session.execute(Cell.code(++number, "", source), OutputSink.NONE);
        assertEquals(CellStatus.OK, result.status(),
                () -> source + ": " + result.findError().map(CellOutput.Error::message).orElse(""));
        return result;
    }

    private String value(String source) {
        List<CellOutput> outputs = run(source).outputs();
        CellOutput last = outputs.get(outputs.size() - 1);
        return ((CellOutput.ExecuteResult) last).data().plainText();
    }

    private int listed() {
        OptionalInt count = session.compiledClassFiles();
        assertTrue(count.isPresent(), "JShell's list is out of reach: is jdk.jshell opened to the tests?");
        return count.getAsInt();
    }

    @Test
    void cellsThatDefineNothingLeaveNoClassFilesBehind() {
        run("int base = 1;");
        int before = listed();
        for (int i = 0; i < 30; i++) {
            value("base + " + i);
            run("System.out.print(\"\");");
            run("java.util.List.of(1).forEach(x -> { });");
            value("new Object() { public String toString() { return \"anon\"; } }");
        }
        assertEquals(before, listed());
        assertEquals("31", value("base + 30"));
    }

    @Test
    void replacedAndDroppedDeclarationsLeaveNoClassFilesBehind() {
        run("int counter = 0;");
        run("int bump() { return ++counter; }");
        int before = listed();
        for (int i = 0; i < 20; i++) {
            run("int counter = " + i + ";");           // a cell run again, with another value
            run("int bump() { return counter += 2; }");
        }
        assertEquals(before, listed());
        assertEquals("21", value("bump()"));
    }

    @Test
    void everyKindOfDeclarationStillWorksAfterManyCells() {
        run("record Point(int x, int y) { Point twice() { return new Point(2 * x, 2 * y); } }");
        run("interface Shape { double area(); }");
        run("class Square implements Shape { final double side; Square(double side) { this.side = side; }"
                + " public double area() { return side * side; } }");
        run("<T extends Comparable<T>> T largest(java.util.List<T> items) { return java.util.Collections.max(items); }");
        run("var anonymous = new Object() { int field = 7; };");
        run("java.util.function.IntUnaryOperator square = n -> n * n;");
        run("enum Side { US, CN }");
        for (int i = 0; i < 40; i++) {
            value("1 + " + i);
        }
        assertEquals("Point[x=6, y=8]", value("new Point(3, 4).twice()"));
        assertEquals("9.0", value("((Shape) new Square(3)).area()"));
        assertEquals("5", value("largest(java.util.List.of(3, 5, 1))"));
        assertEquals("7", value("anonymous.field"));
        assertEquals("49", value("square.applyAsInt(7)"));
        assertEquals("CN", value("Side.valueOf(\"CN\")"));
        run("record Point(int x, int y, int z) { Point twice() { return new Point(2 * x, 2 * y, 2 * z); } }");
        assertEquals("Point[x=2, y=4, z=6]", value("new Point(1, 2, 3).twice()"));
    }
}
