package org.engagements.notebook.session;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CellValueTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "1 + 1|Object $value7 = 1 + 1⏎;",
            "table⏎|Object $value7 = table⏎;",
            "List.of(1,⏎    2) // two⏎|Object $value7 = List.of(1,⏎    2) // two⏎;",
            "new int[] {1}.length|Object $value7 = new int[] {1}.length⏎;",
    })
    void anExpressionBecomesTheValueOfADeclarationOnTheSameLines(String source, String declaration) {
        assertEquals(Optional.of(lines(declaration)), CellValue.declaration(lines(source), CellValue.name(7)));
    }

    /** The tables write a line break as ⏎. */
    private static String lines(String text) {
        return text.replace('⏎', '\n');
    }

    @ParameterizedTest
    @ValueSource(strings = {"int f() { return 1; }", "class A {}", "new Object() {}", "switch (x) { default -> 1; }",
            "var x = 1", "import java.util.List", "return", "@Deprecated void f() {}", "{ 1; }", "  ", "// note"})
    void whatCannotBeAnExpressionIsLeftAsWritten(String source) {
        assertEquals(Optional.empty(), CellValue.declaration(source, CellValue.name(7)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"x|false", "f();|true", "f(); // done|true", "s = \"//\";|true", "}|false"})
    void aTrailingSemicolonKeepsTheValueFromBeingShown(String source, boolean quiet) {
        assertEquals(quiet, CellValue.endsWithSemicolon(source));
    }
}
