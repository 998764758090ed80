package org.engagements.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.engagements.ExternalTool;

/**
 * {@code engagements notebook}: every repository notebook goes to {@code .ipynb} and back unchanged, and a
 * notebook edited in Jupyter (here by nbformat, as Jupyter saves it: a cell added, a markdown cell changed)
 * syncs back into a {@code .jsh} that {@code run} executes. Needs {@code /usr/bin/python3} with nbformat.
 */
class NotebookCommandTest {
    private static final Path HOME = Path.of(System.getProperty("basedir"));
    /** What an analyst does in Jupyter: a code cell after the first one, a line added to the first markdown cell. */
    private static final String EDIT = """
            import nbformat, sys
            for f in sys.argv[1:]:
                nb = nbformat.read(f, as_version=4)
                first_code = next(i for i, c in enumerate(nb.cells) if c.cell_type == "code")
                nb.cells.insert(first_code + 1, nbformat.v4.new_code_cell(
                    'System.out.println("added in Jupyter");', metadata={"tags": ["jupyter"]}))
                markdown = next(c for c in nb.cells if c.cell_type == "markdown")
                markdown.source += "\\n\\nEdited in Jupyter."
                nbformat.write(nb, f)
            """;

    @TempDir
    Path folder;

    private static List<Path> repositoryNotebooks() throws IOException {
        try (Stream<Path> files = Files.list(HOME.resolve("notebooks"))) {
            return files.filter(file -> file.toString().endsWith(".jsh")).sorted().toList();
        }
    }

    @Test
    void everyRepositoryNotebookGoesToIpynbAndBackUnchanged() throws IOException {
        for (Path notebook : repositoryNotebooks()) {
            Path ipynb = folder.resolve(Cli.class.getSimpleName() + "-" + notebook.getFileName() + ".ipynb");
            Path back = folder.resolve(notebook.getFileName());

            Cli.Run toIpynb = Cli.run("notebook", "to-ipynb", notebook.toString(), "--out", ipynb.toString());
            Cli.Run toJsh = Cli.run("notebook", "to-jsh", ipynb.toString(), "--out", back.toString());

            assertEquals(0, toIpynb.exitCode(), toIpynb.err());
            assertEquals(0, toJsh.exitCode(), toJsh.err());
            assertEquals(Files.readString(notebook), Files.readString(back), notebook.toString());
        }
    }

    @Test
    void notebooksEditedInJupyterSyncBackAndRun() throws IOException, InterruptedException {
        ExternalTool.require("nbformat");
        Path notebooks = Files.createDirectories(folder.resolve("notebooks"));
        List<String> ipynbFiles = new ArrayList<>();
        for (Path notebook : repositoryNotebooks()) {
            Path copy = Files.copy(notebook, notebooks.resolve(notebook.getFileName()));
            String ipynb = notebooks.resolve(copy.getFileName().toString().replace(".jsh", ".ipynb")).toString();
            Cli.Run created = Cli.run("notebook", "sync", copy.toString());
            assertEquals(0, created.exitCode(), created.err());
            assertTrue(created.out().startsWith(ipynb + ": created from " + copy + ": "), created.out());
            ipynbFiles.add(ipynb);
        }
        python(EDIT, ipynbFiles);

        for (String ipynb : ipynbFiles) {
            Cli.Run synced = Cli.run("notebook", "sync", ipynb);
            assertEquals(0, synced.exitCode(), synced.err());
            assertTrue(synced.out().contains(".jsh: updated from " + ipynb), synced.out());
        }

        python("import nbformat, sys\nfor f in sys.argv[1:]: nbformat.validate(nbformat.read(f, as_version=4))",
                ipynbFiles);
        for (Path notebook : repositoryNotebooks()) {
            String synced = Files.readString(notebooks.resolve(notebook.getFileName()), StandardCharsets.UTF_8);
            assertTrue(synced.contains("\n// %% tags=[\"jupyter\"]\nSystem.out.println(\"added in Jupyter\");\n"), synced);
            assertTrue(synced.contains("\n//\n// Edited in Jupyter.\n"), synced);
            assertEquals(Files.readString(notebook), synced.replace("\n//\n// Edited in Jupyter.", "")
                    .replace("// %% tags=[\"jupyter\"]\nSystem.out.println(\"added in Jupyter\");\n\n", ""),
                    "nothing else changed in " + notebook.getFileName());
        }
        Cli.Run run = Cli.run("run", notebooks.toString(), "--out", folder.resolve("out").toString(),
                "--charts", folder.resolve("charts").toString());
        assertEquals(0, run.exitCode(), run.out() + run.err());
        assertTrue(run.out().contains(repositoryNotebooks().size() + " notebooks"), run.out());
    }

    @Test
    void aConflictIsRefusedWithTheWayOut() throws IOException {
        Path jsh = Files.writeString(folder.resolve("a.jsh"), "// %%\n1\n");
        Cli.run("notebook", "sync", jsh.toString());
        Path ipynb = folder.resolve("a.ipynb");
        Files.writeString(ipynb, Files.readString(ipynb).replace("\"1\"", "\"2\""));
        Files.writeString(jsh, "// %%\n3\n");

        Cli.Run conflict = Cli.run("notebook", "sync", ipynb.toString());
        Cli.Run resolved = Cli.run("notebook", "sync", ipynb.toString(), "--from", "jsh");

        assertEquals(1, conflict.exitCode());
        assertTrue(conflict.err().startsWith("error: " + jsh + " and " + ipynb + " have both changed"), conflict.err());
        assertTrue(conflict.err().contains("--from ipynb"), conflict.err());
        assertEquals(0, resolved.exitCode(), resolved.err());
        assertEquals(ipynb + ": updated from " + jsh + ": 1 cell, 0 unchanged code cells kept their outputs\n",
                resolved.out());
    }

    private void python(String script, List<String> arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(ExternalTool.PYTHON, "-c", script));
        command.addAll(arguments);
        Path log = folder.resolve("python.txt");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertTrue(process.waitFor(2, TimeUnit.MINUTES), "python timed out");
        assertEquals(0, process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }
}
