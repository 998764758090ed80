package org.engagements.notebook.session;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import jdk.jshell.DeclarationSnippet;
import jdk.jshell.Diag;
import jdk.jshell.EvalException;
import jdk.jshell.JShellException;
import jdk.jshell.UnresolvedReferenceException;
import jdk.jshell.spi.ExecutionControl.UserException;
import org.engagements.notebook.Cell;
import org.engagements.notebook.CellOutput;

/**
 * Turns JShell's failures into {@link CellOutput.Error}s a person can act on: the headline names the
 * notebook, the cell and the line within the cell, compiler style; a compile error quotes the line
 * with a caret; an exception lists only the frames that are notebook code, as {@code at cell 3, line
 * 5: source}. Knows which cell and line every snippet of the session came from. Used by one session
 * thread at a time.
 */
final class CellErrors {
    static final String COMPILE_ERROR = "CompileError";
    static final String TIMEOUT = "Timeout";
    static final String INTERRUPTED = "Interrupted";
    static final String JVM_EXITED = "JvmExited";
    static final String ENGINE_ERROR = "EngineError";
    private static final String INDENT = "    ";
    /** How much of a source line a report quotes: a 70,000-character literal is not worth repeating. */
    static final int QUOTE_WIDTH = 120;

    private final String origin;
    private final Map<String, Located> snippets = new HashMap<>();

    /** A snippet and the cell it came from. */
    private record Located(Cell cell, SourceSnippet snippet) {
    }

    CellErrors(String origin) {
        this.origin = origin;
    }

    /** Remembers that JShell snippet {@code id} is {@code snippet} of {@code cell}. */
    void remember(String id, Cell cell, SourceSnippet snippet) {
        snippets.put(id, new Located(cell, snippet));
    }

    /** Forgets every snippet so far (the startup's), so their frames count as the kernel's. */
    void forget() {
        snippets.clear();
    }

    CellOutput.Error compileError(Cell cell, SourceSnippet snippet, List<Diag> errors) {
        List<String> traceback = new ArrayList<>();
        String first = null;
        for (Diag diag : errors) {
            long offset = diag.getStartPosition() >= 0 ? diag.getStartPosition() : diag.getPosition();
            int[] at = snippet.position((int) offset);
            String message = summary(WrapperNames.clean(diag.getMessage(Locale.ENGLISH)));
            first = first == null ? message : first;
            traceback.add(headline(cell, at[0], message));
            traceback.addAll(quote(cell.line(at[0]), at[1]));
        }
        return new CellOutput.Error(COMPILE_ERROR, first, traceback);
    }

    /**
     * A compile error after which the session's compiler could not be used again (see
     * {@link ClassFileLimit}), so the session was ended.
     */
    CellOutput.Error compilerLost(CellOutput.Error compileError) {
        List<String> traceback = new ArrayList<>(compileError.traceback());
        traceback.add("JShell's compiler did not recover from this error, so the notebook's session was ended "
                + "and the definitions of earlier cells are lost");
        return new CellOutput.Error(compileError.ename(), compileError.evalue(), traceback);
    }

    /** JShell or the notebook's JVM answered in a way the kernel does not expect: not the cell's fault. */
    CellOutput.Error engineError(Cell cell, SourceSnippet snippet, String what) {
        String message = WrapperNames.clean(what) + " (a fault of the notebook kernel or of JShell, not of the cell)";
        return new CellOutput.Error(ENGINE_ERROR, message, List.of(headline(cell, snippet.line(), message)));
    }

    /** A snippet JShell refused without saying why. */
    CellOutput.Error rejected(Cell cell, SourceSnippet snippet) {
        String message = "JShell cannot compile this snippet";
        return new CellOutput.Error(COMPILE_ERROR, message, List.of(headline(cell, snippet.line(), message),
                quote(cell.line(snippet.line()), 0).get(0)));
    }

    /** A declaration that needs names not yet declared, such as a variable of an unknown class. */
    CellOutput.Error unresolved(Cell cell, SourceSnippet snippet, List<String> names) {
        String message = "cannot find symbol: " + String.join(", ", names);
        return new CellOutput.Error(COMPILE_ERROR, message, List.of(headline(cell, snippet.line(), message),
                quote(cell.line(snippet.line()), 0).get(0)));
    }

