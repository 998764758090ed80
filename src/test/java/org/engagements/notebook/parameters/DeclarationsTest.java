package org.engagements.notebook.parameters;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DeclarationsTest {
    /** Found by the mutation fuzz test: -p status="a  b" was recorded as "a b" in the executed notebook. */
    @Test
    void whiteSpaceInsideStringLiteralsIsKeptWhileTheRestIsJoinedOnOneLine() {
        List<Declaration> found = Declarations.parse("String s = \"a  b\\t c\" +\n    \"  d\";\nchar c = ' ';\n");
        assertEquals(List.of(new Declaration("String", "s", "\"a  b\\t c\" + \"  d\"", 1),
                new Declaration("char", "c", "' '", 3)), found);
    }

    @Test
    void declarationsWithAValueAreFoundWithTheirLine() {
        List<Declaration> found = Declarations.parse("""
                LocalDate from = LocalDate.of(2018, 1, 1);
                LocalDate to =
                        LocalDate.of(2024, 12, 31);   // the last day
                String status = "all; really";
                final int top = 10; double x = 0.5;
                boolean y = true;
                var n = 3;
                """);

        assertEquals(List.of(
                new Declaration("LocalDate", "from", "LocalDate.of(2018, 1, 1)", 1),
                new Declaration("LocalDate", "to", "LocalDate.of(2024, 12, 31)", 2),
                new Declaration("String", "status", "\"all; really\"", 4),
                new Declaration("int", "top", "10", 5),
                new Declaration("double", "x", "0.5", 5),
                new Declaration("boolean", "y", "true", 6),
                new Declaration("var", "n", "3", 7)), found);
    }

    @Test
    void otherStatementsAreIgnored() {
        List<Declaration> found = Declarations.parse("""
                // String commented = "out";
                /* int hidden = 1; */
                import java.time.*;
                int a = 1, b = 2;
                int noValue;
                int twice(int n) { int local = n; return 2 * n; }
                System.out.println("x = 1;");
                a = 5;
                List<String> names = List.of("a", "b");
                """);

        assertEquals(List.of(new Declaration("List<String>", "names", "List.of(\"a\", \"b\")", 9)), found);
    }

    @Test
    void varTakesTheTypeOfItsLiteral() {
        assertEquals(Optional.of(ParameterType.INT), new Declaration("var", "n", "3", 1).type());
        assertEquals(Optional.of(ParameterType.STRING), new Declaration("var", "s", "\"a\"", 1).type());
        assertEquals(Optional.of(ParameterType.DATE), new Declaration("var", "d", "LocalDate.of(2020, 2, 29)", 1).type());
        assertEquals(Optional.empty(), new Declaration("var", "l", "List.of()", 1).type());
    }
}
