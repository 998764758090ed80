package org.engagements.notebook.html;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.engagements.core.AtomicFile;
import org.engagements.core.FileNames;
import org.engagements.display.Html;
import org.engagements.notebook.NotebookRun;
import org.engagements.notebook.executed.ExecutedNotebook;
import org.engagements.notebook.executed.RunRecord;
import org.engagements.notebook.parameters.Parameter;

/**
 * The index of a run of several notebooks: each with its status, cells and time, linking to its page
 * and executed notebook; the charts the run wrote; the run's details. Stateless.
 */
public final class IndexPage {
    public static final String FILE_NAME = "index.html";

    /**
     * What the index shows.
     *
     * @param title     the page's heading
     * @param notebooks the notebooks in run order; their pages are {@code <name>.html} beside the index
     * @param record    the run's record, shared by the notebooks
     * @param charts    chart files relative to the index, such as {@code charts/venues.png}
     */
    public record Contents(String title, List<ExecutedNotebook> notebooks, RunRecord record, List<String> charts) {
        public Contents {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(record, "record");
            notebooks = List.copyOf(notebooks);
            charts = List.copyOf(charts);
        }
    }

    private IndexPage() {
    }

    public static String render(Contents contents) {
        Duration total = contents.notebooks().stream().map(executed -> executed.run().duration())
                .reduce(Duration.ZERO, Duration::plus);
        long failed = contents.notebooks().stream().filter(executed -> !executed.run().passed()).count();
        String status = failed == 0
                ? "<p class=\"status ok\">✓ Every notebook ran without error.</p>\n"
                : "<div class=\"status failed\" role=\"alert\">✗ " + Formats.count(failed, "notebook")
                        + " of " + contents.notebooks().size() + " failed.</div>\n";
        String body = "<main class=\"index\">\n<header class=\"page-head\">\n<p class=\"kicker\">Report · run "
                + Html.escape(Formats.dateTime(contents.record().started())) + "</p>\n<h1>"
                + Html.escape(contents.title()) + "</h1>\n" + status + "</header>\n"
                + notebooks(contents.notebooks()) + charts(contents.charts())
                + RunDetails.section(contents.record(), total, given(contents.notebooks())) + "</main>\n";
        return Page.document(contents.title(), body);
    }

    public static void write(Contents contents, Path file) {
        AtomicFile.writeString(file, render(contents));
    }

    private static String notebooks(List<ExecutedNotebook> notebooks) {
        StringBuilder html = new StringBuilder("<h2>Notebooks</h2>\n<div class=\"table\"><table class=\"notebooks\">\n"
                + "<thead><tr><th>Notebook</th><th>Status</th><th class=\"num\">Cells run</th>"
                + "<th class=\"num\">Time</th><th>Executed notebook</th></tr></thead>\n<tbody>\n");
        for (ExecutedNotebook executed : notebooks) {
            NotebookRun run = executed.run();
            String name = Html.escape(executed.name());
            String href = Formats.href(executed.name());
            html.append("<tr><td><a href=\"").append(href).append(NotebookPage.EXTENSION).append("\">").append(name)
                    .append("</a><div class=\"subtitle\">").append(Html.escape(NotebookPage.title(executed)))
                    .append("</div></td><td>").append(run.passed() ? "<span class=\"pill ok\">ok</span>"
                            : "<span class=\"pill failed\">failed</span>")
                    .append("</td><td class=\"num\">").append(run.results().size()).append(" / ")
                    .append(executed.codeCells().size()).append("</td><td class=\"num\">")
                    .append(Html.escape(Formats.duration(run.duration()))).append("</td><td><a href=\"").append(href)
                    .append(ExecutedNotebook.IPYNB_EXTENSION).append("\">").append(name)
                    .append(ExecutedNotebook.IPYNB_EXTENSION).append("</a></td></tr>\n");
        }
        return html.append("</tbody>\n</table></div>\n").toString();
    }

    /**
     * The charts, one line per chart with a link to each of its files, its data last:
     * {@code venues  PNG · SVG · Get the data: CSV · engagements and quotes}.
     */
    private static String charts(List<String> charts) {
        if (charts.isEmpty()) {
            return "";
        }
        Map<String, List<String>> byName = new LinkedHashMap<>();
        charts.forEach(chart -> byName.computeIfAbsent(chartName(chart), name -> new ArrayList<>()).add(chart));
        StringBuilder html = new StringBuilder("<h2>Charts</h2>\n<p class=\"note\">Each page shows its charts; "
                + "the files are in <code>charts/</code>, with the numbers behind each chart where it has them.</p>\n"
                + "<ul class=\"charts\">\n");
        byName.forEach((name, files) -> {
            html.append("<li><span class=\"chart-name\">").append(Html.escape(name.replaceFirst("^.*/", "")))
                    .append("</span> ");
            List<String> images = files.stream().filter(file -> !isData(file)).toList();
            List<String> data = files.stream().filter(IndexPage::isData).sorted(Comparator.comparing(
                    (String file) -> file.endsWith(FileNames.CHART_PAGE_SUFFIX))).toList();
            for (int i = 0; i < images.size(); i++) {
                html.append(i == 0 ? "" : " · ").append(link(images.get(i), extension(images.get(i))));
            }
            for (int i = 0; i < data.size(); i++) {
                String file = data.get(i);
                html.append(i == 0 ? (images.isEmpty() ? "" : " · ") + "Get the data: " : " · ")
                        .append(link(file, file.endsWith(FileNames.CHART_PAGE_SUFFIX) ? "engagements and quotes" : extension(file)));
            }
            html.append("</li>\n");
        });
        return html.append("</ul>\n").toString();
    }

    /** The chart a file belongs to: {@code charts/venues} for {@code charts/venues.png} and {@code charts/venues-data.html}. */
    private static String chartName(String file) {
        return file.endsWith(FileNames.CHART_PAGE_SUFFIX) ? file.substring(0, file.length() - FileNames.CHART_PAGE_SUFFIX.length())
                : file.replaceFirst("\\.[^./]*$", "");
    }

    private static boolean isData(String file) {
        return file.endsWith(FileNames.CHART_PAGE_SUFFIX) || file.toLowerCase(Locale.ROOT).endsWith(FileNames.CHART_CSV_SUFFIX);
    }

    private static String extension(String file) {
        return file.substring(file.lastIndexOf('.') + 1).toUpperCase(Locale.ROOT);
    }

    private static String link(String file, String text) {
        return "<a href=\"" + Formats.href(file) + "\">" + Html.escape(text) + "</a>";
    }

    /** The parameters given with {@code -p}, once each, as the first notebook that took them has them. */
    static List<Parameter> given(List<ExecutedNotebook> notebooks) {
        Map<String, Parameter> given = new LinkedHashMap<>();
        notebooks.forEach(executed -> executed.parameters().stream()
                .filter(parameter -> parameter.origin() == Parameter.Origin.GIVEN)
                .forEach(parameter -> given.putIfAbsent(parameter.name(), parameter)));
        return List.copyOf(given.values());
    }
}