    /**
     * An exception thrown in the notebook's JVM, as JShell reports it: class name, message, stack and
     * cause. Built from a snippet's {@link JShellException} or from the engine's {@link UserException},
     * with the names of JShell's wrapper classes turned back into the cells' own (see {@link WrapperNames}).
     */
    record Thrown(String className, String message, StackTraceElement[] stack, Optional<Thrown> cause) {
        Thrown {
            className = WrapperNames.clean(className);
            message = WrapperNames.clean(message);
        }

        /** {@code missing} names what an unresolved declaration lacks, as {@code method inner()}. */
        static Thrown of(JShellException exception, Function<DeclarationSnippet, List<String>> missing) {
            String name = exception instanceof EvalException eval ? eval.getExceptionClassName() : "UnresolvedReference";
            String message = exception instanceof UnresolvedReferenceException unresolved
                    ? unresolved(unresolved.getSnippet(), missing.apply(unresolved.getSnippet()))
                    : exception.getMessage();
            Optional<Thrown> cause = exception.getCause() instanceof JShellException shell
                    ? Optional.of(of(shell, missing)) : Optional.empty();
            return new Thrown(name, message == null ? "" : message, exception.getStackTrace(), cause);
        }

        private static String unresolved(DeclarationSnippet snippet, List<String> missing) {
            return snippet.kind().name().toLowerCase(Locale.ROOT) + " " + snippet.name()
                    + " cannot be used until " + String.join(", ", missing) + " is declared";
        }

        static Thrown of(UserException exception) {
            Optional<Thrown> cause = exception.getCause() instanceof UserException user
                    ? Optional.of(of(user)) : Optional.empty();
            String message = exception.getMessage() == null ? "" : exception.getMessage();
            return new Thrown(exception.causeExceptionClass(), message, exception.getStackTrace(), cause);
        }

        String describe() {
            return message.isEmpty() ? className : className + ": " + message;
        }
    }

    CellOutput.Error exception(Cell cell, SourceSnippet snippet, Thrown thrown) {
        List<String> frames = new ArrayList<>();
        Optional<Frame> top = appendFrames(thrown, frames);
        List<String> traceback = new ArrayList<>();
        traceback.add(top.map(frame -> headline(frame.cell(), frame.line(), thrown.describe()))
                .orElse(headline(cell, snippet.line(), thrown.describe())));
        traceback.addAll(frames);
        for (Optional<Thrown> cause = thrown.cause(); cause.isPresent(); cause = cause.get().cause()) {
            traceback.add("Caused by: " + cause.get().describe());
            appendFrames(cause.get(), traceback);
        }
        return new CellOutput.Error(thrown.className(), thrown.message(), traceback);
    }

    CellOutput.Error timeout(Cell cell, SourceSnippet snippet, Duration limit, boolean sessionLost) {
        String message = "timed out after " + seconds(limit) + "; the cell was stopped"
                + (sessionLost ? " by ending the notebook's JVM, as it did not stop when asked" : "");
        return new CellOutput.Error(TIMEOUT, message, List.of(headline(cell, snippet.line(), message)));
    }

    CellOutput.Error interrupted(Cell cell, SourceSnippet snippet, Duration grace, boolean sessionLost) {
        String message = sessionLost
                ? "interrupted; the cell did not stop within " + seconds(grace) + ", so the notebook's JVM was "
                        + "ended and the definitions of earlier cells are lost"
                : "interrupted; the cell was stopped";
        return new CellOutput.Error(INTERRUPTED, message, List.of(headline(cell, snippet.line(), message)));
    }

    CellOutput.Error exited(Cell cell, SourceSnippet snippet, OptionalInt status, String diagnostics) {
        String message = "the notebook's JVM " + exitDescription(status)
                + "; the notebook cannot go on without its state";
        List<String> traceback = new ArrayList<>(List.of(headline(cell, snippet.line(), message)));
        if (!diagnostics.isBlank()) {
            diagnostics.lines().forEach(line -> traceback.add(INDENT + line));
        }
        return new CellOutput.Error(JVM_EXITED, message, traceback);
    }

    private String headline(Cell cell, int line, String message) {
        return origin + ", cell " + cell.number() + ", line " + line + ": " + message;
    }

