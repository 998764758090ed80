package org.engagements;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fenced examples of one Markdown file, as {@link DocsExamplesIT} runs them: {@code sh} and {@code java}
 * blocks, each with the {@code text} (or {@code output}) block that follows it, if any, as its expected output.
 * A line {@code <!-- not run: REASON -->} just before a block keeps it from running; {@code <!-- exit N -->}
 * expects exit status N. Blocks fenced with any other language, or none, are shown and not run.
 */
record DocsExamples(String file, List<Block> blocks) {
    private static final Pattern FENCE = Pattern.compile("^\\s*```+\\s*([A-Za-z0-9_-]*)\\s*$");
    private static final Pattern NOT_RUN = Pattern.compile("^<!-- not run: (\\S.*?) -->$");
    private static final Pattern EXIT = Pattern.compile("^<!-- exit (\\d+) -->$");
    private static final Pattern MARKER = Pattern.compile("^<!--.*-->$");

    /** One example: its language, its text, where it starts (1-based line of the fence) and what it expects. */
    record Block(String language, String text, int line, Optional<String> expectedOutput, int expectedExit,
            Optional<String> notRunBecause) {
        boolean runs() {
            return notRunBecause.isEmpty();
        }

        /** A {@code java} block that is a whole notebook ({@code // %%} lines), run as a notebook of its own. */
        boolean isNotebook() {
            return language.equals("java") && text.lines().anyMatch(l -> l.strip().startsWith("// %%"));
        }
    }

    /** A fenced block; {@code before} is the line just above it, {@code adjacent} whether only blank lines
     *  separate it from the previous block. */
    private record Fence(String language, String text, int line, String before, boolean adjacent) {
    }

    /**
     * The examples of {@code markdown}, named {@code file} in messages. A malformed marker, an unclosed fence
     * or an output block that follows no runnable block is an error naming the line: such a block would never
     * be checked, and so could drift.
     */
    static DocsExamples parse(String file, String markdown) {
        List<Fence> fences = fences(file, markdown);
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < fences.size(); i++) {
            Fence fence = fences.get(i);
            if (isOutput(fence.language())) {
                boolean follows = i > 0 && isRunnable(fences.get(i - 1).language()) && fence.adjacent();
                if (!follows) {
                    throw new IllegalArgumentException(file + ":" + fence.line() + ": a ```" + fence.language()
                            + " block must follow an sh or java block (only blank lines between), whose output it shows");
                }
                continue;
            }
            if (!isRunnable(fence.language())) {
                continue;
            }
            Optional<String> expected = Optional.empty();
            if (i + 1 < fences.size() && isOutput(fences.get(i + 1).language()) && fences.get(i + 1).adjacent()) {
                expected = Optional.of(fences.get(i + 1).text());
            }
            blocks.add(block(file, fence, expected));
        }
        return new DocsExamples(file, List.copyOf(blocks));
    }

    private static Block block(String file, Fence fence, Optional<String> expected) {
        String before = fence.before().strip();
        Optional<String> notRun = Optional.empty();
        int exit = 0;
        Matcher notRunMatch = NOT_RUN.matcher(before);
        Matcher exitMatch = EXIT.matcher(before);
        if (notRunMatch.matches()) {
            notRun = Optional.of(notRunMatch.group(1));
        } else if (exitMatch.matches()) {
            exit = Integer.parseInt(exitMatch.group(1));
        } else if (MARKER.matcher(before).matches()) {
            throw new IllegalArgumentException(file + ":" + (fence.line() - 1) + ": " + before
                    + ": expected <!-- not run: REASON --> or <!-- exit N -->");
        }
        return new Block(fence.language(), fence.text(), fence.line(), expected, exit, notRun);
    }

    /** Every fenced block, with the line just above it. */
    private static List<Fence> fences(String file, String markdown) {
        List<String> lines = markdown.lines().toList();
        List<Fence> fences = new ArrayList<>();
        int closedAt = -1;
        for (int i = 0; i < lines.size(); i++) {
            Matcher open = FENCE.matcher(lines.get(i));
            if (!open.matches()) {
                continue;
            }
            int end = i + 1;
            while (end < lines.size() && !lines.get(end).strip().matches("```+")) {
                end++;
            }
            if (end == lines.size()) {
                throw new IllegalArgumentException(file + ":" + (i + 1) + ": a fenced block that is never closed");
            }
            boolean adjacent = closedAt >= 0 && lines.subList(closedAt + 1, i).stream().allMatch(String::isBlank);
            String text = String.join("\n", stripIndent(lines.subList(i + 1, end), indentOf(lines.get(i)))) + "\n";
            fences.add(new Fence(open.group(1), text, i + 1, i > 0 ? lines.get(i - 1) : "", adjacent));
            closedAt = end;
            i = end;
        }
        return fences;
    }

    private static int indentOf(String line) {
        return line.length() - line.stripLeading().length();
    }

    private static List<String> stripIndent(List<String> lines, int indent) {
        return lines.stream().map(l -> l.length() >= indent && l.substring(0, indent).isBlank()
                ? l.substring(indent) : l.stripLeading()).toList();
    }

    private static boolean isRunnable(String language) {
        return language.equals("sh") || language.equals("java");
    }

    private static boolean isOutput(String language) {
        return language.equals("text") || language.equals("output");
    }
}
