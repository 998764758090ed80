package org.engagements.notebook.html;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.engagements.core.AtomicFile;
import org.engagements.display.Html;
import org.engagements.notebook.Cell;
import org.engagements.notebook.CellMetadata;
import org.engagements.notebook.CellResult;
import org.engagements.notebook.NotebookRun;
import org.engagements.notebook.executed.CellIds;
import org.engagements.notebook.executed.CellText;
import org.engagements.notebook.executed.ExecutedNotebook;
import org.engagements.notebook.parameters.Parameter;

/**
 * One executed notebook as a self-contained HTML page: a table of contents from its headings and cell
 * titles, whether it ran, each cell's code with its outputs, and the run's details. Every string
 * from the notebook is escaped or goes through {@link MarkdownHtml} and {@link OutputHtml}. One
 * instance renders one page and is then thrown away.
 */
public final class NotebookPage {
    public static final String EXTENSION = ExecutedNotebook.HTML_EXTENSION;

    private final ExecutedNotebook executed;
    private final Optional<String> chartsHref;
    private final List<Heading> toc = new ArrayList<>();

    private NotebookPage(ExecutedNotebook executed, Optional<String> chartsPath) {
        this.executed = executed;
        this.chartsHref = chartsPath.map(path -> path.isEmpty() ? "" : Formats.href(path) + "/");
    }

    /** The page of {@code executed}; {@code linkToIndex} adds a link to {@code index.html} beside it. */
    public static String render(ExecutedNotebook executed, boolean linkToIndex) {
        return render(executed, linkToIndex, Optional.empty());
    }

    /**
     * The page, its charts linking the files saved with them in the charts folder at {@code chartsPath}
     * (relative to the page's folder, {@code /}-separated: {@code charts}, {@code ../../charts}).
     */
    public static String render(ExecutedNotebook executed, boolean linkToIndex, Optional<String> chartsPath) {
        return new NotebookPage(executed, chartsPath).page(linkToIndex);
    }

    /** The notebook's title: the text of its first level-1 heading, else its name. */
    public static String title(ExecutedNotebook executed) {
        for (Cell cell : executed.run().notebook().cells()) {
            if (!cell.isCode()) {
                var headings = MarkdownHtml.render(CellText.markdown(cell), "h").headings();
                var first = headings.stream().filter(heading -> heading.level() == 1).findFirst();
                if (first.isPresent()) {
                    return first.get().text();
                }
            }
        }
        return executed.name();
    }

    /** Writes the page to {@code file} atomically. */
    public static void write(ExecutedNotebook executed, boolean linkToIndex, Path file) {
        write(executed, linkToIndex, Optional.empty(), file);
    }

    /** Writes the page, its charts linking their saved files ({@link #render(ExecutedNotebook, boolean, Optional)}). */
    public static void write(ExecutedNotebook executed, boolean linkToIndex, Optional<String> chartsPath, Path file) {
        AtomicFile.writeString(file, render(executed, linkToIndex, chartsPath));
    }

    private String page(boolean linkToIndex) {
        String cells = cells();
        String title = toc.stream().filter(heading -> heading.level() == 1).map(Heading::text).findFirst()
                .orElse(executed.name());
        String main = "<main>\n" + header(title) + cells + RunDetails.section(executed.record(),
                executed.run().duration(), executed.parameters()) + "</main>\n";
        return Page.document(title + " · " + executed.name(),
                "<div class=\"layout\">\n" + nav(linkToIndex) + main + "</div>\n");
    }

    private String header(String title) {
        NotebookRun run = executed.run();
        boolean hasTitle = toc.stream().anyMatch(heading -> heading.level() == 1);
        return "<header class=\"page-head\">\n<p class=\"kicker\">Notebook <code>"
                + Html.escape(run.notebook().source().toString()) + "</code> · run "
                + Html.escape(Formats.dateTime(executed.record().started())) + "</p>\n"
                + (hasTitle ? "" : "<h1>" + Html.escape(title) + "</h1>\n")
                + status() + facts() + "</header>\n";
    }

    private String status() {
        NotebookRun run = executed.run();
        if (run.setupFailure().isPresent()) {
            return "<div class=\"status failed\" role=\"alert\"><strong>This notebook could not start.</strong><pre>"
                    + Html.escape(run.setupFailure().get()) + "</pre></div>\n";
        }
        List<CellResult> failed = run.results().stream().filter(CellResult::failsRun).toList();
        if (failed.isEmpty()) {
            return "<p class=\"status ok\">✓ Every code cell ran without error.</p>\n";
        }
        StringBuilder html = new StringBuilder("<div class=\"status failed\" role=\"alert\"><strong>✗ This notebook "
                + "failed:</strong> ");
        for (int i = 0; i < failed.size(); i++) {
            CellResult result = failed.get(i);
            html.append(i == 0 ? "" : ", ").append("<a href=\"#").append(id(result.cell())).append("\">cell ")
                    .append(result.cell().number()).append(result.cell().title().isEmpty() ? ""
                            : " “" + Html.escape(result.cell().title()) + "”")
                    .append("</a> (").append(Html.escape(result.status().label())).append(')');
        }
        html.append(executed.stoppedAt().isPresent() ? "; the cells after it did not run." : ".");
        return html.append("</div>\n").toString();
    }

