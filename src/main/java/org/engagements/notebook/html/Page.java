package org.engagements.notebook.html;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.engagements.display.Html;

/**
 * The frame of every report page: one self-contained HTML file with its stylesheet inlined and a
 * Content-Security-Policy that lets it load nothing but {@code data:} images and its own styles, so
 * it reads the same with no network and even an escaping mistake cannot run script. Stateless.
 */
final class Page {
    /** No scripts, frames, fonts, fetches or remote images; inline styles and {@code data:} images only. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; img-src data:; style-src 'unsafe-inline'";
    private static final String STYLESHEET = resource("report.css");

    private Page() {
    }

    /** A whole document: {@code title} (plain text, escaped here) and {@code body} (HTML). */
    static String document(String title, String body) {
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta http-equiv=\"Content-Security-Policy\" content=\"" + CONTENT_SECURITY_POLICY + "\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<meta name=\"generator\" content=\"engagements\">\n"
                + "<title>" + Html.escape(title) + "</title>\n<style>\n" + STYLESHEET + "</style>\n</head>\n"
                + "<body>\n" + body + "</body>\n</html>\n";
    }

    private static String resource(String name) {
        try (InputStream in = Page.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name + " beside " + Page.class.getName());
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + name, e);
        }
    }
}
