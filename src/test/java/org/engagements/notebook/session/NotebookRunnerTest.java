package org.engagements.notebook.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.engagements.notebook.Cell;
import org.engagements.notebook.CellOutput;
import org.engagements.notebook.CellResult;
import org.engagements.notebook.CellStatus;
import org.engagements.notebook.Notebook;
import org.engagements.notebook.NotebookParser;
import org.engagements.notebook.NotebookRun;
import org.junit.jupiter.api.Test;

class NotebookRunnerTest {
    private static final String FAILS_IN_THE_MIDDLE = """
            // %% First
            int a = 1;
            // %% [markdown]
            // Not run.
            // %% Second
            throw new RuntimeException("second");
            // %% Third
            a + 2
            """;

    private static Notebook notebook(String name, String text) {
        return NotebookParser.parse(Path.of(name), text);
    }

    private static List<CellStatus> statuses(NotebookRun run) {
        return run.results().stream().map(CellResult::status).toList();
    }

    @Test
    void aSessionStartedAheadRunsTheFirstNotebookAndOneForAnotherIsClosedUnused() {
        // The session started ahead has a startup of its own, so a cell sees whether it ran in it.
        SessionOptions ahead = SessionOptions.defaults().withStartup(List.of("int ahead = 1;"));
        Notebook first = notebook("first.jsh", "// %%\nahead + 1\n");
        Notebook second = notebook("second.jsh", "// %%\nahead + 1\n");
        for (int jobs : List.of(1, 2)) {
            NotebookRunner runner = new NotebookRunner(RunOptions.defaults().withJobs(jobs), new RunListener() { });

            List<NotebookRun> runs = runner.runAll(List.of(first, second),
                    Optional.of(StartingSession.start(ahead, "first.jsh")));

            assertEquals(List.of(CellStatus.OK), statuses(runs.get(0)), "jobs " + jobs);
            assertEquals(List.of(CellStatus.ERROR), statuses(runs.get(1)), "jobs " + jobs + ": a session of its own");

            StartingSession other = StartingSession.start(ahead, "gone.jsh");
            List<NotebookRun> without = runner.runAll(List.of(first), Optional.of(other));

            assertEquals(List.of(CellStatus.ERROR), statuses(without.get(0)), "jobs " + jobs);
            assertTrue(other.hasEnded(), "the session started for a notebook that did not run is closed");
        }
    }

    @Test
    void aRunStopsAtTheFirstFailingCell() {
        NotebookRun run = new NotebookRunner(RunOptions.defaults(), new RunListener() { })
                .run(notebook("stops.jsh", FAILS_IN_THE_MIDDLE));

        assertEquals(List.of(CellStatus.OK, CellStatus.ERROR), statuses(run));
        assertFalse(run.passed());
        assertEquals(1, run.failedCells());
    }

    @Test
    void continueOnErrorRunsTheRestButStillFails() {
        NotebookRun run = new NotebookRunner(RunOptions.defaults().withContinueOnError(true), new RunListener() { })
                .run(notebook("goes-on.jsh", FAILS_IN_THE_MIDDLE));

        assertEquals(List.of(CellStatus.OK, CellStatus.ERROR, CellStatus.OK), statuses(run));
        assertFalse(run.passed());
    }

    @Test
    void aCellTaggedRaisesExceptionMayFail() {
        NotebookRun run = new NotebookRunner(RunOptions.defaults(), new RunListener() { })
                .run(notebook("raises.jsh", FAILS_IN_THE_MIDDLE.replace("// %% Second",
                        "// %% Second tags=[\"raises-exception\"]")));

        assertEquals(List.of(CellStatus.OK, CellStatus.ERROR, CellStatus.OK), statuses(run));
        assertTrue(run.results().get(1).failureExpected());
        assertTrue(run.passed());
    }

