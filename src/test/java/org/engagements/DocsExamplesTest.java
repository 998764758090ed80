package org.engagements;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The rules {@link DocsExamplesIT} reads the docs by, on small Markdown texts. */
class DocsExamplesTest {
    @Test
    void shAndJavaBlocksRunAndTheTextBlockRightAfterOneIsItsOutput() {
        DocsExamples examples = DocsExamples.parse("x.md", """
                Intro.

                ```sh
                ./engagements validate
                ```

                ```text
                data: OK
                ```

                ```
                shown only
                ```

                ```java
                var data = Engagements.load();
                ```
                """);

        assertEquals(2, examples.blocks().size());
        DocsExamples.Block sh = examples.blocks().get(0);
        assertEquals("sh", sh.language());
        assertEquals(3, sh.line());
        assertEquals(Optional.of("data: OK\n"), sh.expectedOutput());
        assertTrue(sh.runs());
        assertEquals(Optional.empty(), examples.blocks().get(1).expectedOutput());
        assertFalse(examples.blocks().get(1).isNotebook());
    }

    @Test
    void markersJustBeforeABlockSkipItWithAReasonOrExpectAnExitStatus() {
        DocsExamples examples = DocsExamples.parse("x.md", """
                <!-- not run: needs a person at the keyboard -->
                ```sh
                ./engagements shell
                ```
                <!-- exit 1 -->
                ```sh
                ./engagements validate --data nowhere
                ```
                """);

        assertEquals(Optional.of("needs a person at the keyboard"), examples.blocks().get(0).notRunBecause());
        assertEquals(1, examples.blocks().get(1).expectedExit());
    }

    @Test
    void anUnknownMarkerAnOrphanOutputAndAnUnclosedFenceNameTheirLine() {
        assertEquals("x.md:2: <!-- skip -->: expected <!-- not run: REASON --> or <!-- exit N -->",
                assertThrows(IllegalArgumentException.class,
                        () -> DocsExamples.parse("x.md", "\n<!-- skip -->\n```sh\nls\n```\n")).getMessage());
        assertEquals("x.md:3: a ```text block must follow an sh or java block (only blank lines between), whose "
                + "output it shows", assertThrows(IllegalArgumentException.class,
                        () -> DocsExamples.parse("x.md", "Text.\n\n```text\nout\n```\n")).getMessage());
        assertEquals("x.md:1: a fenced block that is never closed", assertThrows(IllegalArgumentException.class,
                () -> DocsExamples.parse("x.md", "```sh\nls\n")).getMessage());
    }

    @Test
    void aJavaBlockWithCellMarkersIsANotebookOfItsOwn() {
        DocsExamples examples = DocsExamples.parse("x.md", "```java\n// %% Cell\n1 + 1\n```\n");

        assertTrue(examples.blocks().get(0).isNotebook());
    }

    @Test
    void shownOutputMasksDurationsAndTheScratchPathsAndLetsEllipsisStandForLines() {
        Path repository = Path.of("/tmp/junit-1/repo");
        List<String> actual = ShownOutput.mask("""
                a  cell 2/15  "Data"  ok  0.83 s
                b  cell 3/15  "More"  ok  12 ms
                5 notebooks, 43 cells, 0 failed, 13.4 s
                wrote /tmp/junit-1/repo/home/my-data/x.csv and /tmp/junit-1/repo/data/y.csv
                """, repository);
        List<String> shown = ShownOutput.mask("""
                a  cell 2/15  "Data"  ok  1.2 s
                ...
                5 notebooks, 43 cells, 0 failed, 6.0 s
                wrote ~/my-data/x.csv and data/y.csv
                """, repository);

        assertEquals("wrote ~/my-data/x.csv and data/y.csv", actual.get(3));
        assertTrue(ShownOutput.matches(shown, actual));
        assertFalse(ShownOutput.matches(shown.subList(0, 3), actual), "without ..., the last line must be last");
        assertFalse(ShownOutput.matches(List.of("...", "not there", "..."), actual));
        assertTrue(ShownOutput.matches(List.of("...", "b  cell 3/15  \"More\"  ok  <duration>", "..."), actual));
    }
}
