package org.engagements.notebook.html;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides whether a {@code text/html} output may be placed in a report as markup. A bundle's HTML
 * comes from the notebook's JVM, and notebook code can display any HTML it likes, so trust goes by
 * shape, not by origin: only a plain table as our {@code TableRenderer} writes it passes, whoever
 * made it. That is {@code table caption thead tbody tfoot tr th td p} elements, properly nested, with
 * no attributes but {@code class} (letters, digits, spaces, hyphens) and numeric
 * {@code colspan}/{@code rowspan}, and text whose only {@code &} starts a character reference.
 * Everything else is shown as text by the caller. Such markup can hold no script, style, URL or
 * event handler, so it is safe in any page. Stateless.
 */
final class TrustedHtml {
    private static final Pattern TAG = Pattern.compile("<(/?)([a-z]+)((?:\\s+[a-z]+=\"[^\"]*\")*)\\s*>");
    private static final Pattern ATTRIBUTE = Pattern.compile("\\s+([a-z]+)=\"([^\"]*)\"");
    private static final Pattern NUMERIC = Pattern.compile("#\\d{1,7}|#x[0-9a-fA-F]{1,6}");
    private static final Set<String> ELEMENTS = Set.of("table", "caption", "thead", "tbody", "tfoot", "tr", "th",
            "td", "p");
    private static final Map<String, Pattern> ATTRIBUTES = Map.of(
            "class", Pattern.compile("[A-Za-z0-9 _-]{0,100}"),
            "colspan", Pattern.compile("\\d{1,4}"),
            "rowspan", Pattern.compile("\\d{1,4}"));
    private static final Set<String> ENTITIES = Set.of("amp", "lt", "gt", "quot", "apos", "nbsp", "hellip");

    private TrustedHtml() {
    }

    /** Whether {@code html} is a plain table (or paragraph) that may be shown as markup. */
    static boolean isPlainTable(String html) {
        Deque<String> open = new ArrayDeque<>();
        Matcher tag = TAG.matcher(html);
        int at = 0;
        while (tag.find()) {
            if (!isText(html.substring(at, tag.start())) || !accept(tag, open)) {
                return false;
            }
            at = tag.end();
        }
        return isText(html.substring(at)) && open.isEmpty();
    }

    private static boolean accept(Matcher tag, Deque<String> open) {
        String name = tag.group(2);
        if (!ELEMENTS.contains(name)) {
            return false;
        }
        if (!tag.group(1).isEmpty()) {
            return name.equals(open.poll()) && tag.group(3).isEmpty();
        }
        open.push(name);
        Matcher attribute = ATTRIBUTE.matcher(tag.group(3));
        while (attribute.find()) {
            Pattern allowed = ATTRIBUTES.get(attribute.group(1));
            if (allowed == null || !allowed.matcher(attribute.group(2)).matches()) {
                return false;
            }
        }
        return true;
    }

    /** Text without {@code < >}, whose every {@code &} starts a known or numeric character reference. */
    private static boolean isText(String text) {
        if (text.indexOf('<') >= 0 || text.indexOf('>') >= 0) {
            return false;
        }
        for (int amp = text.indexOf('&'); amp >= 0; amp = text.indexOf('&', amp + 1)) {
            int semicolon = text.indexOf(';', amp);
            if (semicolon < 0 || !isReference(text.substring(amp + 1, semicolon))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isReference(String name) {
        return ENTITIES.contains(name) || NUMERIC.matcher(name).matches();
    }
}
