package org.engagements.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code run} on notebooks whose cells harm their session: reported, and the run goes on. */
class RunFaultsTest {
    @TempDir
    Path folder;

    private Cli.Run run(Path notebooks) {
        return Cli.run("run", "--continue-on-error", "--charts", folder.resolve("charts").toString(),
                "--out", folder.resolve("out").toString(), notebooks.toString());
    }

    private Path notebook(String name, String text) throws IOException {
        Path file = folder.resolve("notebooks").resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }

    @Test
    void aCellThatHaltsItsJvmIsReportedTheRestOfItsNotebookIsNotRunAndTheNextNotebookRuns() throws IOException {
        Path halts = notebook("1-halts.jsh", "// %%\nint a = 1;\n// %% Halt\nSystem.out.println(\"bye\");\n"
                + "Runtime.getRuntime().halt(0);\n// %%\na\n");
        notebook("2-after.jsh", "// %%\n1 + 1\n");

        Cli.Run outcome = run(folder.resolve("notebooks"));

        assertEquals(("""
                1-halts  cell 1/3  ok  #.## s
                1-halts  cell 2/3  "Halt"  exited  #.## s
                  FILE, cell 2, line 2: the notebook's JVM exited with status 0 (System.exit or Runtime.halt); \
                the notebook cannot go on without its state
                1-halts  not run: cell 3, after cell 2 stopped the notebook
                2-after  cell 1/1  ok  #.## s
                2 notebooks, 3 cells, 1 failed, #.# s
                executed notebooks and pages in OUT
                """).replace("FILE", halts.toString()).replace("OUT", folder.resolve("out").toString()),
                Cli.maskDurations(outcome.out()));
        assertEquals(1, outcome.exitCode());
        String ipynb = Files.readString(folder.resolve("out/1-halts.ipynb"));
        assertTrue(ipynb.contains("the cells after it did not run"), ipynb);
        assertTrue(ipynb.contains("\"status\": \"not run\""), ipynb);
    }

    /**
     * {@code --timeout} stops each endless kind of cell and the notebook goes on with its state, on the
     * JDK running the tests (CI runs them on 17 and on 25, where {@code Thread.stop} is gone).
     */
    @Test
    @Tag("slow")
    void cellsOverTheirTimeLimitAreStoppedAndTheNotebookKeepsItsState() throws IOException {
        Path notebook = notebook("stops.jsh", """
                // %%
                int keep = 7;
                // %% Loop
                long n = 0;
                while (true) { n++; }
                // %% Sleep
                Thread.sleep(60_000);
                // %% Blocking I/O
                var pipe = java.nio.channels.Pipe.open();
                pipe.source().read(java.nio.ByteBuffer.allocate(1));
                // %% Swallows every Throwable
                while (true) {
                    try { Thread.sleep(5); } catch (Throwable ignored) { }
                }
                // %%
                System.out.println("keep " + keep);
                """);

        Cli.Run outcome = Cli.run("run", "--continue-on-error", "--timeout", "1", "--charts",
                folder.resolve("charts").toString(), "--out", folder.resolve("out").toString(), notebook.toString());

        String out = Cli.maskDurations(outcome.out());
        for (int cell = 2; cell <= 5; cell++) {
            assertTrue(out.matches("(?s).*\\Q" + notebook + "\\E, cell " + cell
                    + ", line \\d: timed out after 1 s; the cell was stopped\n.*"), out);
        }
        assertTrue(out.contains("stops  cell 6/6  ok"), out);
        assertTrue(out.contains("6 cells, 4 failed"), out);
        assertTrue(Files.readString(folder.resolve("out/stops.ipynb")).contains("keep 7"));
        assertTrue(!out.contains("org.engagements") && !outcome.err().contains("org.engagements"),
                out + outcome.err());
        java.util.regex.Matcher times = java.util.regex.Pattern.compile("timed out  (\\d+\\.\\d+) s")
                .matcher(outcome.out());
        int stopped = 0;
        while (times.find()) {
            assertTrue(Double.parseDouble(times.group(1)) < 2.0, "a cell took " + times.group(1) + " s to stop: " + out);
            stopped++;
        }
        assertEquals(4, stopped, out);
    }

    @Test
    void aStringLiteralPastTheClassFileLimitIsACompileErrorAndTheRunGoesOnToTheNextNotebook() throws IOException {
        Path literal = notebook("1-literal.jsh", "// %%\nint a = 1;\n// %% Long\nSystem.out.println(\""
                + "x".repeat(70_000) + "\".length());\n// %%\na + 1\n");
        notebook("2-after.jsh", "// %%\n1 + 1\n");

        Cli.Run outcome = run(folder.resolve("notebooks"));

        assertEquals(("""
                1-literal  cell 1/3  ok  #.## s
                1-literal  cell 2/3  "Long"  error  #.## s
                  FILE, cell 2, line 1: constant string too long
                      QUOTE…
                                         ^
                1-literal  cell 3/3  ok  #.## s
                2-after    cell 1/1  ok  #.## s
                2 notebooks, 4 cells, 1 failed, #.# s
                executed notebooks and pages in OUT
                """).replace("FILE", literal.toString()).replace("OUT", folder.resolve("out").toString())
                        .replace("QUOTE", "System.out.println(\"" + "x".repeat(100)),
                Cli.maskDurations(outcome.out()));
        assertEquals(1, outcome.exitCode());
        for (String written : new String[] {"1-literal.ipynb", "1-literal.html", "2-after.html", "index.html"}) {
            assertTrue(Files.exists(folder.resolve("out").resolve(written)), written);
        }
        assertTrue(Files.readString(folder.resolve("out/1-literal.ipynb")).contains("\"2\""));
    }

    @Test
    void aHugeResultLeavesSmallOutputs() throws IOException {
        notebook("result.jsh", "// %%\n\"z\".repeat(5_000_000)\n");

        Cli.Run outcome = run(folder.resolve("notebooks"));

        assertEquals(0, outcome.exitCode(), outcome::out);
        for (String written : new String[] {"result.ipynb", "result.html"}) {
            Path file = folder.resolve("out").resolve(written);
            assertTrue(Files.size(file) < 1_500_000, written + " has " + Files.size(file) + " bytes");
            assertTrue(Files.readString(file).contains(" more characters of this value are not shown "
                    + "(5,000,000 in all)"), written);
        }
    }

    @Test
    @Tag("slow")
    void fiftyMegabytesPrintedByOneCellLeaveSmallOutputs() throws IOException, URISyntaxException {
        Path source = Path.of(RunFaultsTest.class.getResource("/notebooks/faults/output.jsh").toURI());
        Path notebook = Files.copy(source, Files.createDirectories(folder.resolve("notebooks")).resolve("output.jsh"));

        Cli.Run outcome = run(notebook);

        assertEquals(0, outcome.exitCode(), outcome::out);
        assertTrue(outcome.out().length() < 1000, outcome::out);
        for (String written : new String[] {"output.ipynb", "output.html"}) {
            Path file = folder.resolve("out").resolve(written);
            assertTrue(Files.size(file) < 3_000_000, written + " has " + Files.size(file) + " bytes");
            assertTrue(Files.readString(file).contains("output truncated after 1,000,000 characters"), written);
        }
    }
}
