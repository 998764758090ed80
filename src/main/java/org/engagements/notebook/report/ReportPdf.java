package org.engagements.notebook.report;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TimeZone;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.engagements.core.AtomicFile;
import org.engagements.core.DejaVuFonts;
import org.engagements.core.EngagementsException;
import org.engagements.core.PdfDocumentId;
import org.engagements.notebook.html.IndexPage;
import org.engagements.notebook.html.PrintDocument;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * {@code report.pdf}: the whole report in one PDF, laid out by openhtmltopdf from {@link PrintDocument}
 * on A4 pages, with page numbers, a table of contents with page numbers and a bookmark per notebook.
 *
 * <p>Nothing is fetched: the renderer may load {@code data:} URIs only (the charts), so a remote image in
 * a notebook's markdown is left out rather than downloaded, and the fonts are DejaVu Sans and DejaVu
 * Sans Mono from Debian's {@code fonts-dejavu-core}, embedded as subsets. The same report gives the same
 * bytes: the creation date is the run's start, the producer is fixed and the document id is made from
 * the content ({@link PdfDocumentId}). Stateless.
 */
public final class ReportPdf {
    public static final String FILE_NAME = "report.pdf";

    /** A font file the PDF embeds, and its family and weight. */
    private record Font(Path file, String family, int weight) {
    }

    private static final List<Font> FONTS = List.of(
            new Font(DejaVuFonts.SANS, "DejaVu Sans", 400),
            new Font(DejaVuFonts.SANS_BOLD, "DejaVu Sans", 700),
            new Font(DejaVuFonts.MONO, "DejaVu Sans Mono", 400),
            new Font(DejaVuFonts.MONO_BOLD, "DejaVu Sans Mono", 700));

    static {
        // openhtmltopdf logs its progress (fonts loaded, timings) to the console at INFO through
        // java.util.logging; none of it is for the user of a command line. A failure still throws.
        XRLog.setLoggingEnabled(false);
    }

    private ReportPdf() {
    }

    /**
     * Why a PDF cannot be written here, as a message; empty when it can. Checked with the other options,
     * before any notebook runs: the fonts the PDF embeds must be installed.
     */
    public static Optional<String> findProblem() {
        return findProblem(FONTS.stream().map(Font::file).toList());
    }

    /** Why a PDF that embeds {@code fonts} cannot be written: those missing, named. */
    static Optional<String> findProblem(List<Path> fonts) {
        List<String> missing = fonts.stream().filter(file -> !Files.isRegularFile(file)).map(Path::toString).toList();
        return missing.isEmpty() ? Optional.empty() : Optional.of("--pdf: the PDF embeds DejaVu fonts and "
                + String.join(", ", missing) + (missing.size() == 1 ? " is" : " are") + " missing; install the "
                + DejaVuFonts.PACKAGE + " package (Debian, Ubuntu) or put them there");
    }

    /** Writes the PDF of the report {@code contents} describes to {@code file}, atomically. */
    public static void write(IndexPage.Contents contents, Path file) {
        AtomicFile.write(file, render(contents, file));
    }

    /** The PDF's bytes; {@code file} is only named in errors. */
    static byte[] render(IndexPage.Contents contents, Path file) {
        findProblem().ifPresent(problem -> {
            throw new EngagementsException(file + ": " + problem);
        });
        Document document = parse(PrintDocument.render(contents));
        PdfRendererBuilder builder = new PdfRendererBuilder()
                .useFastMode()
                .withW3cDocument(document, "about:blank")
                .withProducer("engagements")
                .useUriResolver((base, uri) -> isEmbedded(uri) ? uri : null)
                .useExternalResourceAccessControl((uri, type) -> isEmbedded(uri),
                        ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
                .useExternalResourceAccessControl((uri, type) -> isEmbedded(uri),
                        ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
        for (Font font : FONTS) {
            builder.useFont(font.file().toFile(), font.family(), font.weight(), BaseRendererBuilder.FontStyle.NORMAL,
                    true);
        }
        try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
            renderer.layout();
            renderer.createPDFWithoutClosing();
            PDDocument pdf = renderer.getPdfDocument();
            try (pdf) {
                dated(pdf.getDocumentInformation(), contents);
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                pdf.save(out);
                return PdfDocumentId.fromContent(out.toByteArray());
            }
        } catch (IOException e) {
            // A runtime exception of the layout engine is a bug (its or ours), not the user's to fix: not caught.
            throw new EngagementsException(file + ": cannot lay out the report as PDF: " + e.getMessage(), e);
        }
    }

    /** Only {@code data:} URIs, which carry their content, are loaded. */
    private static boolean isEmbedded(String uri) {
        return uri != null && uri.regionMatches(true, 0, "data:", 0, 5);
    }

    /** The run's start as creation and modification date, instead of the time of writing. */
    private static void dated(PDDocumentInformation information, IndexPage.Contents contents) {
        Calendar started = new GregorianCalendar(TimeZone.getTimeZone("UTC"), Locale.ROOT);
        started.setTimeInMillis(contents.record().started().toEpochMilli());
        information.setCreationDate(started);
        information.setModificationDate(started);
    }

    /**
     * The print document as a DOM, parsed with no DTD, entity or include (it has none; the parser is
     * told so that nothing can be fetched).
     *
     * @throws IllegalStateException when it is not well-formed: our bug, as {@link PrintDocument} makes it
     */
    private static Document parse(String xhtml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder parser = factory.newDocumentBuilder();
            parser.setErrorHandler(new DefaultHandler() {
                @Override
                public void fatalError(SAXParseException e) throws SAXParseException {
                    throw e; // instead of the default handler's line on standard error
                }
            });
            return parser.parse(new InputSource(new StringReader(xhtml)));
        } catch (SAXParseException e) {
            throw new IllegalStateException("the print document is not well-formed at " + e.getLineNumber() + ":"
                    + e.getColumnNumber() + ": " + e.getMessage() + " (our bug)", e);
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new IllegalStateException("cannot parse the print document (our bug): " + e.getMessage(), e);
        }
    }
}
