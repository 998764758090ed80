package org.engagements.notebook.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.engagements.notebook.NotebookParser;
import org.engagements.notebook.executed.ExecutedNotebook;
import org.engagements.notebook.executed.TestRuns;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** The print document of real runs of the test notebooks. */
class PrintDocumentTest {
    private static IndexPage.Contents contents(List<ExecutedNotebook> notebooks) {
        return new IndexPage.Contents("A <b>report</b>", notebooks, notebooks.get(0).record(), List.of());
    }

    private static List<ExecutedNotebook> testNotebooks() {
        return List.of(TestRuns.run("tour", List.of(), false), TestRuns.run("hostile", List.of(), false),
                TestRuns.run("hostile-output", List.of(), false));
    }

    static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }

    @Test
    void hostileNotebooksGiveWellFormedXmlThatLoadsAndRunsNothing() throws Exception {
        String xml = PrintDocument.render(contents(testNotebooks()));

        Document document = parse(xml);
        assertEquals("http://www.w3.org/1999/xhtml", document.getDocumentElement().getNamespaceURI());
        assertEquals(List.of(), NotebookPageTest.activeContent(xml));
        assertFalse(xml.contains("<script"));
        assertTrue(xml.contains("<title>A &lt;b&gt;report&lt;/b&gt;</title>"), "the report's title is escaped");
        assertTrue(xml.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "printed markup is text");
        assertTrue(xml.contains("<td>&lt;b&gt;bold&lt;/b&gt;</td>"), "a table cell's markup is text");
    }

    @Test
    void eachNotebookHasASectionAContentsEntryAndABookmarkWithItsHeadingsBelow() throws Exception {
        List<ExecutedNotebook> notebooks = testNotebooks();
        Document document = parse(PrintDocument.render(contents(notebooks)));

        List<Element> sections = elements(document, "section").stream()
                .filter(section -> section.getAttribute("class").equals("notebook")).toList();
        assertEquals(IntStream.rangeClosed(1, 3).mapToObj(n -> "notebook-" + n).toList(),
                sections.stream().map(section -> section.getAttribute("id")).toList());
        List<Element> top = elements(document, "bookmark").stream()
                .filter(bookmark -> bookmark.getParentNode().getLocalName().equals("bookmarks")).toList();
        assertEquals(notebooks.stream().map(NotebookPage::title).toList(),
                top.stream().map(bookmark -> bookmark.getAttribute("name")).toList());
        assertEquals("A tour of the outputs", top.get(0).getAttribute("name"));
        List<String> tourHeadings = elements(top.get(0), "bookmark").stream()
                .map(bookmark -> bookmark.getAttribute("name")).toList();
        assertFalse(tourHeadings.isEmpty(), "the tour's level-2 headings are bookmarked below it");
        List<String> contents = elements(document, "li").stream()
                .filter(li -> li.getAttribute("class").equals("toc-notebook")).map(Element::getTextContent).toList();
        assertEquals(notebooks.stream().map(NotebookPage::title).toList(), contents);
        for (Element bookmark : elements(document, "bookmark")) {
            String target = bookmark.getAttribute("href").substring(1);
            assertTrue(elements(document, "*").stream().anyMatch(e -> e.getAttribute("id").equals(target)),
                    "the bookmark's target exists: " + target);
        }
    }

    @Test
    void controlCharactersAndHtmlOnlyEntitiesFromANotebookStillGiveXml() throws Exception {
        ExecutedNotebook executed = TestRuns.execute(NotebookParser.parse(Path.of("notebooks/report/control.jsh"), """
                // %% [markdown]
                // # Control characters
                //
                // ![remote](https://example.org/x.png)

                // %% Prints them
                System.out.println("red \\u001b[31mtext\\u0000 and more");

                // %% A plain table with references
                display(org.engagements.display.MimeBundle.of(org.engagements.display.MimeType.TEXT_HTML,
                        "<table><tr><td>a&nbsp;b&hellip;&#1;</td></tr></table>"));
                """));

        String xml = PrintDocument.render(contents(List.of(executed)));

        parse(xml);
        assertTrue(xml.contains("red \uFFFD[31mtext\uFFFD and more"), "forbidden characters replaced");
        assertTrue(xml.contains("<td>a&#160;b&#8230;&#65533;</td>"), "references XML has");
        assertTrue(xml.contains("src=\"https://example.org/x.png\""),
                "a remote image stays in the document; ReportPdf refuses to load it");
    }

    private static List<Element> elements(Document document, String name) {
        return list(document.getElementsByTagNameNS("*", name));
    }

    private static List<Element> elements(Element parent, String name) {
        return list(parent.getElementsByTagNameNS("*", name));
    }

    private static List<Element> list(NodeList nodes) {
        List<Element> list = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            list.add((Element) nodes.item(i));
        }
        return list;
    }
}
