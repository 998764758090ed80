package org.engagements.notebook.session;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Where Shift-Tab asks, for cursors all over a cell: {@code |} marks the cursor; the answer is the code
 * JShell is asked about, with {@code  +(} when it is asked again as a call, then {@code ;} and the call
 * around the name when there is one; or {@code none}.
 */
class NameAtCursorTest {
    private static String question(String marked) {
        String lines = marked.replace("\\n", "\n");
        int cursor = lines.indexOf('|');
        String code = lines.substring(0, cursor) + lines.substring(cursor + 1);
        List<String> questions = NameAtCursor.find(code, cursor).stream()
                .map(found -> code.substring(0, found.end()) + (found.orCall() ? " +(" : "")).toList();
        return questions.isEmpty() ? "none" : String.join(" ; ", questions);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '¦', quoteCharacter = '`', textBlock = """
            |Math.max(1, 2)                 ¦ Math +(
            Ma|th.max(1, 2)                 ¦ Math +(
            Math|.max(1, 2)                 ¦ Math +(
            Math.|max(1, 2)                 ¦ Math.max(
            Math.m|ax(1, 2)                 ¦ Math.max(
            Math.max|(1, 2)                 ¦ Math.max(
            Math.max(|1, 2)                 ¦ Math.max(
            Math.max(1|, 2)                 ¦ Math.max(
            Math.max(1, |2)                 ¦ Math.max(
            Math.max(1, 2|)                 ¦ Math.max(
            Math.max(1, 2)|                 ¦ Math.max(
            Math.max|                       ¦ Math.max +(
            Math.ma|                        ¦ Math.ma +(
            Math.max (|1, 2)                ¦ Math.max (
            Math.max |(1, 2)                ¦ Math.max (
            e.selectColumns|                ¦ e.selectColumns +(
            e.select|Columns("a")           ¦ e.selectColumns(
            e.selectColumns("a"|)           ¦ e.selectColumns(
            e.selectColumns("a|b")          ¦ e.selectColumns(
            e.selectColumns("Math|.max")    ¦ e.selectColumns(
            e.selectColumns(|               ¦ e.selectColumns(
            Math.max(Math.ab|s(-1), 2)      ¦ Math.max(Math.abs( ; Math.max(
            Math.max(Math.abs(-1), |2)      ¦ Math.max(
            Math.max(Math.abs(-1)|, 2)      ¦ Math.max(Math.abs(
            Math.max(Math.abs(-1|), 2)      ¦ Math.max(Math.abs(
            int x = 1;\\nMath.max(x|, 2)     ¦ int x = 1;\\nMath.max(x +( ; int x = 1;\\nMath.max(
            int x = 1;\\nMath.max(x, |2)     ¦ int x = 1;\\nMath.max(
            String s = "(";\\ns.len|gth()    ¦ String s = "(";\\ns.length(
            new Array|List<String>()        ¦ new ArrayList +(
            new ArrayList<String>(|)        ¦ new ArrayList<String>(
            new ArrayList<>(1|0)            ¦ new ArrayList<>(
            if (x > |1) { }                 ¦ none
            if (Math.abs(x) > |1) { }       ¦ none
            if (Math.abs(|x) > 1) { }       ¦ if (Math.abs(
            if (Math.abs(x|) > 1) { }       ¦ if (Math.abs(x +( ; if (Math.abs(
            for (int i = 0; i < |3; i++) {} ¦ none
            foo(a, (b + |c))                ¦ foo(a, (b + c +( ; foo(
            foo(a, (b + | c))               ¦ foo(
            foo(a, |b)                      ¦ foo(a, b +( ; foo(
            foo(a,|b)                       ¦ foo(
            Math.max(|x, 2)                 ¦ Math.max(
            x = (|1 + 2)                    ¦ none
            |                               ¦ none
            1 + |2                          ¦ none
            12|3                            ¦ none
            "Math|.max"                     ¦ none
            // Math|.max                    ¦ none
            /* Math.max */ |Math            ¦ /* Math.max */ Math +(
            char c = 'x'; Str|ing.valueOf(c) ¦ char c = 'x'; String +(
            f("\\")", |1)                   ¦ f(
            re|turn                         ¦ none
            String|                         ¦ String +(
            table\\n    .where|(t)          ¦ table\\n    .where(
            Table.create("t", IntColumn.create("n", |1))  ¦ Table.create("t", IntColumn.create(
            Table.create("t", IntColumn.create("n", 1)|)  ¦ Table.create("t", IntColumn.create(
            Table.create("t", IntColumn.create("n", 1))|  ¦ Table.create(
            \"\"\"\\n text (|\\n \"\"\"      ¦ none
            """)
    void theNameOrCallAtTheCursor(String marked, String question) {
        assertEquals(question.replace("\\n", "\n"), question(marked));
    }
}
