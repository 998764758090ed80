package org.engagements.jupyter.placeholder;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import jdk.jshell.Diag;
import jdk.jshell.EvalException;
import jdk.jshell.JShell;
import jdk.jshell.JShellException;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis.CompletionInfo;
import jdk.jshell.UnresolvedReferenceException;
import org.engagements.jupyter.ExecutionOutcome;
import org.engagements.jupyter.MimeBundle;

/**
 * PLACEHOLDER. One cell run in a JShell session: split into snippets, evaluated in order until one fails;
 * errors name the cell and line, never Java stack frames.
 */
final class CellRun {
    private final JShell shell;
    private final String code;
    private final int cell;
    private final BooleanSupplier interrupted;
    private final Map<String, Integer> snippetLines = new HashMap<>();

    CellRun(JShell shell, String code, int cell, BooleanSupplier interrupted) {
        this.shell = shell;
        this.code = code;
        this.cell = cell;
        this.interrupted = interrupted;
    }

    ExecutionOutcome run() {
        String rest = code;
        Optional<MimeBundle> value = Optional.empty();
        while (!rest.isBlank()) {
            if (interrupted.getAsBoolean()) {
                return interruptedOutcome();
            }
            int line = lineAt(code.length() - rest.length() + (rest.length() - rest.stripLeading().length()));
            CompletionInfo info = shell.sourceCodeAnalysis().analyzeCompletion(rest);
            String source = switch (info.completeness()) {
                case COMPLETE, COMPLETE_WITH_SEMI -> info.source();
                case EMPTY -> "";
                case UNKNOWN -> rest;
                default -> null;
            };
            if (source == null) {
                return failed("CompileError", "the cell ends in the middle of a statement", line,
                        "incomplete code; is a ')', '}' or ';' missing?");
            }
            rest = info.completeness() == jdk.jshell.SourceCodeAnalysis.Completeness.UNKNOWN ? "" : info.remaining();
            if (source.isBlank()) {
                continue;
            }
            int leadingNewlines = countLines(source, source.length() - source.stripLeading().length());
            Step step = evaluate(source, line - leadingNewlines);
            if (step.failure().isPresent()) {
                return step.failure().get();
            }
            value = step.value();
        }
        return interrupted.getAsBoolean() ? interruptedOutcome() : new ExecutionOutcome.Ok(value);
    }

    private record Step(Optional<ExecutionOutcome> failure, Optional<MimeBundle> value) {
    }

    /** Evaluates one snippet whose source text begins on cell line {@code line}. */
    private Step evaluate(String source, int line) {
        Optional<MimeBundle> value = Optional.empty();
        for (SnippetEvent event : shell.eval(source)) {
            if (event.causeSnippet() != null) {
                continue;
            }
            Snippet snippet = event.snippet();
            // Stack frames count lines from the snippet's first non-blank line; diagnostics from its source.
            snippetLines.put(snippet.id(), line + countLines(source, source.length() - source.stripLeading().length()));
            if (interrupted.getAsBoolean()) {
                return new Step(Optional.of(interruptedOutcome()), value);
            }
            Optional<ExecutionOutcome> failure = failure(event, snippet, source, line);
            if (failure.isPresent()) {
                return new Step(failure, value);
            }
            if (event.value() != null && isExpression(snippet)) {
                value = Optional.of(MimeBundle.text(event.value()));
            }
        }
        return new Step(Optional.empty(), value);
    }

    private Optional<ExecutionOutcome> failure(SnippetEvent event, Snippet snippet, String source, int line) {
        if (event.status() == Snippet.Status.REJECTED) {
            return Optional.of(compileError(snippet, source, line));
        }
        if (event.exception() != null) {
            return Optional.of(runtimeError(event.exception(), line));
        }
        if (event.status() == Snippet.Status.RECOVERABLE_NOT_DEFINED
                || event.status() == Snippet.Status.RECOVERABLE_DEFINED) {
            String missing = String.join(", ", shell.unresolvedDependencies(
                    (jdk.jshell.DeclarationSnippet) snippet).toList());
            return Optional.of(failed("CompileError", "cannot find symbol: " + missing, line,
                    "cannot find symbol: " + missing));
        }
        return Optional.empty();
    }

    private static boolean isExpression(Snippet snippet) {
        return snippet.kind() == Snippet.Kind.EXPRESSION
                || snippet.subKind() == Snippet.SubKind.TEMP_VAR_EXPRESSION_SUBKIND;
    }

    private ExecutionOutcome compileError(Snippet snippet, String source, int line) {
        List<String> lines = new ArrayList<>();
        String first = null;
        for (Diag diag : shell.diagnostics(snippet).toList()) {
            if (!diag.isError()) {
                continue;
            }
            String message = diag.getMessage(Locale.ROOT);
            first = first == null ? message.lines().findFirst().orElse(message) : first;
            int at = line + countLines(source, (int) Math.max(0, diag.getPosition()));
            lines.add(place(at) + message);
        }
        return ExecutionOutcome.failed("CompileError", first == null ? "cannot compile" : first,
                lines.isEmpty() ? List.of(place(line) + "cannot compile") : lines);
    }

    private ExecutionOutcome runtimeError(JShellException exception, int line) {
        String ename = exception instanceof EvalException eval ? eval.getExceptionClassName()
                : exception instanceof UnresolvedReferenceException ? "UnresolvedReference" : "Error";
        String evalue = exception.getMessage() == null ? "" : exception.getMessage();
        if (exception instanceof UnresolvedReferenceException unresolved) {
            jdk.jshell.DeclarationSnippet used = unresolved.getSnippet();
            evalue = used.name() + " cannot be used until " + String.join(", ", shell.unresolvedDependencies(used)
                    .toList()) + " is defined";
        }
        List<String> traceback = new ArrayList<>();
        traceback.add(ename + (evalue.isEmpty() ? "" : ": " + evalue));
        for (StackTraceElement frame : exception.getStackTrace()) {
            String file = frame.getFileName();
            Integer start = file != null && file.startsWith("#") ? snippetLines.get(file.substring(1)) : null;
            if (start != null && frame.getLineNumber() > 0) {
                traceback.add("    at " + place(start + frame.getLineNumber() - 1).replaceAll(": $", ""));
            }
        }
        if (traceback.size() == 1) {
            traceback.add("    at " + place(line).replaceAll(": $", ""));
        }
        return ExecutionOutcome.failed(ename, evalue, traceback);
    }

    private ExecutionOutcome interruptedOutcome() {
        return ExecutionOutcome.failed("Interrupted", "the cell was interrupted",
                List.of("Interrupted: cell " + cell + " was stopped at your request"));
    }

    private ExecutionOutcome failed(String ename, String evalue, int line, String detail) {
        return ExecutionOutcome.failed(ename, evalue, List.of(place(line) + detail));
    }

    private String place(int line) {
        return "cell " + cell + ", line " + line + ": ";
    }

    private int lineAt(int offset) {
        return 1 + countLines(code, offset);
    }

    private static int countLines(String text, int end) {
        int lines = 0;
        for (int i = 0; i < Math.min(end, text.length()); i++) {
            if (text.charAt(i) == '\n') {
                lines++;
            }
        }
        return lines;
    }
}
