package org.engagements.notebook.html;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.engagements.display.Html;
import org.engagements.notebook.executed.ExecutedNotebook;

/**
 * The whole report as one XHTML document for print, the source of {@code report.pdf}: a title page
 * (the report's title, whether every notebook ran, the notebooks, the run's details), the contents with
 * the page of each notebook and of its level-2 headings, then one section per notebook starting on a
 * new page. Page size (A4), margins, page numbers and the contents' page numbers are in its stylesheet
 * ({@code print.css}, CSS paged media as openhtmltopdf reads it); PDF bookmarks (one per notebook, its
 * level-2 headings below it) in its {@code <bookmarks>} element. Well-formed XML (see {@link Xhtml}),
 * with every notebook string escaped as on the HTML pages; it refers to nothing outside itself but
 * {@code data:} images. Stateless.
 */
public final class PrintDocument {
    private static final String STYLESHEET = resource("print.css");

    private PrintDocument() {
    }

    /** The document of the report {@code contents} describes (its chart list is not used: charts are inline). */
    public static String render(IndexPage.Contents contents) {
        List<PrintSection.Rendered> sections = new ArrayList<>();
        List<ExecutedNotebook> notebooks = contents.notebooks();
        for (int i = 0; i < notebooks.size(); i++) {
            sections.add(PrintSection.of(notebooks.get(i), i + 1));
        }
        String title = Html.escape(contents.title());
        StringBuilder body = new StringBuilder(titlePage(contents)).append(tableOfContents(sections));
        sections.forEach(section -> body.append(section.html()));
        return Xhtml.of("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">\n<head>\n<title>" + title + "</title>\n"
                + "<meta name=\"subject\" content=\"" + title + ": " + Formats.count(notebooks.size(), "notebook")
                + "\"/>\n<style>\n" + STYLESHEET + "</style>\n" + bookmarks(sections) + "</head>\n<body>\n"
                + body + "</body>\n</html>\n");
    }

    private static String titlePage(IndexPage.Contents contents) {
        Duration total = contents.notebooks().stream().map(executed -> executed.run().duration())
                .reduce(Duration.ZERO, Duration::plus);
        long failed = contents.notebooks().stream().filter(executed -> !executed.run().passed()).count();
        String status = failed == 0 ? "<p class=\"status ok\">✓ Every notebook ran without error.</p>\n"
                : "<p class=\"status failed\">✗ " + Formats.count(failed, "notebook") + " of "
                        + contents.notebooks().size() + " failed.</p>\n";
        StringBuilder rows = new StringBuilder();
        for (ExecutedNotebook executed : contents.notebooks()) {
            rows.append("<tr><td><code>").append(Html.escape(executed.name())).append("</code></td><td>")
                    .append(Html.escape(NotebookPage.title(executed))).append("</td><td>")
                    .append(executed.run().passed() ? "ok" : "failed").append("</td><td class=\"num\">")
                    .append(executed.run().results().size()).append(" / ").append(executed.codeCells().size())
                    .append("</td></tr>\n");
        }
        return "<section class=\"title-page\">\n<p class=\"kicker\">Report · run "
                + Html.escape(Formats.dateTime(contents.record().started())) + "</p>\n<h1 class=\"report-title\">"
                + Html.escape(contents.title()) + "</h1>\n" + status
                + "<table class=\"notebooks\">\n<thead><tr><th>Notebook</th><th>Title</th><th>Status</th>"
                + "<th class=\"num\">Cells run</th></tr></thead>\n<tbody>\n" + rows + "</tbody>\n</table>\n"
                + RunDetails.section(contents.record(), total, IndexPage.given(contents.notebooks())) + "</section>\n";
    }

    /** Each notebook and its level-2 headings, with the page each starts on (filled in by the stylesheet). */
    private static String tableOfContents(List<PrintSection.Rendered> sections) {
        StringBuilder html = new StringBuilder("<section class=\"contents\">\n<h2>Contents</h2>\n<ul class=\"toc\">\n");
        for (PrintSection.Rendered section : sections) {
            html.append("<li class=\"toc-notebook\"><a href=\"#").append(section.id()).append("\">")
                    .append(Html.escape(section.title())).append("</a></li>\n");
            for (Heading heading : section.headings()) {
                html.append("<li class=\"toc-heading\"><a href=\"#").append(heading.id()).append("\">")
                        .append(Html.escape(heading.text())).append("</a></li>\n");
            }
        }
        return html.append("</ul>\n</section>\n").toString();
    }

    private static String bookmarks(List<PrintSection.Rendered> sections) {
        StringBuilder xml = new StringBuilder("<bookmarks>\n");
        for (PrintSection.Rendered section : sections) {
            xml.append("<bookmark name=\"").append(Html.escape(section.title())).append("\" href=\"#")
                    .append(section.id()).append("\">\n");
            for (Heading heading : section.headings()) {
                xml.append("<bookmark name=\"").append(Html.escape(heading.text())).append("\" href=\"#")
                        .append(heading.id()).append("\"/>\n");
            }
            xml.append("</bookmark>\n");
        }
        return xml.append("</bookmarks>\n").toString();
    }

    private static String resource(String name) {
        try (InputStream in = PrintDocument.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name + " beside " + PrintDocument.class.getName());
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + name, e);
        }
    }
}
