package org.engagements.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.engagements.data.ShippedData;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.engagements.ExternalTool;

/**
 * Hostile content is inert in a real browser: notebooks and data full of markup meant to run script
 * ({@code <script>}, {@code onerror}, {@code javascript:} links, {@code </textarea>}, SVG with script,
 * raw HTML in markdown) go through {@code run} and {@code report}, and every page they write is loaded
 * in headless Chromium. Each payload would set the title to {@code 'PW'+'NED'} or add an element with
 * the id {@code 'own'+'ed'}, so the joined words appear in the DOM Chromium dumps only if a script ran.
 * A control page carrying the same payload without our escaping proves that Chromium runs it there.
 * Needs {@code /usr/bin/chromium}: without it the test fails naming the Debian package ({@link ExternalTool}).
 */
@Tag("slow")
class HostileContentIT {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Duration LIMIT = Duration.ofMinutes(4);
    private static final Duration BROWSER_LIMIT = Duration.ofMinutes(2);
    private static final String PAYLOAD = "<script>document.title='PW'+'NED'</script>";
    private static final String HOSTILE_TITLE = PAYLOAD + " visits <img src=x onerror=document.title='PW'+'NED'>";

    @TempDir
    Path work;

    @Test
    void noScriptRunsInAnyPageWrittenFromHostileNotebooksAndData() throws Exception {
        ExternalTool.require(CHROMIUM.toString());
        Jar jar = Jar.in(repository());
        Path log = work.resolve("command.log");
        Process run = jar.start(log, "run", "--continue-on-error", "--out", "pages", "--charts", "pages/charts");
        assertTrue(run.waitFor(LIMIT.toMillis(), TimeUnit.MILLISECONDS), "run did not end:\n" + Jar.read(log));
        assertEquals(1, run.exitValue(), "hostile.jsh fails on purpose:\n" + Jar.read(log));
        jar.runToEnd(log, LIMIT, "report", "notebooks/hostile-output.jsh");

        List<Path> pages = new ArrayList<>(htmlFiles(jar.home().resolve("pages")));
        pages.addAll(htmlFiles(jar.home().resolve("report")));
        assertEquals(5, pages.size(), "two pages and an index from run, a page and an index from report: " + pages);
        for (Path page : pages) {
            String dom = dumpDom(page);
            boolean showsPayload = !page.endsWith("hostile-output.html") || dom.contains("PW'+'NED");
            assertTrue(dom.contains("</html>") && showsPayload, page + ": the page should load whole and show "
                    + "the payload as text:\n" + dom);
            assertFalse(dom.contains("PWNED") || dom.contains("owned"), page + ": a script ran:\n" + dom);
        }
        Path control = Files.writeString(work.resolve("control.html"), "<!DOCTYPE html><html><head><title>control"
                + "</title></head><body>" + PAYLOAD + "</body></html>");
        assertTrue(dumpDom(control).contains("<title>PWNED</title>"), "Chromium should run the unescaped payload");
    }

    /** The shipped data with markup in the first engagement's title, and the two hostile notebooks. */
    private Path repository() throws IOException {
        Path home = Files.createDirectories(work.resolve("home"));
        Path data = ShippedData.copyTo(home);
        Path engagements = data.resolve("engagements.csv");
        String csv = Files.readString(engagements, StandardCharsets.UTF_8);
        String title = "A Chinese foreign minister visits Washington";
        assertTrue(csv.contains("e001," + title + ","), "e001's title has changed; update this test");
        Files.writeString(engagements, csv.replace("e001," + title + ",", "e001," + HOSTILE_TITLE + ","),
                StandardCharsets.UTF_8);
        Path notebooks = Files.createDirectories(home.resolve("notebooks"));
        Path fixtures = ShippedData.folder().getParent().resolve("src/test/resources/notebooks/report");
        for (String name : List.of("hostile.jsh", "hostile-output.jsh")) {
            Files.copy(fixtures.resolve(name), notebooks.resolve(name));
        }
        return home;
    }

    private static List<Path> htmlFiles(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(file -> file.toString().endsWith(".html")).sorted().toList();
        }
    }

    /** The page's DOM after its scripts (if any) ran and its images failed, as Chromium serialises it. */
    private String dumpDom(Path page) throws IOException, InterruptedException {
        Path out = work.resolve("dom.html");
        Path errors = work.resolve("chromium.log");
        Process chromium = new ProcessBuilder(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--user-data-dir=" + work.resolve("chromium-profile"), "--virtual-time-budget=3000", "--dump-dom",
                page.toUri().toString())
                .redirectOutput(out.toFile()).redirectError(errors.toFile()).start();
        if (!chromium.waitFor(BROWSER_LIMIT.toMillis(), TimeUnit.MILLISECONDS)) {
            chromium.descendants().forEach(ProcessHandle::destroyForcibly);
            chromium.destroyForcibly();
            throw new AssertionError("chromium did not finish within " + BROWSER_LIMIT + " on " + page);
        }
        assertEquals(0, chromium.exitValue(), () -> "chromium failed on " + page + ":\n" + Jar.read(errors));
        return Files.readString(out, StandardCharsets.UTF_8);
    }
}
