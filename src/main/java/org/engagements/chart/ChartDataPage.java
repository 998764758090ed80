package org.engagements.chart;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.engagements.data.Schema;
import org.engagements.display.Html;
import tech.tablesaw.api.Table;

/**
 * The page {@code NAME-data.html} beside a saved chart: its numbers, as in {@code NAME.csv}, each
 * linking to the engagements behind it; then those engagements (dates, title, status, level, venue)
 * with the quotes the articles give for them. Self-contained, no script, every value from the data
 * or the articles escaped. Stateless.
 *
 * <p>A page is for reading: each number links at most {@link #LISTED_PER_NUMBER} of its engagements and
 * says how many more {@code NAME.csv} holds, and only the engagements linked are listed. A chart of a
 * million engagements would otherwise make a page of half a gigabyte that no browser opens.
 */
final class ChartDataPage {
    /** The page loads nothing: its own styles only. */
    private static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'";
    private static final String STYLE = """
            body{font-family:"DejaVu Sans",system-ui,sans-serif;color:#222;margin:2rem auto;max-width:75rem;\
            padding:0 1rem;line-height:1.45}
            table{border-collapse:collapse;margin:1rem 0 2rem;font-size:.9rem}
            th,td{border-bottom:1px solid #ddd;padding:.3rem .6rem;text-align:left;vertical-align:top}
            th{background:#f4f4f4}td.num{text-align:right;font-variant-numeric:tabular-nums}
            blockquote{margin:.2rem 0 .6rem;padding-left:.6rem;border-left:3px solid #4f9bd4}
            .source{color:#666;font-size:.85rem}:target{background:#fff6d5}
            """;

    static final int LISTED_PER_NUMBER = 20;

    private ChartDataPage() {
    }

    /** The page of the chart titled {@code title}, saved as {@code name}. */
    static String render(String title, String name, ChartData data) {
        StringWriter page = new StringWriter();
        try {
            write(page, title, name, data);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a page in memory", e);
        }
        return page.toString();
    }