    /** A frame of notebook code. */
    private record Frame(Cell cell, int line) {
    }

    /** Adds the notebook frames of {@code exception}, collapsing runs (deep recursion); returns the top. */
    private Optional<Frame> appendFrames(Thrown exception, List<String> out) {
        Optional<Frame> top = Optional.empty();
        String previous = null;
        int repeats = 0;
        for (StackTraceElement element : exception.stack()) {
            Optional<Frame> frame = frame(element);
            if (frame.isEmpty()) {
                continue;
            }
            top = top.isPresent() ? top : frame;
            String text = INDENT + "at cell " + frame.get().cell().number() + ", line " + frame.get().line()
                    + ": " + frame.get().cell().line(frame.get().line()).strip();
            if (text.equals(previous)) {
                repeats++;
                continue;
            }
            flushRepeats(out, repeats);
            repeats = 0;
            out.add(text);
            previous = text;
        }
        flushRepeats(out, repeats);
        return top;
    }

    private static void flushRepeats(List<String> out, int repeats) {
        if (repeats > 0) {
            out.add(INDENT + "... the frame above " + repeats + " more time" + (repeats == 1 ? "" : "s"));
        }
    }

    /** The cell and line of a JShell frame such as {@code REPL.$JShell$12.do_it$(#12:3)}. */
    private Optional<Frame> frame(StackTraceElement element) {
        String file = element.getFileName();
        if (file == null || !file.startsWith("#") || element.getLineNumber() < 1) {
            return Optional.empty();
        }
        Located located = snippets.get(file.substring(1));
        if (located == null) {
            return Optional.empty();
        }
        return Optional.of(new Frame(located.cell(), located.snippet().line() + element.getLineNumber() - 1));
    }

    /** javac's {@code cannot find symbol\n  symbol: variable x\n  location: ...} on one line. */
    static String summary(String message) {
        String[] lines = message.split("\\R");
        StringBuilder summary = new StringBuilder(lines[0].strip());
        List<String> details = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.startsWith("symbol:")) {
                summary.append(": ").append(line.substring("symbol:".length()).strip());
            } else if (!line.isEmpty() && !line.startsWith("location:")) {
                details.add(line.replaceAll("\\s+", " "));
            }
        }
        if (!details.isEmpty()) {
            summary.append(" (").append(String.join("; ", details)).append(')');
        }
        return summary.toString();
    }

    /**
     * {@code line} indented, and a caret under {@code column}. A line longer than {@link #QUOTE_WIDTH}
     * is quoted around the column, with {@code …} where it was cut.
     */
    static List<String> quote(String line, int column) {
        if (line.length() <= QUOTE_WIDTH) {
            return List.of(INDENT + line, INDENT + caretPrefix(line, column) + "^");
        }
        int start = Math.max(0, Math.min(column - QUOTE_WIDTH / 3, line.length() - QUOTE_WIDTH));
        start += start > 0 && Character.isLowSurrogate(line.charAt(start)) ? 1 : 0;
        int end = Math.min(line.length(), start + QUOTE_WIDTH);
        end -= end < line.length() && Character.isHighSurrogate(line.charAt(end - 1)) ? 1 : 0;
        String before = start > 0 ? "…" : "";
        String shown = before + line.substring(start, end) + (end < line.length() ? "…" : "");
        return List.of(INDENT + shown, INDENT + caretPrefix(shown, column - start + before.length()) + "^");
    }

    /** Spaces up to {@code column}, keeping tabs so the caret lines up. */
    private static String caretPrefix(String line, int column) {
        StringBuilder prefix = new StringBuilder();
        for (int i = 0; i < column; i++) {
            prefix.append(i < line.length() && line.charAt(i) == '\t' ? '\t' : ' ');
        }
        return prefix.toString();
    }

    private static String exitDescription(OptionalInt status) {
        if (status.isEmpty()) {
            return "ended";
        }
        int code = status.getAsInt();
        return code > 128 ? "was killed by signal " + (code - 128) + " (exit status " + code + ")"
                : "exited with status " + code + " (System.exit or Runtime.halt)";
    }

    static String seconds(Duration duration) {
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s"
                : String.format(Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
    }
}
