package org.engagements.jupyter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.engagements.ExternalTool;

/**
 * The kernel in a real browser, as a person uses it (issue 15): Debian's Jupyter Notebook 6 serves a
 * temporary folder with our kernelspec, and {@code src/test/browser/jupyter-web-ui.mjs} drives its classic
 * web UI in Debian's headless Chromium through puppeteer-core: New → "Java (engagements)", load the data,
 * a table, a chart, Kernel → Interrupt on an endless loop with the variables kept, Shift-Tab on
 * {@code Math.max}, and (once branch i15-io is merged) an input box and a progress bar. The script prints a
 * line per step; its output, the server's log, the saved notebook and screenshots are kept in
 * {@code target/jupyter-web-ui/}.
 *
 * <p>Needs {@code /usr/bin/jupyter-notebook} (Debian package jupyter-notebook), {@code /usr/bin/chromium},
 * {@code node} and the script's node modules ({@code npm ci --prefix src/test/browser}); fails naming
 * whichever is missing. {@code bash .ci/run} installs them all. Only in {@code -Pslow}.
 */
@Tag("slow")
@Tag("python")
class JupyterWebUiIT {
    private static final String KERNEL = KernelSpec.DEFAULT_NAME;
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final String SCRIPT = "jupyter-web-ui.mjs";
    private static final String NODE_MODULE = "puppeteer-core";
    private static final Duration INSTALL_LIMIT = Duration.ofMinutes(1);
    private static final Duration SERVER_LIMIT = Duration.ofMinutes(1);
    private static final Duration BROWSER_LIMIT = Duration.ofMinutes(5);
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Path property(String name) {
        String value = System.getProperty(name);
        assertTrue(value != null, name + " is not set; failsafe sets it in pom.xml");
        return Path.of(value);
    }

    @Test
    void aPersonCanUseTheKernelInJupyterNotebooksWebUi(@TempDir Path work) throws IOException, InterruptedException {
        Path home = property("basedir");
        Path browserTests = home.resolve("src/test/browser");
        Path node = requireTools(browserTests);
        Path out = emptied(property("engagements.webui.out"));
        Path prefix = installKernelspec(home, work.resolve("prefix"));
        Path notebooks = Files.createDirectories(work.resolve("notebooks"));
        Path profile = work.resolve("chromium-profile");
        Path java = Path.of(System.getProperty("java.home"));
        try (NotebookServer server = NotebookServer.start(work.resolve("jupyter"), prefix.resolve("share/jupyter"),
                notebooks, java, out.resolve("server.log"), SERVER_LIMIT)) {
            int status = browse(server, node, browserTests, work, profile, out);
            keepNotebooks(notebooks, out);
            String steps = NotebookServer.read(out.resolve("browser.log"));
            System.out.println(steps);
            attach(out);
            assertEquals(0, status, "the browser test failed; screenshot " + out.resolve("jupyter-web-ui.png")
                    + ", server log " + out.resolve("server.log") + ":\n" + steps);
            checkSavedNotebook(notebooks);
        } finally {
            stopLeftoverBrowsers(profile);
        }
    }

    /**
     * The programs and modules the test needs; fails naming every one that is missing and how to get it.
     * Returns node.
     */
    private static Path requireTools(Path browserTests) throws IOException {
        ExternalTool.require(NotebookServer.PROGRAM.toString(), CHROMIUM.toString());
        List<String> missing = new ArrayList<>();
        Optional<Path> node = onPath("node");
        if (node.isEmpty()) {
            missing.add("node on PATH (Node.js 18 or newer with npm)");
        }
        nodeModuleProblem(browserTests).ifPresent(missing::add);
        if (!missing.isEmpty()) {
            fail("JupyterWebUiIT needs " + String.join("; ", missing) + ". bash .ci/run installs them all.");
        }
        return node.orElseThrow();
    }

