package org.engagements.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunCommandTest {
    @TempDir
    Path folder;

    private record Outcome(int status, String out, String err) {
    }

    private Outcome run(String... arguments) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> all = new ArrayList<>(List.of("run", "--charts", folder.resolve("charts").toString(),
                "--out", folder.resolve("out").toString()));
        all.addAll(List.of(arguments));
        int status = Main.execute(all.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
        return new Outcome(status, Cli.maskDurations(out.toString()).replace(folder.resolve("out").toString(), "OUT"),
                err.toString());
    }

    private Path notebook(String name, String text) throws IOException {
        Path file = folder.resolve("notebooks").resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }

    @Test
    void aFolderRunsInNameOrderWithALinePerCellAndASummary() throws IOException {
        notebook("02-second.jsh", "// %% Sum\n1 + 1\n");
        notebook("01-first.jsh", "// %% [markdown]\n// Text\n// %% Monthly counts\nint a = 1;\n// %%\na\n");
        notebook("notes.txt", "not a notebook");

        Outcome outcome = run(folder.resolve("notebooks").toString());

        assertEquals("""
                01-first   cell 2/3  "Monthly counts"  ok  #.## s
                01-first   cell 3/3  ok  #.## s
                02-second  cell 1/1  "Sum"  ok  #.## s
                2 notebooks, 3 cells, 0 failed, #.# s
                executed notebooks and pages in OUT
                """, outcome.out());
        assertEquals(0, outcome.status());
    }

    @Test
    void aFailingCellIsReportedAndFailsTheRun() throws IOException {
        Path file = notebook("broken.jsh", "// %%\nint a = 1;\n// %% Typo\nvar t = venuse.count();\n// %%\na\n");

        Outcome outcome = run(file.toString());

        assertEquals(("""
                broken  cell 1/3  ok  #.## s
                broken  cell 2/3  "Typo"  error  #.## s
                  FILE, cell 2, line 1: cannot find symbol: variable venuse
                      var t = venuse.count();
                              ^
                broken  not run: cell 3, after cell 2 stopped the notebook
                1 notebook, 2 cells, 1 failed, #.# s
                executed notebooks and pages in OUT
                """).replace("FILE", file.toString()), outcome.out());
        assertEquals(1, outcome.status());
    }

    @Test
    void continueOnErrorRunsTheRemainingCells() throws IOException {
        Path file = notebook("goes-on.jsh", "// %%\nthrow new IllegalStateException(\"boom\");\n// %%\n2\n");

        Outcome outcome = run("--continue-on-error", file.toString());

        assertEquals(("""
                goes-on  cell 1/2  error  #.## s
                  FILE, cell 1, line 1: java.lang.IllegalStateException: boom
                      at cell 1, line 1: throw new IllegalStateException("boom");
                goes-on  cell 2/2  ok  #.## s
                1 notebook, 2 cells, 1 failed, #.# s
                executed notebooks and pages in OUT
                """).replace("FILE", file.toString()), outcome.out());
        assertEquals(1, outcome.status());
    }

    @Test
    void theTimeLimitIsAnOption() throws IOException {
        Path file = notebook("loops.jsh", "// %% Forever\nwhile (true) {}\n");

        Outcome outcome = run("--timeout", "1.5", file.toString());

        assertEquals(("""
                loops  cell 1/1  "Forever"  timed out  #.## s
                  FILE, cell 1, line 1: timed out after 1.5 s; the cell was stopped
                1 notebook, 1 cell, 1 failed, #.# s
                executed notebooks and pages in OUT
                """).replace("FILE", file.toString()), outcome.out());
        assertEquals(1, outcome.status());
    }

    @Test
    void aMissingNotebookIsAnError() {
        Outcome outcome = run(folder.resolve("missing.jsh").toString());

        assertEquals(1, outcome.status());
        assertEquals("error: " + folder.resolve("missing.jsh") + ": no such notebook or folder\n", outcome.err());
    }

    @Test
    void eachNotebookIsSavedAsAnExecutedNotebookAndAPageWithAnIndexForSeveral() throws IOException {
        notebook("a.jsh", "// %%\nSystem.out.println(\"<b>a</b>\");\n");
        notebook("b.jsh", "// %%\n1 + 1\n");

        Outcome outcome = run(folder.resolve("notebooks").toString());

        assertEquals(0, outcome.status());
        Path out = folder.resolve("out");
        assertEquals(List.of(".run-inputs", "a.html", "a.ipynb", "b.html", "b.ipynb", "index.html"), list(out));
        assertTrue(Files.readString(out.resolve("a.ipynb")).contains("\"<b>a</b>\\n\""));
        assertTrue(Files.readString(out.resolve("a.html")).contains("&lt;b&gt;a&lt;/b&gt;"));
        assertTrue(Files.readString(out.resolve("a.html")).contains("<a href=\"index.html\">"));
    }

    @Test
    void parametersAreInjectedTypedAsTheNotebookDeclaresThem() throws IOException {
        Path file = notebook("params.jsh", """
                // %% tags=["parameters"]
                LocalDate from = LocalDate.of(2018, 1, 1);
                int top = 10;
                // %% Show
                System.out.println(from.plusDays(1) + " " + (top + 1));
                """);

        Outcome outcome = run(file.toString(), "-p", "from=2021-01-31", "--parameter", "top=41", "-p", "extra=x");

        assertEquals("""
                params  cell 1/2  ok  #.## s
                params  parameters  ok  #.## s
                params  cell 2/2  "Show"  ok  #.## s
                1 notebook, 3 cells, 0 failed, #.# s
                executed notebooks and pages in OUT
                """, outcome.out());
        assertEquals("warning: " + file + ": parameter extra is not declared in the parameters cell (cell 1); "
                + "injecting it anyway\n", outcome.err());
        String ipynb = Files.readString(folder.resolve("out/params.ipynb"));
        assertTrue(ipynb.contains("\"2021-02-01 42\\n\""), ipynb);
        assertTrue(ipynb.contains("\"LocalDate from = LocalDate.parse(\\\"2021-01-31\\\");\\n\""), ipynb);
    }

    @Test
    void aBadParameterValueStopsBeforeAnythingRuns() throws IOException {
        Path file = notebook("params.jsh", "// %% tags=[\"parameters\"]\nint top = 10;\n// %%\ntop\n");

        Outcome outcome = run(file.toString(), "-p", "top=ten");

        assertEquals(1, outcome.status());
        assertEquals("", outcome.out());
        assertEquals("error: " + file + ", cell 1, line 1: parameter top: \"ten\" is not an int (a whole number "
                + "from -2147483648 to 2147483647), as declared by: int top = 10;\n", outcome.err());
        assertFalse(Files.exists(folder.resolve("out")));
    }

    @Test
    void anOutOrChartsFolderThatIsAFileIsRefusedBeforeAnyNotebookRuns() throws IOException {
        Path file = notebook("a.jsh", "// %%\n1\n");
        Files.writeString(folder.resolve("out"), "a file of mine");
        Files.writeString(folder.resolve("charts"), "another");

        Outcome outcome = run(file.toString());

        assertEquals(1, outcome.status());
        assertEquals("", outcome.out());
        assertEquals("error: " + folder.resolve("out") + ": is a file; --out must name a folder\n"
                + folder.resolve("charts") + ": is a file; --charts must name a folder\n", outcome.err());
        assertEquals("a file of mine", Files.readString(folder.resolve("out")));
    }

    @Test
    void aNotebookWhosePageWouldBeTheIndexIsRefusedWhenTheRunWritesAnIndex() throws IOException {
        notebook("a.jsh", "// %%\n1\n");
        Path index = notebook("index.jsh", "// %%\n2\n");

        Outcome outcome = run(folder.resolve("notebooks").toString());

        assertEquals(1, outcome.status());
        assertEquals("", outcome.out());
        assertEquals("error: " + index + ": its page would be index.html, which is the index page (index.html) on "
                + "this or another file system; rename the notebook\n", outcome.err());
        assertFalse(Files.exists(folder.resolve("out")));
    }

    @Test
    void aSingleNotebookNamedIndexHasItsPageAsNoIndexIsWritten() throws IOException {
        Path index = notebook("index.jsh", "// %%\n2\n");

        Outcome outcome = run(index.toString());

        assertEquals(0, outcome.status(), outcome.out() + outcome.err());
        assertEquals(List.of(".run-inputs", "index.html", "index.ipynb"), list(folder.resolve("out")));
        assertTrue(Files.readString(folder.resolve("out/index.html")).contains("index"));
    }

    private static List<String> list(Path folder) throws IOException {
        try (var files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        }
    }
}
