package org.engagements.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
        List<String> all = new ArrayList<>(List.of("run", "--charts", folder.resolve("charts").toString()));
        all.addAll(List.of(arguments));
        int status = Main.execute(all.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
        return new Outcome(status, mask(out.toString()), err.toString());
    }

    /** Durations vary: {@code 0.41 s} becomes {@code #.## s}, {@code 4.2 s} becomes {@code #.# s}. */
    private static String mask(String text) {
        return text.replaceAll("(?m)  \\d+\\.\\d\\d s$", "  #.## s").replaceAll("(?m), \\d+\\.\\d s$", ", #.# s");
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
                1 notebook, 2 cells, 1 failed, #.# s
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
                """).replace("FILE", file.toString()), outcome.out());
        assertEquals(1, outcome.status());
    }

    @Test
    void aMissingNotebookIsAnError() {
        Outcome outcome = run(folder.resolve("missing.jsh").toString());

        assertEquals(1, outcome.status());
        assertEquals("error: " + folder.resolve("missing.jsh") + ": no such notebook or folder\n", outcome.err());
    }
}
