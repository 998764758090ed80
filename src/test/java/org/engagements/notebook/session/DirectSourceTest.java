package org.engagements.notebook.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DirectSourceTest {
    private static final List<DirectSource.Definition> SESSION = List.of(
            new DirectSource.Definition("count", DirectSource.Kind.MEMBER, "REPL.$JShell$12"),
            new DirectSource.Definition("twice", DirectSource.Kind.MEMBER, "REPL.$JShell$13"),
            new DirectSource.Definition("Point", DirectSource.Kind.TYPE, "REPL.$JShell$14"),
            new DirectSource.Definition("unused", DirectSource.Kind.MEMBER, "REPL.$JShell$15"));

    @Test
    void importsOnlyTheDefinitionsTheSnippetNames() {
        DirectSource source = DirectSource.of("$JShell$D1", "twice(count) + new Point(1, 2).x()", true,
                List.of("import java.util.*;"), SESSION).orElseThrow();

        assertEquals("""
                package REPL;
                import java.util.*;
                import static REPL.$JShell$12.count;
                import static REPL.$JShell$13.twice;
                import REPL.$JShell$14.Point;
                public class $JShell$D1 {
                public static Object do_it$() throws Throwable {
                return twice(count) + new Point(1, 2).x()
                ;
                }
                }
                """, source.text());
        assertEquals(8, source.firstLine());
    }

    @Test
    void namesInStringsAndCommentsImportNothing() {
        DirectSource source = DirectSource.of("$JShell$D2", "System.out.println(\"count\"); // twice\n/* Point */",
                false, List.of(), SESSION).orElseThrow();

        assertFalse(source.text().contains("import"), source.text());
        assertTrue(source.text().contains("public static void do_it$()"), source.text());
        assertEquals(4, source.firstLine());
    }

    @Test
    void aMultiLineImportKeepsTheSnippetsLineRight() {
        DirectSource source = DirectSource.of("$JShell$D3", "1", true, List.of("import java.util.*;",
                "import static java.lang.Math.max;\n// after"), List.of()).orElseThrow();

        assertEquals("return 1", source.text().lines().toList().get(source.firstLine() - 1));
    }

    @Test
    void aDollarNameIsLeftToJShell() {
        assertEquals(Optional.empty(), DirectSource.of("$JShell$D4", "$1 + 1", true, List.of(), SESSION));
        assertEquals(Optional.empty(), DirectSource.identifiers("$value3"));
        assertEquals(Optional.of(Set.of("s")), DirectSource.identifiers("s + \"$1\" + '$'"));
    }

    @Test
    void literalsAreNoNames() {
        assertEquals(Optional.of(Set.of("x", "y")), DirectSource.identifiers("x + 0x1F + 10L + 1_000 + 2e5 + y"));
        assertEquals(Optional.of(Set.of("a")), DirectSource.identifiers("a + \"\"\"\n  count \\\"\"\" twice\n  \"\"\""));
        assertEquals(Optional.of(Set.of("b")), DirectSource.identifiers("b + \"esc \\\" count\""));
    }
}
