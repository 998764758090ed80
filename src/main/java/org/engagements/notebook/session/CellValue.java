package org.engagements.notebook.session;

import java.util.Optional;
import java.util.Set;
import jdk.jshell.ExpressionSnippet;
import jdk.jshell.Snippet;
import jdk.jshell.VarSnippet;

/**
 * The variable that holds the value of a cell's last expression while the cell shows it.
 *
 * <p>Given an expression such as {@code 1 + 1}, JShell compiles it three times: once to learn its
 * type, then the variable {@code $1} of that type, once to analyse and once to generate. A result is
 * shown as whatever object it is, so its static type is not needed: as the declaration
 * {@code Object $value1 = 1 + 1;} it is compiled twice, which spares JShell a third of its work. When
 * the declaration does not compile (the expression is {@code void}, a lambda, not an expression at
 * all, or wrong), the session runs the snippet as written, so JShell's own handling and messages
 * apply; nothing ran in between, as a snippet that does not compile is not run.
 *
 * <p>The declaration keeps the snippet's lines: {@code Object $value1 = } goes before its first line
 * and {@code ;} on a line after its last, so a stack trace names the same cell lines.
 *
 * <p>Each cell's variable has a name of its own, {@code $value} and a number, and is dropped when the
 * cell ends, as JShell's {@code $1} are. Not one name for all: JShell gives a variable declared again
 * after it was dropped the class names of its earlier versions, finds each already loaded, and
 * compiles it once more for each until a name is free, so the n-th cell compiled n times.
 */
final class CellValue {
    private static final String NAME = "$value";
    /**
     * Words that start a declaration or a statement, never an expression whose value a cell shows
     * ({@code int.class} and {@code void.class} are, and are shown the slow way). {@code switch}
     * starts a statement at the top of a snippet.
     */
    private static final Set<String> NOT_AN_EXPRESSION = Set.of(
            "abstract", "assert", "boolean", "break", "byte", "case", "char", "class", "continue", "default",
            "do", "double", "enum", "final", "float", "for", "if", "import", "int", "interface", "long",
            "native", "non", "package", "private", "protected", "public", "record", "return", "sealed",
            "short", "static", "strictfp", "switch", "synchronized", "throw", "transient", "try", "var",
            "void", "volatile", "while", "yield");

    private CellValue() {
    }

    /** The name of a session's {@code number}th value variable. */
    static String name(int number) {
        return NAME + number;
    }

    /** What goes before the expression to declare variable {@code name}. */
    static String prefix(String name) {
        return "Object " + name + " = ";
    }

    /**
     * The declaration of variable {@code name} with {@code source} as its value, if {@code source} may
     * be an expression: not when it starts with a word of {@link #NOT_AN_EXPRESSION}, an annotation or
     * a brace, or ends with a brace (a method or class declaration; an expression ending so, such as an
     * anonymous class, takes the slow way).
     */
    static Optional<String> declaration(String source, String name) {
        String code = source.strip();
        if (code.isEmpty() || code.startsWith("//") || code.startsWith("/*") || code.startsWith("@")
                || code.startsWith("{") || code.endsWith("}") || NOT_AN_EXPRESSION.contains(firstWord(code))) {
            return Optional.empty();
        }
        return Optional.of(prefix(name) + source + (source.endsWith("\n") ? "" : "\n") + ";");
    }

    private static String firstWord(String code) {
        int end = 0;
        while (end < code.length() && Character.isJavaIdentifierPart(code.charAt(end))) {
            end++;
        }
        return code.substring(0, end);
    }

    /**
     * Whether the last line of code ends with {@code ;}. As IPython's trailing semicolon, it keeps a
     * cell's value from being shown: {@code table} shows the table, {@code System.out.printf(...);} and
     * {@code var x = f();} show nothing.
     */
    static boolean endsWithSemicolon(String source) {
        String[] lines = source.split("\\R");
        for (int i = lines.length - 1; i >= 0; i--) {
            String line = lines[i].strip();
            int comment = line.indexOf("//");
            String code = (comment >= 0 && line.lastIndexOf('"') < comment ? line.substring(0, comment) : line).strip();
            if (!code.isEmpty()) {
                return code.endsWith(";");
            }
        }
        return false;
    }

    /**
     * The variable holding the cell's result, if its last snippet has one: an expression, or a
     * variable declared with a value (IJava's convention), when the cell does not end with {@code ;}.
     * The engine shows nothing for {@code null}.
     */
    static Optional<String> nameOf(Snippet snippet) {
        if (snippet instanceof ExpressionSnippet expression) {
            return Optional.of(expression.name());
        }
        if (snippet instanceof VarSnippet variable && variable.subKind() != Snippet.SubKind.VAR_DECLARATION_SUBKIND) {
            return Optional.of(variable.name());
        }
        return Optional.empty();
    }

    /** Whether {@code snippet} is a variable JShell made for an expression's value ({@code $1}). */
    static boolean isTemporary(Snippet snippet) {
        return snippet instanceof VarSnippet variable
                && variable.subKind() == Snippet.SubKind.TEMP_VAR_EXPRESSION_SUBKIND;
    }
}
