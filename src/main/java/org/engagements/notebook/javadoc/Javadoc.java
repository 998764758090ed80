package org.engagements.notebook.javadoc;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A doc comment, read: its main description and its block tags ({@code @param}, {@code @return}, ...),
 * each still Javadoc HTML. {@link #summary()} is the first sentence as plain text, {@link #text} the whole
 * comment as plain text with the tags as sections, as the Javadoc tool lays them out:
 *
 * <pre>
 * Returns the greater of two int values. That is, the result is ...
 *
 * Parameters:
 *   a - an argument.
 * Returns:
 *   the larger of a and b.
 * </pre>
 *
 * @param main the main description (before the first block tag)
 * @param tags the block tags in the comment's order
 */
public record Javadoc(String main, List<Tag> tags) {
    /**
     * A block tag such as {@code @param a an argument}.
     *
     * @param name     the tag's name without {@code @}: {@code param}, {@code return}, {@code throws}
     * @param argument what {@code @param}, {@code @throws} and {@code @exception} name; else empty
     * @param text     the rest, Javadoc HTML
     */
    public record Tag(String name, String argument, String text) {
        public Tag {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(argument, "argument");
            Objects.requireNonNull(text, "text");
        }
    }

    /** The sections {@link #text} shows, in its order, and their headings; other tags are left out. */
    private static final List<List<String>> SECTIONS = List.of(
            List.of("param", "Parameters:"), List.of("return", "Returns:"), List.of("throws", "Throws:"),
            List.of("apiNote", "API Note:"), List.of("implSpec", "Implementation Requirements:"),
            List.of("implNote", "Implementation Note:"), List.of("see", "See Also:"), List.of("since", "Since:"));
    private static final Pattern TAG_LINE = Pattern.compile("^\\s*@([a-zA-Z]+)(?:\\s+|$)(.*)$", Pattern.DOTALL);
    private static final Pattern SUMMARY = Pattern.compile("\\{@summary\\s");

    public Javadoc {
        Objects.requireNonNull(main, "main");
        tags = List.copyOf(tags);
    }

    /**
     * Reads a doc comment's text as JShell and javac give it (without {@code /**} and the leading
     * {@code *} of each line). A line starting with {@code @} starts a block tag, unless it is inside an
     * inline tag or a {@code <pre>}.
     */
    public static Javadoc parse(String comment) {
        List<String> parts = new ArrayList<>(List.of(""));
        int braces = 0;
        boolean pre = false;
        for (String line : comment.split("\\R", -1)) {
            if (braces == 0 && !pre && TAG_LINE.matcher(line).matches()) {
                parts.add(line.strip());
            } else {
                int last = parts.size() - 1;
                parts.set(last, parts.get(last) + (parts.get(last).isEmpty() ? "" : "\n") + line);
            }
            braces = Math.max(0, braces + count(line, "{") - count(line, "}"));
            String lower = line.toLowerCase(Locale.ROOT);
            pre = lower.lastIndexOf("<pre") > lower.lastIndexOf("</pre") || (pre && !lower.contains("</pre"));
        }
        List<Tag> tags = new ArrayList<>();
        for (String part : parts.subList(1, parts.size())) {
            tags.add(tag(part));
        }
        return new Javadoc(parts.get(0), tags);
    }

    private static Tag tag(String text) {
        Matcher line = TAG_LINE.matcher(text);
        if (!line.matches()) {
            throw new IllegalStateException("not a block tag: " + text);
        }
        String name = line.group(1);
        String rest = line.group(2).strip();
        if (name.equals("param") || name.equals("throws") || name.equals("exception")) {
            String[] split = rest.split("\\s+", 2);
            return new Tag(name.equals("exception") ? "throws" : name, split[0], split.length > 1 ? split[1] : "");
        }
        return new Tag(name, "", rest);
    }

    private static int count(String text, String what) {
        return text.split(Pattern.quote(what), -1).length - 1;
    }

    /** Whether the comment says nothing: no main description and no tags. */
    public boolean isEmpty() {
        return main.isBlank() && tags.isEmpty();
    }

    /**
     * The first sentence of the main description, as plain text on one line: the {@code {@summary}} if
     * there is one, else as the Javadoc tool finds it: up to the first period followed by white space
     * outside inline tags ({@code {@code ./data}} does not end it, {@code e.g. this} does), or up to the
     * first block element such as {@code <p>}. Empty when there is no main description.
     */
    public String summary() {
        Matcher summary = SUMMARY.matcher(main);
        if (summary.find()) {
            return HtmlText.inline(inlineTagContent(main.substring(summary.start())));
        }
        return HtmlText.inline(HtmlText.firstSentence(main));
    }

    /** The content of the inline tag {@code text} starts with, such as {@code {@summary ...}}. */
    private static String inlineTagContent(String text) {
        int end = HtmlText.inlineTagEnd(text, 0);
        int start = 2;
        while (start < end && Character.isLetter(text.charAt(start))) {
            start++;
        }
        int contentEnd = text.charAt(end - 1) == '}' ? end - 1 : end;
        return text.substring(Math.min(start + 1, contentEnd), contentEnd);   // after the name and one space
    }

    /**
     * The whole comment as plain text: the main description's paragraphs at {@code width}, then the
     * sections ({@code Parameters:}, {@code Returns:}, {@code Throws:}, notes, {@code See Also:},
     * {@code Since:}), a deprecation first. Each line starts with {@code indent}.
     */
    public String text(String indent, int width) {
        List<String> lines = new ArrayList<>();
        findTag("deprecated").ifPresent(deprecated ->
                lines.addAll(layout(HtmlText.blocks("Deprecated. " + deprecated.text()), indent, width)));
        if (!lines.isEmpty()) {
            lines.add("");
        }
        lines.addAll(layout(HtmlText.blocks(main), indent, width));
        List<String> sections = sections(indent, width);
        if (!lines.isEmpty() && !sections.isEmpty()) {
            lines.add("");
        }
        lines.addAll(sections);
        return String.join("\n", lines);
    }

    /** Blocks laid out one after another, a blank line between them except between the items of a list. */
    private static List<String> layout(List<HtmlText.Block> blocks, String indent, int width) {
        List<String> lines = new ArrayList<>();
        HtmlText.Block previous = null;
        for (HtmlText.Block block : blocks) {
            if (previous != null && !(isInList(block) && isInList(previous))) {
                lines.add("");
            }
            lines.addAll(block.lines(indent, width));
            previous = block;
        }
        return lines;
    }

    private static String described(String name, String description) {
        return description.isBlank() ? name : name + " - " + description;
    }

    private static boolean isInList(HtmlText.Block block) {
        return !block.marker().isEmpty() || block.depth() > 0;
    }

    private List<String> sections(String indent, int width) {
        List<String> lines = new ArrayList<>();
        for (List<String> section : SECTIONS) {
            List<Tag> found = tags.stream().filter(tag -> tag.name().equals(section.get(0))).toList();
            if (found.isEmpty()) {
                continue;
            }
            lines.add(indent + section.get(1));
            for (Tag tag : found) {
                String text = switch (tag.name()) {
                    case "param" -> described(tag.argument().replace("<", "&lt;"), tag.text());
                    case "throws" -> described(HtmlText.reference(tag.argument()), tag.text());
                    case "see" -> see(tag.text());
                    default -> tag.text();
                };
                lines.addAll(layout(HtmlText.blocks(text), indent + "  ", width));
            }
        }
        return lines;
    }

    /** {@code @see} names a reference ({@code String#trim()}), a link ({@code <a href=...>}) or a quoted text. */
    private static String see(String text) {
        if (text.startsWith("<") || text.startsWith("\"")) {
            return text.replaceAll("^\"|\"$", "");
        }
        int end = HtmlText.referenceEnd(text);
        String label = text.substring(end).strip();
        return label.isEmpty() ? HtmlText.reference(text.substring(0, end)) : label;
    }

    /** The first block tag named {@code name}, if any. */
    public Optional<Tag> findTag(String name) {
        return tags.stream().filter(tag -> tag.name().equals(name)).findFirst();
    }
}
