package org.engagements.notebook.session;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SnippetSplitterTest {
    /** Each snippet as "line:column source", source stripped. */
    private static List<String> split(String cell) {
        return SnippetSplitter.shared().split(cell).stream()
                .map(snippet -> snippet.line() + ":" + snippet.column() + " " + snippet.source().strip())
                .toList();
    }

    @Test
    void statementsOnOneLineAreSeparateSnippets() {
        assertEquals(List.of("1:0 int a = 1;", "1:10 int b = 2;"), split("int a = 1; int b = 2;"));
    }

    @Test
    void anExpressionWithoutSemicolonEndsAtItsLine() {
        assertEquals(List.of("1:0 1 + 1", "2:0 int y = 2;"), split("1 + 1\nint y = 2;"));
    }

    @Test
    void aLineStartingWithADotContinuesTheChain() {
        assertEquals(List.of("1:0 var n = List.of(1, 2)\n    // the size\n    .size();", "4:0 n + 1"),
                split("var n = List.of(1, 2)\n    // the size\n    .size()\nn + 1"));
    }

    @Test
    void declarationsSpanLinesAndCommentsAreSkipped() {
        assertEquals(List.of("1:0 void f() {\n  return;\n}", "6:0 f()"),
                split("void f() {\n  return;\n}\n// a comment\n\nf()"));
    }

    @Test
    void anIncompleteEndIsLeftForTheCompiler() {
        assertEquals(List.of("1:0 int x = 1;", "2:0 int y = (1 +"), split("int x = 1;\nint y = (1 +\n"));
    }
}
