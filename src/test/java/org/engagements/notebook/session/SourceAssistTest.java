package org.engagements.notebook.session;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.engagements.notebook.javadoc.LibrarySources;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Completeness is syntactic, so these need no session; completions and documentation ask a session's
 * JShell and are checked through the kernel's backend ({@code NotebookBackendTest}).
 */
class SourceAssistTest {
    private static final SourceAssist SYNTAX_ONLY = new SourceAssist(SnippetSplitter.shared(), null, LibrarySources.none());

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            1 + 1                                   | COMPLETE
            int x = 1;                              | COMPLETE
            void f() { }                            | COMPLETE
            System.out.println("hi")                | COMPLETE
            int a = 1; int b = a + 1;               | COMPLETE
            '   '                                   | COMPLETE
            void f() {                              | INCOMPLETE
            System.out.println(                     | INCOMPLETE
            int[] xs = {1, 2,                       | INCOMPLETE
            int x = ;                               | INVALID
            )                                       | INVALID
            }                                       | INVALID
            int a = 1; int b = ;                    | INVALID
            """)
    void codeIsCompleteIncompleteOrInvalid(String code, SourceAssist.Readiness readiness) {
        assertEquals(readiness, SYNTAX_ONLY.completeness(code).readiness());
    }

    @Test
    void codeEndingInAnOpenBlockIsIndentedOneLevelMore() {
        assertEquals(new SourceAssist.Completeness(SourceAssist.Readiness.INCOMPLETE, "    "),
                SYNTAX_ONLY.completeness("for (int i = 0; i < 3; i++) {"));
        assertEquals("        ", SYNTAX_ONLY.completeness("void f() {\n    if (true) {\n").indent());
        assertEquals("    ", SYNTAX_ONLY.completeness("void f() {\n    int a = 1;").indent());
        assertEquals("", SYNTAX_ONLY.completeness("String s = String.join(\",\",").indent());
    }

    @Test
    void linesAfterACompleteSnippetAreReadToo() {
        assertEquals(SourceAssist.Readiness.INCOMPLETE, SYNTAX_ONLY.completeness("int a = 1;\nif (a > 0) {").readiness());
        assertEquals(SourceAssist.Readiness.COMPLETE, SYNTAX_ONLY.completeness("int a = 1;\n\n").readiness());
    }
}
