package org.engagements.jupyter.placeholder;

import java.io.ByteArrayInputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import jdk.jshell.JShell;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.SourceCodeAnalysis.CompletionInfo;
import org.engagements.jupyter.CompletionResult;
import org.engagements.jupyter.ExecutionBackend;
import org.engagements.jupyter.ExecutionOutcome;
import org.engagements.jupyter.InspectionResult;
import org.engagements.jupyter.IsCompleteResult;
import org.engagements.jupyter.MimeBundle;
import org.engagements.jupyter.OutputListener;
import org.engagements.jupyter.wire.LanguageInfo;

/**
 * PLACEHOLDER until the notebook kernel is merged (see the package documentation): runs cells in a
 * plain JShell session in a child JVM. Output streams live through {@link LiveOutput};
 * {@code display(mime, text)} and {@code display(value)} are defined in every session.
 *
 * <p>Threads as {@link ExecutionBackend} requires: the session reference is swapped atomically on restart.
 */
public final class JShellPlaceholderBackend implements ExecutionBackend {
    private static final Logger LOG = Logger.getLogger(JShellPlaceholderBackend.class.getName());
    private static final int MAX_COMPLETIONS = 200;
    // The jshell tool's default imports (the JShell API has none), then the display helpers. JShell cannot
    // resolve a call between overloads declared in different snippets, so both display overloads call one
    // differently named method.
    private static final List<String> PRELUDE = List.of(
            "import java.io.*;", "import java.math.*;", "import java.net.*;", "import java.nio.file.*;",
            "import java.util.*;", "import java.util.concurrent.*;", "import java.util.function.*;",
            "import java.util.prefs.*;", "import java.util.regex.*;", "import java.util.stream.*;",
            "void displayData(String mime, String text) { System.out.print(\"" + escape(LiveOutput.MARKER_START)
                    + "\" + mime + \";\" + java.util.Base64.getEncoder().encodeToString("
                    + "text.getBytes(java.nio.charset.StandardCharsets.UTF_8)) + \""
                    + escape(String.valueOf(LiveOutput.MARKER_END)) + "\"); System.out.flush(); }",
            "void display(String mime, String text) { displayData(mime, text); }",
            "void display(Object value) { displayData(\"text/plain\", String.valueOf(value)); }");

    private final LiveOutput out = new LiveOutput(true);
    private final LiveOutput err = new LiveOutput(false);
    private volatile JShell session;
    private volatile boolean interrupted;

    public JShellPlaceholderBackend() {
        this.session = newSession();
    }

    @Override
    public ExecutionOutcome execute(String code, int executionCount, OutputListener live) {
        interrupted = false;
        out.route(live::stdout, live::display);
        err.route(live::stderr, live::display);
        if (renewIfEnded()) {
            live.stderr("note: the Java session had ended (an interrupt can cause this); this cell runs in a fresh "
                    + "session, earlier definitions are gone\n");
        }
        JShell running = session;
        try {
            return new CellRun(running, code, executionCount, () -> interrupted).run();
        } catch (IllegalStateException ended) {
            if (running != session) {
                return ExecutionOutcome.failed("Restarted", "the session was restarted while cell " + executionCount
                        + " ran", List.of("Restarted: cell " + executionCount + " was stopped by a kernel restart"));
            }
            LOG.log(Level.WARNING, "the JShell session ended during cell " + executionCount, ended);
            renewIfEnded();
            return ExecutionOutcome.failed("SessionEnded", "the Java session ended while cell " + executionCount
                    + " ran", List.of("SessionEnded: cell " + executionCount + " stopped because the Java session "
                    + "ended; a fresh session has started and earlier definitions are gone"));
        } finally {
            out.flush();
            err.flush();
        }
    }

    /** Starts a fresh session when JShell has shut the current one down (its agent died); true if it did. */
    private synchronized boolean renewIfEnded() {
        try {
            session.snippets().findAny();
            return false;
        } catch (IllegalStateException ended) {
            LOG.warning("the JShell session had ended; starting a fresh one");
            session = newSession();
            return true;
        }
    }

    @Override
    public IsCompleteResult isComplete(String code) {
        SourceCodeAnalysis analysis = session.sourceCodeAnalysis();
        String rest = code;
        while (!rest.isBlank()) {
            CompletionInfo info = analysis.analyzeCompletion(rest);
            switch (info.completeness()) {
                case COMPLETE, COMPLETE_WITH_SEMI -> rest = info.remaining();
                case DEFINITELY_INCOMPLETE, CONSIDERED_INCOMPLETE -> {
                    return IsCompleteResult.incomplete(nextIndent(code));
                }
                case UNKNOWN -> {
                    return IsCompleteResult.invalid();
                }
                case EMPTY -> rest = "";
                default -> throw new IllegalStateException("new JShell completeness " + info.completeness());
            }
        }
        return IsCompleteResult.complete();
    }

    @Override
    public CompletionResult complete(String code, int cursor) {
        int[] anchor = new int[1];
        Set<String> matches = session.sourceCodeAnalysis().completionSuggestions(code, cursor, anchor).stream()
                .map(SourceCodeAnalysis.Suggestion::continuation)
                .limit(MAX_COMPLETIONS)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        return matches.isEmpty() ? CompletionResult.none(cursor)
                : new CompletionResult(List.copyOf(matches), anchor[0], cursor);
    }

    @Override
    public InspectionResult inspect(String code, int cursor, int detailLevel) {
        List<String> parts = new ArrayList<>();
        for (SourceCodeAnalysis.Documentation doc : session.sourceCodeAnalysis().documentation(code, cursor,
                detailLevel > 0)) {
            parts.add(doc.javadoc() == null ? doc.signature() : doc.signature() + "\n\n" + doc.javadoc());
        }
        return parts.isEmpty() ? InspectionResult.notFound()
                : InspectionResult.found(MimeBundle.text(String.join("\n\n", parts)));
    }

    @Override
    public void interrupt() {
        interrupted = true;
        session.stop();
    }

    @Override
    public synchronized void restart() {
        JShell old = session;
        session = newSession();
        interrupted = true;
        old.stop();
        old.close();
    }

    @Override
    public LanguageInfo languageInfo() {
        return new LanguageInfo("java", System.getProperty("java.version"), "text/x-java-source", ".jsh", "java",
                "text/x-java", null);
    }

    @Override
    public synchronized void close() {
        session.close();
    }

    private JShell newSession() {
        JShell shell = JShell.builder()
                .out(new PrintStream(out, true, StandardCharsets.UTF_8))
                .err(new PrintStream(err, true, StandardCharsets.UTF_8))
                .in(new ByteArrayInputStream(new byte[0]))
                .build();
        PRELUDE.forEach(shell::eval);
        return shell;
    }

    private static String nextIndent(String code) {
        String last = code.substring(code.lastIndexOf('\n') + 1);
        String indent = last.substring(0, last.length() - last.stripLeading().length());
        return last.stripTrailing().endsWith("{") ? indent + "    " : indent;
    }

    private static String escape(String text) {
        StringBuilder escaped = new StringBuilder();
        for (char c : text.toCharArray()) {
            escaped.append(c < 0x20 ? String.format(Locale.ROOT, "\\u%04x", (int) c) : String.valueOf(c));
        }
        return escaped.toString();
    }
}
