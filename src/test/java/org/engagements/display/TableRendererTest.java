package org.engagements.display;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class TableRendererTest {
    private final TableRenderer renderer = new TableRenderer();

    private static Table meetings() {
        return Table.create("Meetings <2001>",
                IntColumn.create("year", 2001, 2002),
                StringColumn.create("place", "Beijing", "<b>Washington</b> & co"));
    }

    private static Table numbers(int rows) {
        return Table.create("numbers", IntColumn.create("n", IntStream.range(0, rows).toArray()),
                IntColumn.create("square", IntStream.range(0, rows).map(i -> i * i).toArray()));
    }

    @Test
    void htmlHoldsEveryCellEscaped() {
        String html = renderer.render(meetings()).orElseThrow().find(MimeType.TEXT_HTML).orElseThrow();
        assertTrue(html.contains("<caption>Meetings &lt;2001&gt;</caption>"), html);
        assertTrue(html.contains("<th>year</th><th>place</th>"), html);
        assertTrue(html.contains("<td>2001</td><td>Beijing</td>"), html);
        assertTrue(html.contains("<td>&lt;b&gt;Washington&lt;/b&gt; &amp; co</td>"), html);
        assertFalse(html.contains("<b>"), html);
    }

    @Test
    void plainTextIsTablesawsPrint() {
        Table table = meetings();
        assertEquals(table.print(2), renderer.render(table).orElseThrow().plainText());
    }

    @Test
    void largeTablesShowTheFirstTenAndLastFiveRowsAndTheirSize() {
        MimeBundle bundle = renderer.render(numbers(100)).orElseThrow();
        String html = bundle.find(MimeType.TEXT_HTML).orElseThrow();
        assertEquals(16, html.split("<tr><td", -1).length - 1, html);   // 15 rows and the ellipsis row
        assertTrue(html.contains("<td>9</td><td>81</td>"), html);
        assertFalse(html.contains("<td>10</td>"), html);
        assertTrue(html.contains("<td>99</td><td>9801</td>"), html);
        assertTrue(html.contains("<p>… 100 rows × 2 columns</p>"), html);
        String text = bundle.plainText();
        assertTrue(text.endsWith("… 100 rows × 2 columns"), text);
        assertTrue(text.contains("  9  |      81  |\n …\n 95  |    9025  |"), text);
    }

    @Test
    void twentyRowsAreShownWhole() {
        String html = renderer.render(numbers(20)).orElseThrow().find(MimeType.TEXT_HTML).orElseThrow();
        assertEquals(20, html.split("<tr><td", -1).length - 1);
        assertFalse(html.contains("…"));
    }

    @Test
    void anEmptyTableRendersItsHeader() {
        MimeBundle bundle = renderer.render(Table.create("empty", IntColumn.create("n"))).orElseThrow();
        assertTrue(bundle.find(MimeType.TEXT_HTML).orElseThrow().contains("<th>n</th>"));
    }

    @Test
    void otherValuesAreNotTables() {
        assertTrue(renderer.render("text").isEmpty());
    }
}
