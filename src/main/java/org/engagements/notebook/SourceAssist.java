package org.engagements.notebook;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import jdk.jshell.JShell;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.SourceCodeAnalysis.CompletionInfo;

/**
 * Help while typing a cell, from JShell's {@link SourceCodeAnalysis}: whether the code is ready to
 * run, completions, and documentation. Completions and documentation ask the session's own JShell,
 * so the session's imports and earlier definitions count; the first such question starts JShell's
 * indexing of the class path in the background. Completeness is syntactic and asks the shared
 * {@link SnippetSplitter}, which costs the session nothing.
 *
 * <p>Not thread safe: use on the thread that runs the session's cells, between cells.
 */
public final class SourceAssist {
    /** What a console should do with the code typed so far. */
    public enum Readiness {
        /** Run it. */
        COMPLETE,
        /** Wait for another line, such as after an open brace. */
        INCOMPLETE,
        /** Run it anyway: no added line makes it valid, and running it shows the compiler's error. */
        INVALID
    }

    /** @param indent for {@link Readiness#INCOMPLETE}: the indentation for the next line; else empty */
    public record Completeness(Readiness readiness, String indent) {
        public Completeness {
            Objects.requireNonNull(readiness, "readiness");
            indent = readiness == Readiness.INCOMPLETE ? Objects.requireNonNull(indent, "indent") : "";
        }
    }

    /** @param matches what may replace the code from {@code anchor} to the cursor, in JShell's order */
    public record Completions(List<String> matches, int anchor) {
        public Completions {
            matches = List.copyOf(matches);
        }
    }

    static final int INDENT_WIDTH = 4;
    static final String INDENT = " ".repeat(INDENT_WIDTH);

    private final SnippetSplitter splitter;
    private final JShell jshell;

    SourceAssist(SnippetSplitter splitter, JShell jshell) {
        this.splitter = splitter;
        this.jshell = jshell;
    }

    /** Whether {@code code}, snippet after snippet, is complete, needs more lines, or is invalid. */
    public Completeness completeness(String code) {
        String rest = code;
        while (!rest.isBlank()) {
            CompletionInfo info = splitter.analyze(rest);
            switch (info.completeness()) {
                case COMPLETE, COMPLETE_WITH_SEMI -> rest = info.remaining();
                case DEFINITELY_INCOMPLETE, CONSIDERED_INCOMPLETE -> {
                    return new Completeness(Readiness.INCOMPLETE, nextIndent(code));
                }
                case EMPTY -> rest = "";
                default -> {
                    return new Completeness(Readiness.INVALID, "");
                }
            }
        }
        return new Completeness(Readiness.COMPLETE, "");
    }

    /**
     * The indentation of the last line with code, one level ({@value #INDENT_WIDTH} spaces) more when
     * that line opens a block by ending with an open brace.
     */
    static String nextIndent(String code) {
        List<String> lines = code.lines().filter(line -> !line.isBlank()).toList();
        if (lines.isEmpty()) {
            return "";
        }
        String last = lines.get(lines.size() - 1);
        String indent = last.substring(0, last.length() - last.stripLeading().length());
        return last.stripTrailing().endsWith("{") ? indent + INDENT : indent;
    }

    /** Completions for the text before {@code cursor} (a {@code char} index), without duplicates. */
    public Completions completions(String code, int cursor) {
        int[] anchor = {cursor};
        Set<String> matches = jshell.sourceCodeAnalysis().completionSuggestions(code, cursor, anchor).stream()
                .map(SourceCodeAnalysis.Suggestion::continuation)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        return new Completions(List.copyOf(matches), matches.isEmpty() ? cursor : anchor[0]);
    }

    /**
     * The signatures of what the name at {@code cursor} may mean, one a line; with {@code detail}, each
     * followed by its Javadoc when the sources are at hand (the JDK's {@code lib/src.zip}, which Debian
     * ships in openjdk-17-source); empty when the name means nothing here.
     */
    public Optional<String> documentation(String code, int cursor, boolean detail) {
        List<SourceCodeAnalysis.Documentation> found = jshell.sourceCodeAnalysis().documentation(code, cursor, detail);
        boolean javadoc = found.stream().anyMatch(doc -> doc.javadoc() != null && !doc.javadoc().isBlank());
        List<String> entries = found.stream()
                .map(doc -> javadoc ? doc.signature() + "\n\n" + Objects.requireNonNullElse(doc.javadoc(), "").strip()
                        : doc.signature())
                .toList();
        return entries.isEmpty() ? Optional.empty()
                : Optional.of(String.join(javadoc ? "\n\n" : "\n", entries).strip());
    }
}
