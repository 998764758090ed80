package org.engagements.notebook.html;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.engagements.core.FileNames;
import org.engagements.display.Html;
import org.engagements.display.MimeBundle;
import org.engagements.display.MimeType;
import org.engagements.notebook.CellOutput;
import org.engagements.notebook.CellResult;

/**
 * A cell's outputs as HTML. Printed text and tracebacks are escaped into {@code <pre>}; a PNG or SVG
 * becomes an {@code <img>} with a {@code data:} URI (an image cannot run script, and the page's policy
 * allows nothing else); {@code text/html} is placed as markup only if {@link TrustedHtml} finds it a
 * plain table, else its plain text is shown. Stateless.
 */
final class OutputHtml {
    private static final Pattern BASE64 = Pattern.compile("[A-Za-z0-9+/]*={0,2}");

    private OutputHtml() {
    }

    static String of(CellResult result) {
        return of(result, Optional.empty());
    }

    /**
     * The outputs; an image saved with files ({@link MimeType#TEXT_URI_LIST}) links them when
     * {@code chartsHref}, the charts folder's address relative to the page, is known.
     */
    static String of(CellResult result, Optional<String> chartsHref) {
        StringBuilder html = new StringBuilder();
        for (CellOutput output : result.outputs()) {
            html.append(of(output, result, chartsHref));
        }
        return html.toString();
    }

    private static String of(CellOutput output, CellResult result, Optional<String> chartsHref) {
        if (output instanceof CellOutput.Stream stream) {
            return "<pre class=\"output stream " + stream.name().wireName() + "\">" + Html.escape(stream.text())
                    + "</pre>\n";
        }
        if (output instanceof CellOutput.DisplayData display) {
            return "<div class=\"output display\">" + bundle(display.data()) + savedFiles(display.data(), chartsHref)
                    + "</div>\n";
        }
        if (output instanceof CellOutput.ExecuteResult value) {
            return "<div class=\"output result\">" + bundle(value.data()) + savedFiles(value.data(), chartsHref)
                    + "</div>\n";
        }
        CellOutput.Error error = (CellOutput.Error) output;
        String label = result.failureExpected() ? "Expected error" : switch (result.status()) {
            case TIMED_OUT -> "Timed out";
            case EXITED -> "The notebook's JVM exited";
            default -> "Error";
        };
        return "<div class=\"output error" + (result.failureExpected() ? " expected" : "") + "\" role=\"alert\">"
                + "<p class=\"error-title\">" + Html.escape(label + ": " + error.ename()) + "</p>"
                + "<pre>" + Html.escape(error.message()) + "</pre></div>\n";
    }

    /** The richest safe form of a bundle: image, plain table, then text. */
    static String bundle(MimeBundle bundle) {
        String alt = Html.escape(firstLine(bundle.plainText()));
        Optional<String> png = bundle.find(MimeType.IMAGE_PNG).map(data -> data.replaceAll("\\s", ""))
                .filter(data -> BASE64.matcher(data).matches());
        if (png.isPresent()) {
            return image(alt, MimeType.IMAGE_PNG, png.get());
        }
        Optional<String> svg = bundle.find(MimeType.IMAGE_SVG);
        if (svg.isPresent()) {
            return image(alt, MimeType.IMAGE_SVG,
                    Base64.getEncoder().encodeToString(svg.get().getBytes(StandardCharsets.UTF_8)));
        }
        Optional<String> table = bundle.find(MimeType.TEXT_HTML).filter(TrustedHtml::isPlainTable);
        if (table.isPresent()) {
            return "<div class=\"table\">" + table.get() + "</div>";
        }
        String text = bundle.find(MimeType.TEXT_PLAIN).or(() -> bundle.find(MimeType.TEXT_HTML)).orElse("");
        return "<pre>" + Html.escape(text) + "</pre>";
    }

    /**
     * {@code Get the data: CSV · engagements and quotes}: links to the files saved with an image, in
     * the charts folder. Names that are not plain file names are left out (they come from the session).
     */
    static String savedFiles(MimeBundle bundle, Optional<String> chartsHref) {
        Optional<String> list = bundle.find(MimeType.TEXT_URI_LIST);
        if (chartsHref.isEmpty() || list.isEmpty()
                || bundle.find(MimeType.IMAGE_PNG).or(() -> bundle.find(MimeType.IMAGE_SVG)).isEmpty()) {
            return "";
        }
        List<String> links = list.get().lines().map(String::strip)
                .filter(name -> !name.isEmpty() && FileNames.whyUnsafe(name).isEmpty())
                .map(name -> "<a href=\"" + Html.escape(chartsHref.get() + Formats.href(name)) + "\">"
                        + Html.escape(linkText(name)) + "</a>")
                .toList();
        return links.isEmpty() ? "" : "<p class=\"chart-data\">Get the data: " + String.join(" · ", links) + "</p>";
    }

    private static String linkText(String name) {
        if (name.endsWith(FileNames.CHART_PAGE_SUFFIX)) {
            return "engagements and quotes";
        }
        return name.endsWith(FileNames.CHART_CSV_SUFFIX) ? "CSV" : name;
    }

    /** An image from a {@code data:} URI, the only kind of image the page's policy loads. */
    private static String image(String altHtml, MimeType type, String base64) {
        return "<img alt=\"" + altHtml + "\" src=\"data:" + type.mime() + ";base64," + base64 + "\">";
    }

    private static String firstLine(String text) {
        List<String> lines = text.lines().toList();
        return lines.isEmpty() ? "" : lines.get(0);
    }
}
