package org.engagements.notebook.javadoc;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text of a Javadoc comment (HTML with inline tags such as {@code {@code x}} and {@code {@link
 * A#b}}) as plain blocks: paragraphs with their white space collapsed, {@code <pre>} kept line by line,
 * list items marked. {@link #blocks} reads; {@link Block#lines} lays a block out at a width.
 * Not every tag is known: an unknown HTML tag is dropped and its text kept, an unknown inline tag is
 * replaced by its text. Pure functions.
 */
final class HtmlText {
    /** A paragraph, list item or preformatted text. {@code depth} is the list nesting it is in. */
    record Block(String text, boolean preformatted, String marker, int depth) {
        /** This block's lines at {@code width}, each prefixed by {@code indent} and the list indentation. */
        List<String> lines(String indent, int width) {
            String inset = indent + "  ".repeat(depth);
            List<String> lines = new ArrayList<>();
            if (preformatted) {
                text.lines().forEach(line -> lines.add((inset + "    " + line).stripTrailing()));
                return lines;
            }
            String hanging = " ".repeat(marker.length());
            boolean first = true;
            for (String part : text.split(String.valueOf(LINE_BREAK))) {
                for (String line : wrap(part.strip(), Math.max(20, width - inset.length() - marker.length()))) {
                    lines.add(inset + (first ? marker : hanging) + line);
                    first = false;
                }
            }
            return lines;
        }
    }

    /** A {@code <br>}, kept through white-space collapsing. */
    static final char LINE_BREAK = '\u2028';
    private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z][a-zA-Z0-9]*)\\b[^<>]*?(/?)>");
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});");
    private static final Set<String> BLOCK_TAGS = Set.of("p", "div", "blockquote", "table", "dl", "dt", "dd",
            "h1", "h2", "h3", "h4", "h5", "h6", "hr", "section", "caption", "center");

    private HtmlText() {
    }

    /** The blocks of {@code html}, in order; empty paragraphs are left out. */
    static List<Block> blocks(String html) {
        Reader reader = new Reader();
        reader.html(html);
        reader.endBlock();
        return List.copyOf(reader.blocks);
    }

    /** {@code html} as one line of text: blocks joined by a space. For short texts such as a tag's. */
    static String inline(String html) {
        return String.join(" ", blocks(html).stream().map(block -> oneLine(block.text())).toList());
    }

    /** A block's text on one line: its line breaks and white space runs as single spaces. */
    static String oneLine(String text) {
        return text.replace(LINE_BREAK, ' ').replaceAll("\\s+", " ").strip();
    }

    /** Reads HTML and inline tags into blocks; one per call of {@link #blocks}. */
    private static final class Reader {
        final List<Block> blocks = new ArrayList<>();
        final StringBuilder current = new StringBuilder();
        final Deque<int[]> lists = new ArrayDeque<>();   // per open list: 0 for <ul>, else the next number
        boolean pre;
        String marker = "";

        void html(String text) {
            int i = 0;
            while (i < text.length()) {
                char c = text.charAt(i);
                if (c == '{' && text.startsWith("{@", i)) {
                    i = inlineTag(text, i);
                } else if (c == '<' && text.startsWith("<!--", i)) {
                    int end = text.indexOf("-->", i + 4);
                    i = end < 0 ? text.length() : end + 3;
                } else if (c == '<' && tagAt(text, i) != null) {
                    Matcher tag = tagAt(text, i);
                    htmlTag(tag.group(2).toLowerCase(Locale.ROOT), !tag.group(1).isEmpty());
                    i = tag.end();
                } else if (c == '&' && entityAt(text, i) != null) {
                    Matcher entity = entityAt(text, i);
                    current.append(Entities.decode(entity.group(1)).orElse(entity.group()));
                    i = entity.end();
                } else {
                    current.append(c);
                    i++;
                }
            }
        }

        private static Matcher tagAt(String text, int at) {
            Matcher tag = TAG.matcher(text).region(at, text.length());
            return tag.lookingAt() ? tag : null;
        }

        private static Matcher entityAt(String text, int at) {
            Matcher entity = ENTITY.matcher(text).region(at, text.length());
            return entity.lookingAt() ? entity : null;
        }

        /** Reads the inline tag starting at {@code at}; returns the index after its closing brace. */
        private int inlineTag(String text, int at) {
            int nameEnd = at + 2;
            while (nameEnd < text.length() && Character.isLetter(text.charAt(nameEnd))) {
                nameEnd++;
            }
            String name = text.substring(at + 2, nameEnd);
            int end = inlineTagEnd(text, at);
            boolean closed = end > nameEnd && text.charAt(end - 1) == '}';
            String content = text.substring(nameEnd, closed ? end - 1 : end);
            boolean separated = !content.isEmpty() && Character.isWhitespace(content.charAt(0));
            inlineTag(name, separated ? content.substring(1) : content);
            return end;
        }

        private void inlineTag(String name, String content) {
            switch (name) {
                case "code", "literal" -> current.append(content);
                case "link", "linkplain" -> link(content);
                case "value", "systemProperty" -> current.append(reference(content.strip()));
                case "inheritDoc", "docRoot" -> { }
                case "index" -> current.append(firstWord(content.strip()));
                case "return" -> {
                    current.append("Returns ");
                    html(content.strip());
                    current.append(content.strip().endsWith(".") ? "" : ".");
                }
                case "snippet" -> snippet(content);
                default -> html(content);
            }
        }

        private void link(String content) {
            String stripped = content.strip();
            int split = referenceEnd(stripped);
            String label = stripped.substring(split).strip();
            if (label.isEmpty()) {
                current.append(reference(stripped.substring(0, split)));
            } else {
                html(label);
            }
        }

        /** {@code {@snippet : code}} or {@code {@snippet lang=java : code}}: the code as preformatted text. */
        private void snippet(String content) {
            int colon = content.indexOf(':');
            String code = colon < 0 ? "" : content.substring(colon + 1);
            boolean wasPre = pre;
            if (!wasPre) {
                endBlock();
                pre = true;
            }
            current.append(code);
            if (!wasPre) {
                endBlock();
                pre = false;
            }
        }

        private void htmlTag(String name, boolean closing) {
            switch (name) {
                case "br" -> current.append(pre ? "\n" : String.valueOf(LINE_BREAK));
                case "pre" -> {
                    endBlock();
                    pre = !closing;
                }
                case "ul", "ol" -> {
                    endBlock();
                    if (closing) {
                        lists.poll();
                    } else {
                        lists.push(new int[] {name.equals("ol") ? 1 : 0});
                    }
                }
                case "li" -> {
                    endBlock();
                    if (!closing) {
                        int[] list = lists.isEmpty() ? new int[] {0} : lists.peek();
                        marker = list[0] == 0 ? "- " : list[0]++ + ". ";
                    }
                }
                case "td", "th" -> current.append(closing ? "" : " ");
                case "tr" -> current.append(closing || current.isEmpty() ? "" : String.valueOf(LINE_BREAK));
                default -> {
                    if (BLOCK_TAGS.contains(name)) {
                        endBlock();
                    }
                }
            }
        }

        /** Ends the block read so far, if it has any text. */
        void endBlock() {
            String text = pre ? dedent(current.toString()) : collapse(current.toString());
            if (!text.isBlank()) {
                int depth = Math.max(0, lists.size() - (marker.isEmpty() ? 0 : 1));   // an item's own text: under its marker
                blocks.add(new Block(text, pre, pre ? "" : marker, depth));
                marker = "";
            }
            current.setLength(0);
        }
    }

    /** HTML elements before which the Javadoc tool ends a first sentence. */
    private static final Set<String> SENTENCE_BREAKS = Set.of("p", "pre", "ul", "ol", "dl", "table", "hr",
            "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "section");

    /**
     * The first sentence of {@code html}, still HTML, by the Javadoc tool's rule for English: up to the
     * first period followed by white space outside inline tags, or up to a block element after some text;
     * a leading {@code {@return ...}} on its own.
     */
    static String firstSentence(String html) {
        if (html.stripLeading().startsWith("{@return")) {                 // "Returns ...." is the sentence
            int start = html.indexOf("{@return");
            return html.substring(0, inlineTagEnd(html, start));
        }
        int i = 0;
        while (i < html.length()) {
            char c = html.charAt(i);
            if (c == '{' && html.startsWith("{@", i)) {
                i = inlineTagEnd(html, i);
                continue;
            }
            Matcher tag = c == '<' ? Reader.tagAt(html, i) : null;
            if (tag != null) {
                if (SENTENCE_BREAKS.contains(tag.group(2).toLowerCase(Locale.ROOT)) && !html.substring(0, i).isBlank()) {
                    return html.substring(0, i);
                }
                i = tag.end();
                continue;
            }
            if (c == '.' && i + 1 < html.length() && Character.isWhitespace(html.charAt(i + 1))) {
                return html.substring(0, i + 1);
            }
            i++;
        }
        return html;
    }

    /** The index after the inline tag starting at {@code start} (its braces balanced), or the text's end. */
    static int inlineTagEnd(String text, int start) {
        int depth = 0;
        for (int i = start; i < text.length(); i++) {
            depth += text.charAt(i) == '{' ? 1 : text.charAt(i) == '}' ? -1 : 0;
            if (depth == 0) {
                return i + 1;
            }
        }
        return text.length();
    }

    /**
     * Where a {@code @link} or {@code @see} reference ends and its label starts: at the first white space
     * outside parentheses ({@code #max(int, int) the larger}).
     */
    static int referenceEnd(String text) {
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            if (depth == 0 && Character.isWhitespace(c)) {
                return i;
            }
        }
        return text.length();
    }

    /** A reference as Javadoc shows it: {@code Integer#MAX_VALUE} as {@code Integer.MAX_VALUE}, {@code #max} as {@code max}. */
    static String reference(String reference) {
        String shown = reference.startsWith("#") ? reference.substring(1) : reference.replace('#', '.');
        return shown.replaceAll(",(?=\\S)", ", ");
    }

    private static String firstWord(String text) {
        if (text.startsWith("\"")) {
            int close = text.indexOf('"', 1);
            return close < 0 ? text.substring(1) : text.substring(1, close);
        }
        int space = referenceEnd(text);
        return text.substring(0, space);
    }

    /** White space runs as one space, except the line breaks of {@code <br>}. */
    static String collapse(String text) {
        return text.replaceAll("[\\s&&[^\u2028]]+", " ").replaceAll(" ?\u2028 ?", "\u2028").strip();
    }

    /** Preformatted text without the blank lines around it and the indentation all its lines share. */
    static String dedent(String text) {
        List<String> lines = new ArrayList<>(text.stripTrailing().lines().toList());
        while (!lines.isEmpty() && lines.get(0).isBlank()) {
            lines.remove(0);
        }
        int common = lines.stream().filter(line -> !line.isBlank())
                .mapToInt(line -> line.length() - line.stripLeading().length()).min().orElse(0);
        return String.join("\n", lines.stream()
                .map(line -> line.isBlank() ? "" : line.substring(common).stripTrailing()).toList());
    }

    /** {@code text} broken at spaces into lines of at most {@code width} characters where words allow. */
    static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (word.isEmpty()) {
                continue;
            }
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() > 0 ? " " : "").append(word);
        }
        if (line.length() > 0 || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }
}