    @Test
    void aNotebookCallingSystemExitStopsButTheNextNotebookRuns() {
        Notebook exits = notebook("exits.jsh", "// %%\nSystem.exit(3);\n// %%\n1\n");
        Notebook fine = notebook("fine.jsh", "// %%\n1 + 1\n");

        List<NotebookRun> runs = new NotebookRunner(RunOptions.defaults().withContinueOnError(true),
                new RunListener() { }).runAll(List.of(exits, fine));

        assertEquals(List.of(CellStatus.EXITED), statuses(runs.get(0)));
        assertEquals("exits.jsh, cell 1, line 1: the notebook's JVM exited with status 3 (System.exit or "
                + "Runtime.halt); the notebook "
                + "cannot go on without its state",
                runs.get(0).results().get(0).findError().orElseThrow().message());
        assertTrue(runs.get(1).passed());
    }

    @Test
    void listenersHearEveryStepInOrder() {
        List<String> events = new ArrayList<>();
        RunListener recorder = new RunListener() {
            @Override
            public void notebookStarted(Notebook notebook) {
                events.add("start " + notebook.name());
            }

            @Override
            public void cellStarted(Notebook notebook, Cell cell) {
                events.add("cell " + cell.number());
            }

            @Override
            public void cellOutput(Notebook notebook, Cell cell, CellOutput output) {
                events.add("output " + output.getClass().getSimpleName());
            }

            @Override
            public void cellFinished(Notebook notebook, CellResult result) {
                events.add("done " + result.cell().number() + " " + result.status().label());
            }

            @Override
            public void notebookFinished(NotebookRun run) {
                events.add("end " + run.passed());
            }
        };
        new NotebookRunner(RunOptions.defaults(), RunListener.all(List.of(recorder)))
                .run(notebook("events.jsh", "// %%\nSystem.out.println(\"hi\");\n// %%\n2\n"));

        assertEquals(List.of("start events", "cell 1", "output Stream", "done 1 ok", "cell 2",
                "output ExecuteResult", "done 2 ok", "end true"), events);
    }

    @Test
    void notebooksRunAtOnceAreHeardWholeAndInTheirOrder() {
        List<String> events = new ArrayList<>();
        Set<String> threads = ConcurrentHashMap.newKeySet();
        RunListener recorder = new RunListener() {
            @Override
            public void notebookStarted(Notebook notebook) {
                events.add("start " + notebook.name());
                threads.add(Thread.currentThread().getName());
            }

            @Override
            public void cellFinished(Notebook notebook, CellResult result) {
                events.add(notebook.name() + " " + result.cell().number() + " " + result.status().label());
                threads.add(Thread.currentThread().getName());
            }

            @Override
            public void notebookFinished(NotebookRun run) {
                events.add("end " + run.notebook().name() + " " + run.passed());
            }
        };
        // the first notebook is the slowest, so the others finish first and wait for their turn
        Notebook slow = notebook("slow.jsh", "// %%\nThread.sleep(1500);\n// %%\n1\n");
        Notebook failing = notebook("failing.jsh", FAILS_IN_THE_MIDDLE);
        Notebook quick = notebook("quick.jsh", "// %%\n2\n");

        List<NotebookRun> runs = new NotebookRunner(RunOptions.defaults().withJobs(3), recorder)
                .runAll(List.of(slow, failing, quick));

        assertEquals(List.of("slow", "failing", "quick"), runs.stream().map(run -> run.notebook().name()).toList());
        assertEquals(List.of("start slow", "slow 1 ok", "slow 2 ok", "end slow true",
                "start failing", "failing 1 ok", "failing 3 error", "end failing false",
                "start quick", "quick 1 ok", "end quick true"), events);
        assertEquals(Set.of(Thread.currentThread().getName()), threads, "listeners are called on one thread");
    }

    @Test
    void notebooksRunAtOnceTakeAboutAsLongAsTheLongest() {
        List<Notebook> sleepers = List.of(
                notebook("a.jsh", "// %%\nThread.sleep(4000);\n"),
                notebook("b.jsh", "// %%\nThread.sleep(4000);\n"));
        NotebookRunner runner = new NotebookRunner(RunOptions.defaults().withJobs(2), new RunListener() { });

        List<NotebookRun> runs = runner.runAll(sleepers);

        // Each sleeps 4 s; had they run in turn, the second would have started after the first ended.
        Instant firstEnded = runs.get(0).started().plus(runs.get(0).duration());
        assertTrue(runs.get(1).started().isBefore(firstEnded), "the second started while the first ran");
    }

    @Test
    void jobsBelowOneAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> RunOptions.defaults().withJobs(0));
    }
}
