package org.engagements.notebook.session;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SourceSnippetTest {
    @Test
    void consecutiveImportsBecomeOneSnippetWithTheirLinesKept() {
        List<SourceSnippet> joined = SourceSnippet.joinImports(List.of(
                new SourceSnippet("import java.time.*;", 1, 0),
                new SourceSnippet("import tech.tablesaw.api.*;\n", 2, 0),
                new SourceSnippet("import static a.B.c;", 4, 0),
                new SourceSnippet("int x = 1;", 6, 0),
                new SourceSnippet("import java.util.*;", 7, 0)));
        assertEquals(List.of(
                new SourceSnippet("import java.time.*;\nimport tech.tablesaw.api.*;\n\nimport static a.B.c;", 1, 0),
                new SourceSnippet("int x = 1;", 6, 0),
                new SourceSnippet("import java.util.*;", 7, 0)), joined);
        assertEquals(4, joined.get(0).position(joined.get(0).source().indexOf("static"))[0]);
    }
}
