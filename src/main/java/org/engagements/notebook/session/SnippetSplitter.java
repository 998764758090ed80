package org.engagements.notebook.session;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.StandardJavaFileManager;
import jdk.jshell.JShell;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.SourceCodeAnalysis.CompletionInfo;

/**
 * Splits a cell into snippets with {@link SourceCodeAnalysis#analyzeCompletion}, feeding it line by
 * line as the jshell tool does: given a whole cell at once, an expression without a semicolon would
 * swallow the next line. One exception: a complete snippet followed by a line starting with
 * {@code .} is a method chain and continues.
 *
 * <p>The analysis is syntactic, so one JShell without class path or execution serves every session
 * of the process. Not the session's own: asking a JShell for its {@link SourceCodeAnalysis} starts
 * indexing its whole class path in the background, seconds of a core that cells need more; this one
 * is given no class path to index ({@link Unlisted}).
 * Thread safe (calls are serialised).
 */
final class SnippetSplitter {
    private static final class Shared {
        static final SnippetSplitter INSTANCE = new SnippetSplitter(
                JShell.builder().executionEngine("local").fileManager(Unlisted::new).build().sourceCodeAnalysis());
    }

    /**
     * A file manager that names no folder or jar to JShell: its {@link SourceCodeAnalysis} starts
     * indexing every class of the JDK for completion on a thread of its own (0.2 s of a core at the
     * start of every {@code run}, when the host compiles the first cells), and only that index asks
     * for the locations. Splitting is syntactic; the compiler reaches the classes another way.
     */
    private static final class Unlisted extends SteadyFileManager {
        Unlisted(StandardJavaFileManager standard) {
            super(standard);
        }

        @Override
        public Iterable<? extends Path> getLocationAsPaths(Location location) {
            return List.of();
        }
    }

    private final SourceCodeAnalysis analysis;

    private SnippetSplitter(SourceCodeAnalysis analysis) {
        this.analysis = analysis;
    }

    /** The splitter shared by all sessions. */
    static SnippetSplitter shared() {
        return Shared.INSTANCE;
    }

    /** JShell's syntactic reading of the first snippet of {@code source}. */
    synchronized CompletionInfo analyze(String source) {
        return analysis.analyzeCompletion(source);
    }

    synchronized List<SourceSnippet> split(String cellSource) {
        String[] lines = cellSource.split("\n", -1);
        List<SourceSnippet> snippets = new ArrayList<>();
        Pending pending = new Pending();
        for (int i = 0; i < lines.length; i++) {
            pending.append(lines[i], i + 1);
            drain(pending, continuesChain(lines, i + 1), snippets);
        }
        if (!pending.text.toString().isBlank()) {
            snippets.add(pending.snippet(pending.text.toString()));   // incomplete: the compiler says why
        }
        return snippets;
    }

    private void drain(Pending pending, boolean chainFollows, List<SourceSnippet> snippets) {
        while (true) {
            CompletionInfo info = analysis.analyzeCompletion(pending.text.toString());
            switch (info.completeness()) {
                case EMPTY -> pending.clear();
                case COMPLETE, COMPLETE_WITH_SEMI, UNKNOWN -> {
                    if (info.remaining().isBlank() && chainFollows) {
                        return;
                    }
                    snippets.add(pending.snippet(info.source()));
                    pending.consume(pending.text.length() - info.remaining().length());
                    if (!info.remaining().isBlank()) {
                        continue;
                    }
                    pending.clear();
                }
                default -> {
                    return;
                }
            }
            return;
        }
    }

    /** Whether the next line with code starts with a dot, continuing a method chain. */
    private static boolean continuesChain(String[] lines, int from) {
        for (int i = from; i < lines.length; i++) {
            String stripped = lines[i].strip();
            if (!stripped.isEmpty() && !stripped.startsWith("//")) {
                return stripped.startsWith(".");
            }
        }
        return false;
    }

    /** Text read but not yet made a snippet, and where in the cell it starts. */
    private static final class Pending {
        final StringBuilder text = new StringBuilder();
        int line = 1;
        int column;

        void append(String sourceLine, int lineNumber) {
            if (text.length() == 0) {
                line = lineNumber;
                column = 0;
            }
            text.append(sourceLine).append('\n');
        }

        SourceSnippet snippet(String source) {
            return new SourceSnippet(source, line, column);
        }

        /** Drops the first {@code length} characters, moving the start past them. */
        void consume(int length) {
            String consumed = text.substring(0, length);
            int lastNewline = consumed.lastIndexOf('\n');
            line += (int) consumed.chars().filter(c -> c == '\n').count();
            column = lastNewline < 0 ? column + length : length - lastNewline - 1;
            text.delete(0, length);
        }

        void clear() {
            text.setLength(0);
        }
    }
}
