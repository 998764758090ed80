package org.engagements.display;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.IntStream;
import tech.tablesaw.api.Table;

/**
 * A Tablesaw {@link Table} as aligned text and as an HTML table with escaped cells. A table of more
 * than {@value #MAX_FULL} rows shows its first {@value #HEAD} and last {@value #TAIL} rows and a note
 * with its size.
 */
public final class TableRenderer implements Renderer {
    static final int HEAD = 10;
    static final int TAIL = 5;
    static final int MAX_FULL = 20;
    private static final String ELLIPSIS = "…";

    @Override
    public int priority() {
        return 100;
    }

    @Override
    public Optional<MimeBundle> render(Object value) {
        if (!(value instanceof Table table)) {
            return Optional.empty();
        }
        List<Integer> shown = shownRows(table.rowCount());
        boolean truncated = shown.size() < table.rowCount();
        return Optional.of(MimeBundle.text(text(table, shown, truncated))
                .with(MimeType.TEXT_HTML, html(table, shown, truncated)));
    }

    private static List<Integer> shownRows(int rowCount) {
        if (rowCount <= MAX_FULL) {
            return IntStream.range(0, rowCount).boxed().toList();
        }
        return IntStream.concat(IntStream.range(0, HEAD), IntStream.range(rowCount - TAIL, rowCount))
                .boxed().toList();
    }

    private static String text(Table table, List<Integer> shown, boolean truncated) {
        Table view = truncated ? table.rows(shown.stream().mapToInt(Integer::intValue).toArray()) : table;
        String printed = view.print(Math.max(1, shown.size()));   // print(0) throws
        if (!truncated) {
            return printed;
        }
        List<String> lines = new ArrayList<>(List.of(printed.split("\n", -1)));
        int separator = IntStream.range(0, lines.size())
                .filter(i -> lines.get(i).matches("-+")).findFirst().orElse(-1);
        lines.add(separator + 1 + HEAD, " " + ELLIPSIS);
        lines.add(sizeNote(table));
        return String.join("\n", lines);
    }

    private static String html(Table table, List<Integer> shown, boolean truncated) {
        StringBuilder html = new StringBuilder("<table class=\"dataframe\">\n");
        if (!table.name().isEmpty()) {
            html.append("<caption>").append(Html.escape(table.name())).append("</caption>\n");
        }
        html.append("<thead><tr>");
        table.columnNames().forEach(name -> html.append("<th>").append(Html.escape(name)).append("</th>"));
        html.append("</tr></thead>\n<tbody>\n");
        for (int i = 0; i < shown.size(); i++) {
            if (truncated && i == HEAD) {
                html.append("<tr><td colspan=\"").append(table.columnCount()).append("\">")
                        .append(ELLIPSIS).append("</td></tr>\n");
            }
            appendRow(html, table, shown.get(i));
        }
        html.append("</tbody>\n</table>\n");
        if (truncated) {
            html.append("<p>").append(Html.escape(sizeNote(table))).append("</p>\n");
        }
        return html.toString();
    }

    private static void appendRow(StringBuilder html, Table table, int row) {
        html.append("<tr>");
        for (int column = 0; column < table.columnCount(); column++) {
            html.append("<td>").append(Html.escape(table.getString(row, column))).append("</td>");
        }
        html.append("</tr>\n");
    }

    private static String sizeNote(Table table) {
        return String.format(Locale.ROOT, "%s %,d rows × %,d columns", ELLIPSIS,
                table.rowCount(), table.columnCount());
    }
}
