package org.engagements.notebook.html;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.DefaultUrlSanitizer;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.UrlSanitizer;

/**
 * Markdown cells as HTML, with commonmark-java and GFM tables. Notebook text is not trusted: raw HTML
 * in the markdown is escaped and shows as text, link URLs keep only {@code http}, {@code https},
 * {@code mailto} and relative forms, image URLs also {@code data:}. Headings get ids, returned with
 * their text for the table of contents. Thread safe.
 */
final class MarkdownHtml {
    private static final List<org.commonmark.Extension> EXTENSIONS = List.of(TablesExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();

    /** Rendered markdown and its headings in document order. */
    record Rendered(String html, List<Heading> headings) {
    }

    private MarkdownHtml() {
    }

    /** Renders {@code markdown}; heading ids are {@code idPrefix-h1}, {@code idPrefix-h2}, ... */
    static Rendered render(String markdown, String idPrefix) {
        Node document = PARSER.parse(markdown);
        Map<Node, String> ids = new IdentityHashMap<>();
        List<Heading> headings = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(org.commonmark.node.Heading heading) {
                String id = idPrefix + "-h" + (headings.size() + 1);
                ids.put(heading, id);
                headings.add(new Heading(heading.getLevel(), plainText(heading), id));
            }
        });
        HtmlRenderer renderer = HtmlRenderer.builder()
                .extensions(EXTENSIONS)
                .escapeHtml(true)
                .sanitizeUrls(true)
                .urlSanitizer(Urls.INSTANCE)
                .attributeProviderFactory(context -> (node, tag, attributes) -> {
                    if (ids.containsKey(node)) {
                        attributes.put("id", ids.get(node));
                    }
                })
                .build();
        return new Rendered(renderer.render(document), List.copyOf(headings));
    }

    /** The text of a node and its children, without markup. */
    private static String plainText(Node node) {
        StringBuilder text = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text literal) {
                text.append(literal.getLiteral());
            }

            @Override
            public void visit(Code code) {
                text.append(code.getLiteral());
            }
        });
        return text.toString().strip();
    }

    /** Links: web, mail and relative URLs only. Images: also {@code data:}, all the page's policy loads. */
    private static final class Urls implements UrlSanitizer {
        static final Urls INSTANCE = new Urls();
        private final DefaultUrlSanitizer links = new DefaultUrlSanitizer(List.of("http", "https", "mailto"));
        private final DefaultUrlSanitizer images = new DefaultUrlSanitizer(List.of("http", "https", "data"));

        @Override
        public String sanitizeLinkUrl(String url) {
            return links.sanitizeLinkUrl(url);
        }

        @Override
        public String sanitizeImageUrl(String url) {
            return images.sanitizeImageUrl(url);
        }
    }
}
