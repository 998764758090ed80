package org.engagements.notebook.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.engagements.display.Html;
import org.engagements.notebook.Cell;
import org.engagements.notebook.CellResult;
import org.engagements.notebook.NotebookRun;
import org.engagements.notebook.executed.CellIds;
import org.engagements.notebook.executed.CellText;
import org.engagements.notebook.executed.ExecutedNotebook;

/**
 * One notebook's section of the print document: its title, whether it ran, then its markdown and its
 * code cells' outputs in order. The code itself is left out (a reader of the PDF wants the findings;
 * the code is in the HTML page and the executed notebook beside it). Every id is prefixed with the
 * section's number, so two notebooks' ids never meet in the one document. One instance renders one
 * section and is then thrown away.
 */
final class PrintSection {
    /**
     * A rendered section.
     *
     * @param id       the section's element id, which the contents and the bookmarks link to
     * @param title    the notebook's title (plain text)
     * @param headings its level-2 headings, for the contents and the bookmarks
     * @param html     the section (XHTML)
     */
    record Rendered(String id, String title, List<Heading> headings, String html) {
    }

    private final ExecutedNotebook executed;
    private final String id;
    private final List<Heading> headings = new ArrayList<>();
    private boolean hasTitle;

    private PrintSection(ExecutedNotebook executed, int number) {
        this.executed = executed;
        this.id = "notebook-" + number;
    }

    /** The section of {@code executed}, the {@code number}th (from 1) of the document. */
    static Rendered of(ExecutedNotebook executed, int number) {
        return new PrintSection(executed, number).render();
    }

    private Rendered render() {
        String cells = cells();
        String title = NotebookPage.title(executed);
        String html = "<section class=\"notebook\" id=\"" + id + "\">\n<p class=\"kicker\">Notebook <code>"
                + Html.escape(executed.name()) + "</code></p>\n"
                + (hasTitle ? "" : "<h1>" + Html.escape(title) + "</h1>\n") + status() + cells + "</section>\n";
        List<Heading> level2 = headings.stream().filter(heading -> heading.level() == 2).toList();
        return new Rendered(id, title, level2, html);
    }

    private String status() {
        NotebookRun run = executed.run();
        if (run.setupFailure().isPresent()) {
            return "<div class=\"status failed\"><strong>This notebook could not start.</strong><pre>"
                    + Html.escape(run.setupFailure().get()) + "</pre></div>\n";
        }
        long failed = run.results().stream().filter(CellResult::failsRun).count();
        return failed == 0 ? "" : "<p class=\"status failed\">✗ This notebook failed: "
                + Formats.count(failed, "cell") + " with an error.</p>\n";
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
        MarkdownHtml.Rendered rendered = MarkdownHtml.render(CellText.markdown(cell), cellId(cell));
        // The notebook's title is its first level-1 heading, shown as the section's title where it is.
        hasTitle |= rendered.headings().stream().anyMatch(heading -> heading.level() == 1);
        headings.addAll(rendered.headings());
        return "<div class=\"markdown\">\n" + rendered.html() + "</div>\n";
    }

    /** The outputs under the cell's title; nothing for a cell that did not run or showed nothing. */
    private String codeCell(Cell cell, int index) {
        Optional<CellResult> result = executed.result(index);
        String outputs = result.map(PrintOutputs::of).orElse("");
        if (outputs.isEmpty()) {
            return "";
        }
        String title = cell.title().isEmpty() ? "" : "<p class=\"cell-title\">" + Html.escape(cell.title()) + "</p>\n";
        return "<div class=\"cell\" id=\"" + cellId(cell) + "\">\n" + title + outputs + "</div>\n";
    }

    private String cellId(Cell cell) {
        return id + "-" + Html.escape(CellIds.of(executed.name(), cell));
    }
}
