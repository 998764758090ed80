package org.engagements.notebook.html;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the HTML our writers make into well-formed XML text for the print document, which an XML
 * parser reads: HTML's named character references that XML lacks become numeric ones, and characters
 * XML 1.0 forbids (control characters a notebook printed, lone surrogates), raw or as a numeric
 * reference, become U+FFFD. Applied to the whole document at the end, which is safe because every
 * string from a notebook is escaped before that: an {@code &} of the notebook's is {@code &amp;} by
 * then, so no reference of the notebook's is read here. Stateless.
 */
final class Xhtml {
    private static final String REPLACEMENT = "\uFFFD";
    private static final Pattern REFERENCE = Pattern.compile("&(nbsp|hellip|#[0-9]{1,7}|#x[0-9a-fA-F]{1,6});");

    private Xhtml() {
    }

    /** {@code html} as XML text: see the class comment. */
    static String of(String html) {
        return references(characters(html));
    }

    private static String characters(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (isXmlChar(c)) {
                out.appendCodePoint(c);
            } else {
                out.append(REPLACEMENT);
            }
        });
        return out.toString();
    }

    private static String references(String text) {
        Matcher reference = REFERENCE.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (reference.find()) {
            String name = reference.group(1);
            int c = switch (name) {
                case "nbsp" -> 0xA0;
                case "hellip" -> 0x2026;
                default -> name.startsWith("#x") ? Integer.parseInt(name.substring(2), 16)
                        : Integer.parseInt(name.substring(1));
            };
            reference.appendReplacement(out, "&#" + (isXmlChar(c) ? c : 0xFFFD) + ";");
        }
        reference.appendTail(out);
        return out.toString();
    }

    /** XML 1.0's Char production; a lone surrogate (as {@code codePoints()} yields it) is not one. */
    private static boolean isXmlChar(int c) {
        return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
                || (c >= 0x10000 && c <= 0x10FFFF);
    }
}
