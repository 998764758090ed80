package org.engagements.notebook.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class StartupTest {
    /** One compilation for all the imports: the splitter sees one import a line and joins them. */
    @Test
    void theImportsAndTheExtraImportsAreOneSnippetAnImportALine() {
        List<String> snippets = Startup.snippets(List.of("import a.B; import static c.D.e;  import f.*;",
                "int x = 1;", "import g.H;"));

        assertEquals(3, snippets.size());
        List<String> lines = snippets.get(0).lines().toList();
        assertEquals(Startup.BLOCK_KEY, lines.get(0));
        assertTrue(lines.stream().allMatch(line -> new SourceSnippet(line, 1, 0).isImport()), lines::toString);
        assertTrue(lines.contains("import java.util.*;") && lines.contains(Startup.DISPLAY_HELPER), lines::toString);
        assertEquals(List.of("import a.B;", "import static c.D.e;", "import f.*;"), lines.subList(lines.size() - 3, lines.size()));
        assertEquals(List.of("int x = 1;", "import g.H;"), snippets.subList(1, 3), "after other code, in order");
    }

    @Test
    void aSnippetWithMoreThanImportsIsKeptAsItIs() {
        List<String> snippets = Startup.snippets(List.of("import a.B; int y = 2;"));

        assertEquals(List.of("import a.B; int y = 2;"), snippets.subList(1, 2));
    }
}
