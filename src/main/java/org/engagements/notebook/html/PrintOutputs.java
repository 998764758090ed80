package org.engagements.notebook.html;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.engagements.display.Html;
import org.engagements.display.MimeBundle;
import org.engagements.display.MimeType;
import org.engagements.notebook.CellOutput;
import org.engagements.notebook.CellResult;

/**
 * A cell's outputs for the print document: printed text and errors escaped into {@code <pre>}, a PNG
 * as an {@code <img>} with a {@code data:} URI (the only image the PDF renderer is allowed to load),
 * a {@code text/html} output as markup only when {@link TrustedHtml} finds it a plain table, else its
 * plain text. An SVG-only output shows its plain text: the renderer draws no SVG (see
 * {@code docs/reports.md}). Unlike {@link OutputHtml}, empty elements are closed ({@code <img/>}), as
 * XML wants. Stateless.
 */
final class PrintOutputs {
    private static final Pattern BASE64 = Pattern.compile("[A-Za-z0-9+/]*={0,2}");

    private PrintOutputs() {
    }

    static String of(CellResult result) {
        StringBuilder html = new StringBuilder();
        for (CellOutput output : result.outputs()) {
            html.append(of(output, result));
        }
        return html.toString();
    }

    private static String of(CellOutput output, CellResult result) {
        if (output instanceof CellOutput.Stream stream) {
            return stream.text().isBlank() ? ""
                    : "<pre class=\"output " + stream.name().wireName() + "\">" + Html.escape(stream.text()) + "</pre>\n";
        }
        if (output instanceof CellOutput.DisplayData display) {
            return bundle(display.data());
        }
        if (output instanceof CellOutput.ExecuteResult value) {
            return bundle(value.data());
        }
        CellOutput.Error error = (CellOutput.Error) output;
        String label = result.failureExpected() ? "Expected error" : switch (result.status()) {
            case TIMED_OUT -> "Timed out";
            case EXITED -> "The notebook's JVM exited";
            default -> "Error";
        };
        return "<div class=\"error" + (result.failureExpected() ? " expected" : "") + "\"><p class=\"error-title\">"
                + Html.escape(label + ": " + error.ename()) + "</p><pre>" + Html.escape(error.message())
                + "</pre></div>\n";
    }

    /** The richest printable form of a bundle: PNG, plain table, then text. */
    private static String bundle(MimeBundle bundle) {
        Optional<String> png = bundle.find(MimeType.IMAGE_PNG).map(data -> data.replaceAll("\\s", ""))
                .filter(data -> BASE64.matcher(data).matches());
        if (png.isPresent()) {
            return "<div class=\"figure\"><img alt=\"" + Html.escape(firstLine(bundle.plainText()))
                    + "\" src=\"data:" + MimeType.IMAGE_PNG.mime() + ";base64," + png.get() + "\"/></div>\n";
        }
        Optional<String> table = bundle.find(MimeType.TEXT_HTML).filter(TrustedHtml::isPlainTable);
        if (table.isPresent()) {
            return "<div class=\"table\">" + table.get() + "</div>\n";
        }
        String text = bundle.find(MimeType.TEXT_PLAIN).or(() -> bundle.find(MimeType.TEXT_HTML)).orElse("");
        return text.isBlank() ? "" : "<pre class=\"output value\">" + Html.escape(text) + "</pre>\n";
    }

    private static String firstLine(String text) {
        List<String> lines = text.lines().toList();
        return lines.isEmpty() ? "" : lines.get(0);
    }
}
