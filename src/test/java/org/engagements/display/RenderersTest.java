package org.engagements.display;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;

class RenderersTest {
    private final Renderers renderers = Renderers.load();

    @Test
    void theServiceLoaderFindsEveryRendererInPriorityOrder() {
        assertEquals(List.of(BundleRenderer.class, ChartRenderer.class, TableRenderer.class, TextRenderer.class),
                renderers.list().stream().map(Object::getClass).toList());
    }

    @Test
    void anyOtherValueIsShownAsText() {
        assertEquals(MimeBundle.text("[1, 2]"), renderers.render(List.of(1, 2)));
        assertEquals(MimeBundle.text("null"), renderers.render(null));
    }

    @Test
    void aTableIsShownAsHtml() {
        MimeBundle bundle = renderers.render(Table.create("t", IntColumn.create("n", 1)));
        assertEquals(List.of(MimeType.TEXT_PLAIN, MimeType.TEXT_HTML), List.copyOf(bundle.data().keySet()));
    }

    @Test
    void aBundleShowsItself() {
        MimeBundle html = MimeBundle.text("bold").with(MimeType.TEXT_HTML, "<b>bold</b>");
        assertEquals(html, renderers.render(html));
    }
}