    /** Whether the script's module is installed at the version package.json pins, as {@code npm ci} does. */
    private static Optional<String> nodeModuleProblem(Path browserTests) throws IOException {
        String install = "run 'npm ci --prefix " + browserTests + "'";
        String pinned = JSON.readTree(browserTests.resolve("package.json").toFile()).path("dependencies")
                .path(NODE_MODULE).asText();
        Path installed = browserTests.resolve("node_modules").resolve(NODE_MODULE).resolve("package.json");
        if (!Files.exists(installed)) {
            return Optional.of("the node module " + NODE_MODULE + " " + pinned + ": " + install);
        }
        String version = JSON.readTree(installed.toFile()).path("version").asText();
        return version.equals(pinned) ? Optional.empty() : Optional.of("the node module " + NODE_MODULE + " "
                + pinned + ", not " + version + ": " + install);
    }

    private static Optional<Path> onPath(String program) {
        String path = Optional.ofNullable(System.getenv("PATH")).orElse("") + File.pathSeparator + "/usr/bin";
        return Stream.of(path.split(File.pathSeparator)).filter(folder -> !folder.isEmpty())
                .map(folder -> Path.of(folder, program)).filter(Files::isExecutable).findFirst();
    }

    /** Installs as the launcher does, with the repository as engagements.home, so cells find data/. */
    private static Path installKernelspec(Path home, Path prefix) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path log = Files.createDirectories(prefix).resolve("install.txt");
        int status = ExternalCommand.run(List.of(java.toString(), "-Dengagements.home=" + home, "-jar",
                property("engagements.jar").toString(), "kernel", "install", "--prefix", prefix.toString()),
                home, Map.of(), log, INSTALL_LIMIT);
        assertEquals(0, status, Files.readString(log, StandardCharsets.UTF_8));
        return prefix;
    }

    /** Runs the script against {@code server}; its output goes to browser.log, its screenshots to {@code out}. */
    private static int browse(NotebookServer server, Path node, Path browserTests, Path work, Path profile, Path out)
            throws IOException, InterruptedException {
        Files.createDirectories(profile);
        return ExternalCommand.run(List.of(node.toString(), SCRIPT), browserTests, Map.of(
                "JUPYTER_URL", server.url(),
                "JUPYTER_TOKEN", server.token(),
                "SCREENSHOT", out.resolve("jupyter-web-ui.png").toString(),
                "BROWSER_PROFILE", profile.toString(),
                "CHROMIUM", CHROMIUM.toString(),
                "HOME", Files.createDirectories(work.resolve("browser-home")).toString()),
                out.resolve("browser.log"), BROWSER_LIMIT);
    }

    /** The UI saved the notebook it made, with our kernelspec in its metadata. */
    private static void checkSavedNotebook(Path notebooks) throws IOException {
        List<Path> saved = files(notebooks, ".ipynb");
        assertEquals(1, saved.size(), "the UI should have saved one notebook: " + saved);
        JsonNode notebook = JSON.readTree(saved.get(0).toFile());
        assertEquals(KERNEL, notebook.path("metadata").path("kernelspec").path("name").asText(), saved.get(0)
                + " should name our kernelspec");
    }

    /** Surefire-style attachment lines, which CI report plugins link to the test. */
    private static void attach(Path out) throws IOException {
        for (Path file : files(out, "")) {
            System.out.println("[[ATTACHMENT|" + file + "]]");
        }
    }

    private static void keepNotebooks(Path notebooks, Path out) throws IOException {
        for (Path notebook : files(notebooks, ".ipynb")) {
            Files.copy(notebook, out.resolve(notebook.getFileName()));
        }
    }

    /**
     * Chromium normally ends with the script, which closes it, or with the script's process tree when the
     * time limit kills it; any process still running with this test's own profile folder is killed here.
     */
    private static void stopLeftoverBrowsers(Path profile) {
        String marker = profile.toString();
        ProcessHandle.allProcesses()
                .filter(process -> process.info().arguments().map(List::of).orElse(List.of()).stream()
                        .anyMatch(argument -> argument.contains(marker)))
                .forEach(process -> {
                    process.descendants().forEach(ProcessHandle::destroyForcibly);
                    process.destroyForcibly();
                });
    }

    private static Path emptied(Path folder) throws IOException {
        if (Files.exists(folder)) {
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
        return Files.createDirectories(folder);
    }

    private static List<Path> files(Path folder, String suffix) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> Files.isRegularFile(file) && file.toString().endsWith(suffix)).sorted()
                    .toList();
        }
    }
}