    /**
     * Writes {@link #render}'s page to {@code out}, an engagement at a time: the page of a timeline of a
     * million engagements lists tens of thousands of them with their quotes, some 80 MB, which is not
     * built as one String (and copied three times) first.
     */
    static void write(Writer out, String title, String name, ChartData data) throws IOException {
        out.write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta http-equiv=\"Content-Security-Policy\" content=\"" + CONTENT_SECURITY_POLICY + "\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>" + Html.escape("Data: " + title) + "</title>\n<style>\n" + STYLE + "</style>\n</head>\n"
                + "<body>\n<main>\n");
        out.write("<h1>" + Html.escape(title) + "</h1>\n<p>The numbers behind the chart <strong>"
                + Html.escape(name) + "</strong>, as drawn; the same as <a href=\"" + href(name) + ".csv\">"
                + Html.escape(name) + ".csv</a>. Each links to the engagements it counts, listed below with the "
                + "articles' quotes" + (truncated(data) ? " (up to " + LISTED_PER_NUMBER + " for each number here; "
                + "the CSV file has them all)" : "") + ".</p>\n<h2>Numbers drawn</h2>\n");
        out.write(numbers(data, name));
        out.write("<h2>Engagements</h2>\n");
        engagements(out, data);
        out.write("</main>\n</body>\n</html>\n");
    }

    private static boolean truncated(ChartData data) {
        return data.rows().stream().anyMatch(row -> row.ids().size() > LISTED_PER_NUMBER);
    }

    /**
     * The engagements the page lists: the first few of each number, in the order of the data's ids
     * (sorted, once each), gathered from those few alone rather than from every id of the data.
     */
    static List<String> listed(ChartData data) {
        Set<String> shown = new TreeSet<>();
        data.rows().forEach(row -> shown.addAll(row.ids().subList(0, Math.min(LISTED_PER_NUMBER, row.ids().size()))));
        return List.copyOf(shown);
    }

    private static String numbers(ChartData data, String name) {
        StringBuilder html = new StringBuilder("<table>\n<thead><tr>");
        data.header().forEach(column -> html.append("<th>").append(Html.escape(column)).append("</th>"));
        html.append("</tr></thead>\n<tbody>\n");
        for (ChartData.Row row : data.rows()) {
            html.append("<tr>");
            row.values().forEach(value -> html.append("<td>").append(Html.escape(value)).append("</td>"));
            html.append("<td class=\"num\">").append(row.engagements()).append("</td><td>");
            int listed = Math.min(LISTED_PER_NUMBER, row.ids().size());
            for (int i = 0; i < listed; i++) {
                String id = row.ids().get(i);
                html.append(i == 0 ? "" : " ").append("<a href=\"#").append(anchor(id)).append("\">")
                        .append(Html.escape(id)).append("</a>");
            }
            if (listed < row.ids().size()) {
                html.append(" … and ").append(row.ids().size() - listed).append(" more in <a href=\"").append(href(name))
                        .append(".csv\">").append(Html.escape(name)).append(".csv</a>");
            }
            html.append("</td></tr>\n");
        }
        return html.append("</tbody>\n</table>\n").toString();
    }

    private static void engagements(Writer out, ChartData data) throws IOException {
        ChartData.Behind behind = data.behind();
        List<String> listed = listed(data);
        Set<String> wanted = new HashSet<>(listed);
        Map<String, Integer> rows = rowsById(behind.engagements(), Schema.ID, wanted);
        Map<String, List<Integer>> mentions = behind.mentions().map(table -> mentionsByEngagement(table, wanted))
                .orElse(Map.of());
        Set<String> quoted = new HashSet<>();
        mentions.values().forEach(list -> list.forEach(m -> quoted.add(behind.mentions().orElseThrow()
                .getString(m, Schema.ARTICLE_ID))));
        Map<String, Integer> articles = behind.articles().map(table -> rowsById(table, Schema.ID, quoted))
                .orElse(Map.of());
        StringBuilder html = new StringBuilder("<table>\n<thead><tr><th>id</th><th>dates</th><th>title</th>"
                + "<th>status</th><th>level</th><th>venue</th><th>quotes</th></tr></thead>\n<tbody>\n");
        Table engagements = behind.engagements();
        for (String id : listed) {
            out.write(html.toString());
            html.setLength(0);
            Integer row = rows.get(id);
            html.append("<tr id=\"").append(anchor(id)).append("\"><td>").append(Html.escape(id)).append("</td>");
            if (row == null) {
                html.append("<td colspan=\"6\">(not in the engagements table)</td></tr>\n");
                continue;
            }
            html.append("<td>").append(Html.escape(dates(engagements, row))).append("</td>");
            for (String column : List.of(Schema.TITLE, Schema.STATUS, Schema.LEVEL, Schema.VENUE)) {
                html.append("<td>").append(Html.escape(engagements.getString(row, column))).append("</td>");
            }
            html.append("<td>").append(quotes(behind, mentions.getOrDefault(id, List.of()), articles)).append("</td></tr>\n");
        }
        out.write(html.append("</tbody>\n</table>\n").toString());
    }

    private static String dates(Table engagements, int row) {
        String start = engagements.getString(row, Schema.DATE_START);
        String end = engagements.getString(row, Schema.DATE_END);
        return end.isEmpty() || end.equals(start) ? start : start + " to " + end;
    }

    /** Each quote, then its article: title (linked when its address is a web address), outlet, date. */
    private static String quotes(ChartData.Behind behind, List<Integer> mentionRows, Map<String, Integer> articleRows) {
        if (behind.mentions().isEmpty()) {
            return "<span class=\"source\">(built from tables without mentions: no quotes)</span>";
        }
        if (mentionRows.isEmpty()) {
            return "<span class=\"source\">(no article quoted)</span>";
        }
        Table mentions = behind.mentions().get();
        StringBuilder html = new StringBuilder();
        for (int m : mentionRows) {
            String articleId = mentions.getString(m, Schema.ARTICLE_ID);
            html.append("<blockquote>").append(Html.escape(mentions.getString(m, Schema.QUOTE)))
                    .append("</blockquote><div class=\"source\">").append(article(behind, articleId, articleRows.get(articleId)))
                    .append("</div>");
        }
        return html.toString();
    }

    private static String article(ChartData.Behind behind, String id, Integer row) {
        if (row == null || behind.articles().isEmpty()) {
            return "article " + Html.escape(id);
        }
        Table articles = behind.articles().get();
        String title = Html.escape(articles.getString(row, Schema.TITLE));
        String url = articles.getString(row, Schema.URL).strip();
        String lower = url.toLowerCase(Locale.ROOT);
        String linked = lower.startsWith("https://") || lower.startsWith("http://")
                ? "<a href=\"" + Html.escape(url) + "\" rel=\"noreferrer\">" + title + "</a>" : title;
        return Html.escape(id) + ": " + linked + " · " + Html.escape(articles.getString(row, Schema.OUTLET)) + ", "
                + Html.escape(articles.getString(row, Schema.PUBLISHED));
    }

    private static Map<String, List<Integer>> mentionsByEngagement(Table mentions, Set<String> wanted) {
        Map<String, List<Integer>> rows = new HashMap<>();
        tech.tablesaw.columns.Column<?> engagement = mentions.column(Schema.ENGAGEMENT_ID);
        for (int i = 0; i < mentions.rowCount(); i++) {
            String id = engagement.getString(i);
            if (wanted.contains(id)) {
                rows.computeIfAbsent(id, k -> new ArrayList<>()).add(i);
            }
        }
        return rows;
    }

    /** The first row of each wanted id: a page lists a few engagements of a table that may hold millions. */
    private static Map<String, Integer> rowsById(Table table, String column, Set<String> wanted) {
        Map<String, Integer> rows = new HashMap<>();
        tech.tablesaw.columns.Column<?> ids = table.column(column);
        for (int i = 0; i < table.rowCount() && rows.size() < wanted.size(); i++) {
            String id = ids.getString(i);
            if (wanted.contains(id)) {
                rows.putIfAbsent(id, i);
            }
        }
        return rows;
    }

    /** An id as a fragment: ids are plain ({@code e001}), but escaped all the same. */
    private static String anchor(String id) {
        return "e-" + Html.escape(id);
    }

    /** A file name in an address: characters that would end or break it percent-encoded. */
    private static String href(String name) {
        return Html.escape(java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20"));
    }
}
