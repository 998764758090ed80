package org.engagements.notebook.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.engagements.display.MimeType;
import org.engagements.display.TableRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class TrustedHtmlTest {
    @Test
    void ourTableRenderersHtmlIsTrustedEvenWithMarkupInItsCells() {
        Table table = Table.create("t<i>able</i> & co", StringColumn.create("c<x>", "<b>bold</b>", "a & b"),
                IntColumn.create("n", 1, 2));
        String html = new TableRenderer().render(table).orElseThrow().find(MimeType.TEXT_HTML).orElseThrow();

        assertTrue(TrustedHtml.isPlainTable(html), html);
    }

    @Test
    void aLongTableIsTrustedToo() {
        int[] values = new int[500];
        Table table = Table.create("long", IntColumn.create("n", values), StringColumn.create("s",
                java.util.Collections.nCopies(500, "x".repeat(5000)).toArray(String[]::new)));
        String html = new TableRenderer().render(table).orElseThrow().find(MimeType.TEXT_HTML).orElseThrow();

        assertTrue(TrustedHtml.isPlainTable(html));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "<script>alert(1)</script>",
        "<table><tr><td onmouseover=\"alert(1)\">x</td></tr></table>",
        "<table><tr><td><img src=x onerror=alert(1)></td></tr></table>",
        "<table><tr><td style=\"background:url(https://evil.example)\">x</td></tr></table>",
        "<table class=\"a\" class=\"b\"><tr><td>x</td></tr></table><a href=\"javascript:alert(1)\">x</a>",
        "<table><tr><td>x</td></tr>",
        "<table><tr><td>x</tr></td></table>",
        "<table><tr><td>a < b</td></tr></table>",
        "<table><tr><td>&unknown;</td></tr></table>",
        "<table><tr><td>x</td></tr></table ><!-- comment -->",
        "<TABLE><tr><td>x</td></tr></TABLE>",
        "<table><tr><td colspan=\"2 onclick=x\">x</td></tr></table>",
        "<p>unclosed <b>bold</p>"
    })
    void anythingElseIsNot(String html) {
        assertEquals(false, TrustedHtml.isPlainTable(html));
    }
}
