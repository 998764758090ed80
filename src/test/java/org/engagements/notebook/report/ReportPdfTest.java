package org.engagements.notebook.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.engagements.ExternalTool;
import org.engagements.notebook.NotebookParser;
import org.engagements.notebook.executed.ExecutedNotebook;
import org.engagements.notebook.executed.TestRuns;
import org.engagements.notebook.html.IndexPage;
import org.engagements.notebook.html.NotebookPage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** report.pdf of real runs of the test notebooks, read back with poppler's tools and PDFBox. */
class ReportPdfTest {
    /** The fonts report.pdf embeds. */
    static final String[] FONTS = {"/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
        "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf", "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf",
        "/usr/share/fonts/truetype/dejavu/DejaVuSansMono-Bold.ttf"};

    @TempDir
    Path temp;

    @BeforeEach
    void requireTheFonts() {
        ExternalTool.require(FONTS);
    }

    private static IndexPage.Contents contents(List<ExecutedNotebook> notebooks) {
        return new IndexPage.Contents("Engagements report", notebooks, notebooks.get(0).record(), List.of());
    }

    private static List<ExecutedNotebook> testNotebooks() {
        return List.of(TestRuns.run("tour", List.of(), false), TestRuns.run("hostile", List.of(), false));
    }

    @Test
    void theReportOpensOnA4PagesWithContentsPageNumbersAndEachNotebooksTitleInItsSection() throws Exception {
        ExternalTool.require("/usr/bin/pdftotext", "/usr/bin/pdfinfo", "/usr/bin/pdffonts");
        Path pdf = temp.resolve(ReportPdf.FILE_NAME);
        ReportPdf.write(contents(testNotebooks()), pdf);

        String info = run("/usr/bin/pdfinfo", pdf.toString());
        Matcher pages = Pattern.compile("Pages:\\s+(\\d+)").matcher(info);
        assertTrue(pages.find(), info);
        int pageCount = Integer.parseInt(pages.group(1));
        assertTrue(pageCount > 2 + 2, "title page, contents and at least a page per notebook: " + info);
        assertTrue(info.contains("(A4)"), info);
        assertTrue(info.matches("(?s).*Producer:\\s+engagements\\n.*"), info);
        // NFKC: the embedded font's ligatures ("fi") come out as one character.
        String text = Normalizer.normalize(run("/usr/bin/pdftotext", pdf.toString(), "-"), Normalizer.Form.NFKC);
        assertEquals(3, count(text, "A tour of the outputs"),
                "in the title page's list of notebooks, in the contents and as its section's title: " + text);
        assertEquals(1, count(text, "Contents\n"), text);
        assertTrue(text.contains("Page 1 of " + pageCount) && text.contains("Page " + pageCount + " of " + pageCount));
        assertTrue(text.contains("Run details") && text.contains("1 notebook of 2 failed."), text);
        assertTrue(text.contains("<script>alert(1)</script>"), "printed markup is shown as text");
        List<String> fonts = run("/usr/bin/pdffonts", pdf.toString()).lines().skip(2).toList();
        assertTrue(!fonts.isEmpty() && fonts.stream().allMatch(f -> f.matches(".*DejaVuSans.*\\byes\\s+yes\\s+yes\\s.*")),
                "only DejaVu fonts, each embedded as a subset with a Unicode map: " + fonts);
    }

    @Test
    void theOutlineHasOneBookmarkPerNotebookWithItsHeadingsBelow() throws IOException {
        List<ExecutedNotebook> notebooks = testNotebooks();
        Path pdf = temp.resolve(ReportPdf.FILE_NAME);
        ReportPdf.write(contents(notebooks), pdf);

        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            List<PDOutlineItem> top = new ArrayList<>();
            document.getDocumentCatalog().getDocumentOutline().children().forEach(top::add);
            assertEquals(notebooks.stream().map(NotebookPage::title).toList(),
                    top.stream().map(PDOutlineItem::getTitle).toList());
            List<String> below = new ArrayList<>();
            top.get(0).children().forEach(item -> below.add(item.getTitle()));
            assertTrue(!below.isEmpty(), "the tour's level-2 headings below its bookmark");
            for (PDOutlineItem item : top) {
                assertTrue(document.getPages().indexOf(item.findDestinationPage(document)) >= 2,
                        "a notebook's bookmark leads to its section, after the title page and the contents");
            }
        }
    }

    @Test
    void theSameReportGivesTheSameBytesDatedByItsRun() throws IOException {
        IndexPage.Contents contents = contents(testNotebooks());
        Path first = temp.resolve("a.pdf");
        Path second = temp.resolve("b.pdf");
        ReportPdf.write(contents, first);
        ReportPdf.write(contents, second);

        assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second));
        try (PDDocument document = Loader.loadPDF(first.toFile())) {
            // A PDF date has whole seconds.
            assertEquals(contents.record().started().truncatedTo(ChronoUnit.SECONDS),
                    document.getDocumentInformation().getCreationDate().toInstant());
        }
    }

    @Test
    void aRemoteImageInANotebookIsNeverFetched() throws Exception {
        AtomicInteger connections = new AtomicInteger();
        try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            // Counts and hangs up on every connection, so that a renderer that does fetch fails the test fast.
            Thread listener = new Thread(() -> {
                while (!server.isClosed()) {
                    try (Socket socket = server.accept()) {
                        connections.incrementAndGet();
                    } catch (IOException closed) {
                        return;
                    }
                }
            });
            listener.setDaemon(true);
            listener.start();
            String url = "http://127.0.0.1:" + server.getLocalPort() + "/pixel.png";
            ExecutedNotebook executed = TestRuns.execute(NotebookParser.parse(Path.of("notebooks/report/remote.jsh"),
                    "// %% [markdown]\n// # Remote\n//\n// ![a remote image](" + url + ")\n"));

            ReportPdf.write(contents(List.of(executed)), temp.resolve(ReportPdf.FILE_NAME));

            server.close();
            listener.join(10_000);
            assertEquals(0, connections.get(), "connections to " + url);
        }
    }

    @Test
    void missingFontsAreNamedWithThePackageThatBringsThem() {
        Path font = temp.resolve("DejaVuSans.ttf");
        Path other = temp.resolve("DejaVuSansMono.ttf");

        assertEquals(Optional.of("--pdf: the PDF embeds DejaVu fonts and " + font + ", " + other + " are missing; "
                + "install the fonts-dejavu-core package (Debian, Ubuntu) or put them there"),
                ReportPdf.findProblem(List.of(font, other)));
        assertEquals(Optional.empty(), ReportPdf.findProblem(List.of(Path.of(FONTS[0]))));
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            n++;
        }
        return n;
    }

    private static String run(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "finished: " + String.join(" ", command));
        assertEquals(0, process.exitValue(), out);
        return out;
    }
}
