package org.engagements.notebook.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.engagements.notebook.executed.TestRuns;
import org.junit.jupiter.api.Test;

/** Pages of real runs of the test notebooks. */
class NotebookPageTest {
    private static final Pattern TAG = Pattern.compile("<([a-zA-Z][a-zA-Z0-9]*)([^>]*)>");
    private static final Pattern ATTRIBUTE = Pattern.compile("([a-zA-Z-]+)\\s*=\\s*\"([^\"]*)\"");

    private static String page(String name, List<String> parameters) {
        return NotebookPage.render(TestRuns.run(name, parameters, false), false);
    }

    /**
     * Every element and attribute of {@code html} that could run script or load something: script-like
     * elements, event handlers, {@code javascript:} URLs, images from anywhere but {@code data:}.
     */
    static List<String> activeContent(String html) {
        List<String> found = new ArrayList<>();
        Matcher tag = TAG.matcher(html);
        while (tag.find()) {
            String name = tag.group(1).toLowerCase(Locale.ROOT);
            if (List.of("script", "iframe", "object", "embed", "link", "base", "form", "svg", "math", "frame",
                    "style").contains(name) && !tag.group().equals("<style>")) {
                found.add(tag.group());
            }
            Matcher attribute = ATTRIBUTE.matcher(tag.group(2));
            while (attribute.find()) {
                String key = attribute.group(1).toLowerCase(Locale.ROOT);
                String value = attribute.group(2).strip().toLowerCase(Locale.ROOT);
                boolean bad = key.startsWith("on") || key.equals("style") || key.equals("srcset")
                        || value.startsWith("javascript:") || value.startsWith("vbscript:")
                        || key.equals("src") && !value.startsWith("data:image/")
                        || key.equals("href") && value.startsWith("data:");
                if (bad) {
                    found.add(tag.group());
                }
            }
        }
        return found;
    }

    @Test
    void hostileStringsFromCodeMarkdownOutputsAndTablesShowAsText() {
        String html = page("hostile", List.of());

        assertEquals(List.of(), activeContent(html));
        assertFalse(html.toLowerCase(Locale.ROOT).contains("<script"));
        assertTrue(html.contains("<pre class=\"output stream stdout\">&lt;script&gt;alert(1)&lt;/script&gt;\n</pre>"));
        assertTrue(html.contains("&lt;img src=x onerror=alert(1)&gt;"), "raw HTML in markdown is shown as text");
        assertTrue(html.contains("&lt;div onclick=&quot;alert(4)&quot;&gt;raw block&lt;/div&gt;"));
        assertTrue(html.contains("<a rel=\"nofollow\" href=\"\">link</a>"), "the javascript: URL is dropped");
        assertTrue(html.contains("<pre>shown as &lt;text&gt;</pre>"), "untrusted text/html shows its text/plain");
        assertTrue(html.contains("<td>&lt;b&gt;bold&lt;/b&gt;</td>"), "a table cell's markup is text");
        assertTrue(html.contains("<caption>t&lt;i&gt;able&lt;/i&gt;</caption>"));
        assertTrue(html.contains("java.lang.IllegalArgumentException: &lt;img src=y onerror=alert(6)&gt;"));
        assertTrue(html.contains("Prints a script &lt;script&gt;alert(5)&lt;/script&gt;"), "cell titles are escaped");
    }

    @Test
    void thePageLoadsNothingAndForbidsScriptsByPolicy() {
        String html = page("tour", List.of());

        assertTrue(html.contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                + "img-src data:; style-src 'unsafe-inline'\">"));
        assertEquals(List.of(), activeContent(html));
        assertTrue(html.contains("@media print"));
        assertFalse(Pattern.compile("(src|href)=\"(https?:)?//").matcher(html.replace(
                "href=\"https://example.org\"", "")).find(), "no resource from the network");
    }

    @Test
    void codeOutputsTablesChartsAndMarkdownAreAllThere() {
        String html = page("tour", List.of("status=held"));

        assertTrue(html.contains("<img alt=\"CategoryChart &quot;By status&quot; (320×200)\" "
                + "src=\"data:image/png;base64,iVBOR"), "the chart is inline");
        assertTrue(html.contains("<div class=\"table\"><table class=\"dataframe\">\n<caption>Engagements by status"
                + "</caption>"), "the table is HTML");
        assertTrue(html.contains("<td align=\"right\">12</td>"), "the markdown table is rendered");
        assertTrue(html.contains("<pre class=\"output stream stderr\">a line on standard error\n</pre>"));
        assertTrue(html.contains("<div class=\"output error expected\" role=\"alert\"><p class=\"error-title\">"
                + "Expected error: java.lang.IllegalStateException</p>"));
        assertTrue(html.contains("<span class=\"badge injected\">injected parameters</span>"));
        assertTrue(html.contains("<code>status</code> = <strong>held</strong>"), "the given parameter is in the header");
        assertTrue(html.contains("<p class=\"status ok\">"));
    }

    @Test
    void theTableOfContentsListsHeadingsAndCellTitles() {
        String html = page("tour", List.of());
        String nav = html.substring(html.indexOf("<nav"), html.indexOf("</nav>"));

        assertEquals(List.of("A tour of the outputs", "Parameters", "Text", "Printing", "A value", "Rich output",
                "A table", "A chart", "Expected to fail", "Run details"),
                Pattern.compile("<a href=\"#[^\"]+\">([^<]*)</a>").matcher(nav).results().map(m -> m.group(1)).toList());
        assertTrue(html.contains("<h1 id=\"tour-1-h1\">A tour of the outputs</h1>"));
        assertTrue(html.contains("<title>A tour of the outputs · tour</title>"));
    }

    @Test
    void aFailedRunSaysWhereAndTheCellsAfterItAreMarkedNotRun() {
        String html = page("stops", List.of());

        assertTrue(html.contains("<div class=\"status failed\" role=\"alert\"><strong>✗ This notebook failed:</strong> "
                + "<a href=\"#stops-3\">cell 3 “Typo”</a> (error); the cells after it did not run.</div>"));
        assertTrue(html.contains("<section class=\"cell code failed\" id=\"stops-3\">"));
        assertTrue(html.contains("cannot find symbol: variable venuse"));
        assertEquals(2, html.split("<section class=\"cell code not-run\"", -1).length - 1);
    }

    @Test
    void runDetailsListTheDataFilesWithChecksumsAndTheParameters() {
        String html = page("tour", List.of("status=held"));
        String details = html.substring(html.indexOf("<section class=\"run-details\""));

        assertTrue(details.contains("<dt>Data folder</dt><dd><code>src/test/resources/data</code>, 8 files</dd>"));
        assertTrue(Pattern.compile("<td><code>engagements.csv</code></td><td class=\"num\">[0-9.]+ (B|KB)</td>"
                + "<td class=\"hash\">[0-9a-f]{64}</td>").matcher(details).find());
        assertTrue(details.contains("<tr><td><code>status</code></td><td><code>String</code></td><td><code>"
                + "&quot;held&quot;</code></td><td>given with -p</td></tr>"));
        assertTrue(details.contains("<tr><td><code>top</code></td><td><code>int</code></td><td><code>10</code></td>"
                + "<td>default</td></tr>"));
        assertTrue(details.contains("<dt>Java</dt><dd>" + System.getProperty("java.runtime.version")));
    }
}