    private String facts() {
        NotebookRun run = executed.run();
        List<String> facts = new ArrayList<>();
        facts.add("<strong>" + run.results().size() + "</strong> of " + Formats.count(
                executed.codeCells().size(), "code cell") + " ran");
        facts.add("<strong>" + Html.escape(Formats.duration(run.duration())) + "</strong> in all");
        List<Parameter> given = executed.parameters().stream()
                .filter(parameter -> parameter.origin() == Parameter.Origin.GIVEN).toList();
        given.forEach(parameter -> facts.add("<code>" + Html.escape(parameter.name()) + "</code> = <strong>"
                + Html.escape(parameter.displayValue()) + "</strong>"));
        return "<ul class=\"facts\">" + facts.stream().map(fact -> "<li>" + fact + "</li>")
                .reduce("", String::concat) + "</ul>\n";
    }

    private String nav(boolean linkToIndex) {
        StringBuilder html = new StringBuilder("<nav class=\"toc\" aria-label=\"Contents\">\n");
        if (linkToIndex) {
            html.append("<p class=\"back\"><a href=\"index.html\">← All notebooks</a></p>\n");
        }
        html.append("<p class=\"toc-title\">Contents</p>\n<ol>\n");
        for (Heading heading : toc) {
            html.append("<li class=\"l").append(heading.level()).append("\"><a href=\"#").append(heading.id())
                    .append("\">").append(Html.escape(heading.text())).append("</a></li>\n");
        }
        html.append("<li class=\"l2\"><a href=\"#").append(RunDetails.ID).append("\">Run details</a></li>\n");
        return html.append("</ol>\n</nav>\n").toString();
    }

    private String cells() {
        StringBuilder html = new StringBuilder();
        int codeIndex = 0;
        for (Cell cell : executed.run().notebook().cells()) {
            html.append(cell.isCode() ? codeCell(cell, codeIndex++) : markdownCell(cell));
        }
        return html.toString();
    }

    private String markdownCell(Cell cell) {
        MarkdownHtml.Rendered rendered = MarkdownHtml.render(CellText.markdown(cell), id(cell));
        toc.addAll(rendered.headings());
        return "<section class=\"cell markdown\" id=\"" + id(cell) + "\">\n" + rendered.html() + "</section>\n";
    }

    private String codeCell(Cell cell, int index) {
        Optional<CellResult> result = executed.result(index);
        boolean failed = result.map(CellResult::failsRun).orElse(false);
        if (!cell.title().isEmpty()) {
            toc.add(new Heading(Heading.CELL_LEVEL, cell.title(), id(cell)));
        }
        String classes = "cell code" + (failed ? " failed" : "") + (result.isEmpty() ? " not-run" : "")
                + (cell.metadata().hasTag(CellMetadata.INJECTED_PARAMETERS) ? " injected" : "");
        return "<section class=\"" + classes + "\" id=\"" + id(cell) + "\">\n" + cellHead(cell, result)
                + "<pre class=\"source\"><code>" + Html.escape(cell.source()) + "</code></pre>\n"
                + result.map(r -> OutputHtml.of(r, chartsHref)).orElse("<p class=\"not-run-note\">Not run.</p>\n") + "</section>\n";
    }

    private static String cellHead(Cell cell, Optional<CellResult> result) {
        StringBuilder html = new StringBuilder("<div class=\"cell-head\"><span class=\"count\">[")
                .append(result.map(r -> Integer.toString(r.executionCount())).orElse(" ")).append("]</span>");
        if (!cell.title().isEmpty()) {
            html.append("<span class=\"title\">").append(Html.escape(cell.title())).append("</span>");
        }
        if (cell.metadata().hasTag(CellMetadata.PARAMETERS)) {
            html.append("<span class=\"badge\">parameters</span>");
        }
        if (cell.metadata().hasTag(CellMetadata.INJECTED_PARAMETERS)) {
            html.append("<span class=\"badge injected\">injected parameters</span>");
        }
        result.filter(r -> !r.isOk()).ifPresent(r -> html.append("<span class=\"badge failed\">")
                .append(Html.escape(r.status().label() + (r.failureExpected() ? " (expected)" : ""))).append("</span>"));
        html.append("<span class=\"time\">").append(cell.number() > 0 ? "cell " + cell.number() : "")
                .append(result.map(r -> (cell.number() > 0 ? " · " : "") + Formats.duration(r.duration())).orElse(""))
                .append("</span>");
        return html.append("</div>\n").toString();
    }

    private String id(Cell cell) {
        return Html.escape(CellIds.of(executed.name(), cell));
    }
}
