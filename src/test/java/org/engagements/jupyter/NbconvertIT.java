package org.engagements.jupyter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.stream.Stream;
import org.engagements.core.Locations;
import org.engagements.data.ShippedData;
import org.engagements.notebook.CellMetadata;
import org.engagements.notebook.NotebookParser;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.engagements.ExternalTool;

/**
 * Jupyter runs our notebooks: every {@code .jsh} of the repository's {@code notebooks/} and of the test
 * notebooks ({@code src/test/resources/notebooks}) becomes an unexecuted {@code .ipynb} ({@link IpynbDraft})
 * that {@code jupyter nbconvert --to notebook --execute} runs with the engagements-java kernel. The kernelspec
 * is installed as {@code ./engagements kernel install} writes it (through the launcher, so cells run in the
 * repository root and find {@code data/}), into a temporary prefix. Each notebook passes when nbconvert exits
 * 0, every code cell ran, and no cell has an error output except those tagged {@code raises-exception}.
 * Failsafe runs it in {@code mvn verify}; the nbconvert output is kept in {@code target/nbconvert/}.
 */
@Tag("python")
class NbconvertIT {
    private static final String KERNEL = KernelSpec.DEFAULT_NAME;
    private static final Duration INSTALL_LIMIT = Duration.ofMinutes(1);
    private static final Duration NOTEBOOK_LIMIT = Duration.ofMinutes(10);
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Path property(String name) {
        String value = System.getProperty(name);
        assertTrue(value != null, name + " is not set; failsafe sets it in pom.xml");
        return Path.of(value);
    }

    @Test
    void jupyterExecutesEveryNotebook(@TempDir Path work) throws IOException, InterruptedException {
        ExternalTool.require("/usr/bin/jupyter", "/usr/bin/jupyter-nbconvert", "nbformat");
        Path home = property("basedir");
        Path logs = Files.createDirectories(property("engagements.nbconvert.out"));
        Path prefix = work.resolve("prefix");
        installKernelspec(home, prefix);
        List<Path> notebooks = notebooks(home);
        assertTrue(notebooks.size() >= 9, "expected the test notebooks, found " + notebooks);

        Path drafts = Files.createDirectories(work.resolve("drafts"));
        Path charts = work.resolve("charts");
        SortedMap<String, String> committed = ShippedData.checksums(home.resolve("charts"));
        List<String> failures = new ArrayList<>();
        for (Path source : notebooks) {
            String name = home.relativize(source).toString().replace(".jsh", "").replaceAll("[/\\\\]", "--");
            Path draft = IpynbDraft.write(NotebookParser.read(source), drafts, name, KERNEL);
            failures.addAll(execute(draft, prefix, logs, name, charts));
        }
        assertEquals(List.of(), failures, "notebooks that Jupyter could not run; logs in " + logs);
        assertTrue(Files.exists(charts.resolve("timeline.png")), "the kernel's charts go where the environment says");
        assertEquals(committed, ShippedData.checksums(home.resolve("charts")), "the committed charts are untouched");
    }

    /** Installs as the launcher does: with the repository as engagements.home, so the kernelspec runs it. */
    private static void installKernelspec(Path home, Path prefix) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path log = Files.createDirectories(prefix).resolve("install.txt");
        int status = ExternalCommand.run(List.of(java.toString(), "-Dengagements.home=" + home, "-jar",
                property("engagements.jar").toString(), "kernel", "install", "--prefix", prefix.toString()),
                home, Map.of(), log, INSTALL_LIMIT);
        assertEquals(0, status, Files.readString(log, StandardCharsets.UTF_8));
        JsonNode spec = JSON.readTree(prefix.resolve("share/jupyter/kernels/" + KERNEL + "/kernel.json").toFile());
        assertEquals(home.resolve("engagements").toString(), spec.get("argv").get(0).asText());
    }

    /**
     * The repository's notebooks and the test notebooks, except {@code report/} and {@code faults/}: those
     * are fixtures that fail on purpose (a hostile notebook, a run that stops, a cell that loops forever
     * or halts its JVM).
     */
    private static List<Path> notebooks(Path home) throws IOException {
        Path reportFixtures = home.resolve("src/test/resources/notebooks/report");
        Path faultFixtures = home.resolve("src/test/resources/notebooks/faults");
        List<Path> found = new ArrayList<>();
        for (Path folder : List.of(home.resolve("notebooks"), home.resolve("src/test/resources/notebooks"))) {
            if (Files.isDirectory(folder)) {
                try (Stream<Path> files = Files.walk(folder)) {
                    files.filter(file -> file.toString().endsWith(".jsh") && !file.startsWith(reportFixtures)
                            && !file.startsWith(faultFixtures)).sorted().forEach(found::add);
                }
            }
        }
        return found;
    }

    /**
     * Runs nbconvert on {@code draft}, the kernel's charts going to {@code charts} (through the environment
     * Jupyter passes on to the kernel): never into the repository's committed charts, which another JDK
     * would draw with other fonts. What went wrong, if anything, one line each.
     */
    private static List<String> execute(Path draft, Path prefix, Path logs, String name, Path charts)
            throws IOException, InterruptedException {
        Path log = logs.resolve(name + ".txt");
        int status = ExternalCommand.run(List.of("/usr/bin/jupyter", "nbconvert", "--to", "notebook", "--execute",
                "--ExecutePreprocessor.kernel_name=" + KERNEL, "--ExecutePreprocessor.timeout=300",
                "--output-dir", logs.toString(), draft.toString()), draft.getParent(), Map.of(
                "JUPYTER_PATH", prefix.resolve("share/jupyter").toString(),
                "JUPYTER_RUNTIME_DIR", prefix.resolve("runtime").toString(),
                "PYTHONDONTWRITEBYTECODE", "1", Locations.CHARTS_VARIABLE, charts.toString()), log, NOTEBOOK_LIMIT);
        if (status != 0) {
            return List.of(name + ": nbconvert exited with " + status + ":\n"
                    + Files.readString(log, StandardCharsets.UTF_8));
        }
        return problems(JSON.readTree(logs.resolve(name + ".ipynb").toFile()), name);
    }

    private static List<String> problems(JsonNode executed, String name) {
        List<String> problems = new ArrayList<>();
        for (JsonNode cell : executed.get("cells")) {
            if (!cell.get("cell_type").asText().equals("code")) {
                continue;
            }
            String where = name + ", " + cell.get("id").asText() + ": ";
            if (cell.get("execution_count").isNull()) {
                problems.add(where + "did not run");
            }
            boolean mayFail = cell.path("metadata").path("tags").toString()
                    .contains("\"" + CellMetadata.RAISES_EXCEPTION + "\"");
            for (JsonNode output : cell.get("outputs")) {
                if (output.get("output_type").asText().equals("error") && !mayFail) {
                    List<String> traceback = new ArrayList<>();
                    output.get("traceback").forEach(line -> traceback.add(line.asText()));
                    problems.add(where + String.join("\n", traceback));
                }
            }
        }
        return problems;
    }
}
