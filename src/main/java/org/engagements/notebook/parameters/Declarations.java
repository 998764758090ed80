package org.engagements.notebook.parameters;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the variable declarations with a value among a cell's top-level statements, as papermill
 * reads a parameters cell: {@code String status = "all";}, {@code final int top = 10;}. Anything
 * else (methods, imports, declarations without a value, several variables in one statement) is
 * ignored. Comments, strings and text blocks are skipped when finding where statements end.
 * Stateless.
 */
public final class Declarations {
    private static final Pattern DECLARATION = Pattern.compile(
            "(?:final\\s+)?([A-Za-z_$][\\w$.]*(?:\\s*<[^=;]*>)?(?:\\s*\\[\\s*])*)\\s+([A-Za-z_$][\\w$]*)\\s*=(?!=)\\s*(.+)",
            Pattern.DOTALL);

    private Declarations() {
    }

    /** The declarations in {@code source}, in order. */
    public static List<Declaration> parse(String source) {
        List<Declaration> found = new ArrayList<>();
        for (Statement statement : statements(source)) {
            Matcher matcher = DECLARATION.matcher(statement.text());
            if (matcher.matches() && !hasTopLevelComma(matcher.group(3))) {
                found.add(new Declaration(matcher.group(1).replaceAll("\\s+", ""), matcher.group(2),
                        oneLine(matcher.group(3)), statement.line()));
            }
        }
        return found;
    }

    /**
     * Whether {@code initializer} declares more variables ({@code 1, b = 2}): a comma outside
     * brackets and strings, unlike the one in {@code LocalDate.of(2018, 1, 1)}.
     */
    private static boolean hasTopLevelComma(String initializer) {
        int depth = 0;
        for (int i = 0; i < initializer.length(); i++) {
            int skipped = skip(initializer, i, new StringBuilder());
            if (skipped > i) {
                i = skipped - 1;
                continue;
            }
            char c = initializer.charAt(i);
            depth += "({[".indexOf(c) >= 0 ? 1 : ")}]".indexOf(c) >= 0 ? -1 : 0;
            if (c == ',' && depth == 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code initializer} on one line: runs of white space become one space, except inside string,
     * character and text block literals, whose characters are the parameter's value.
     */
    private static String oneLine(String initializer) {
        StringBuilder line = new StringBuilder(initializer.length());
        boolean space = false;
        for (int i = 0; i < initializer.length(); i++) {
            StringBuilder literal = new StringBuilder();
            int skipped = skip(initializer, i, literal);
            char c = initializer.charAt(i);
            if (skipped == i && Character.isWhitespace(c)) {
                space = true;
                continue;
            }
            if (space && !line.isEmpty()) {
                line.append(' ');
            }
            space = false;
            if (skipped > i) {
                line.append(literal);
                i = skipped - 1;
            } else {
                line.append(c);
            }
        }
        return line.toString().strip();
    }

    private record Statement(String text, int line) {
    }

    /** Top-level statements ending in {@code ;}, without comments; string contents are kept. */
    private static List<Statement> statements(String source) {
        List<Statement> statements = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        int line = 1;
        int startLine = 1;
        int depth = 0;
        boolean blank = true;
        for (int i = 0; i < source.length(); i++) {
            char c = source.charAt(i);
            int skipped = skip(source, i, text);
            if (skipped > i) {
                line += count(source, i, skipped, '\n');
                i = skipped - 1;
                continue;
            }
            if (blank && !Character.isWhitespace(c)) {
                startLine = line;
                blank = false;
            }
            line += c == '\n' ? 1 : 0;
            depth += c == '{' || c == '(' ? 1 : c == '}' || c == ')' ? -1 : 0;
            if (c == ';' && depth == 0) {
                statements.add(new Statement(text.toString().strip(), startLine));
                text.setLength(0);
                blank = true;
            } else if (c == '}' && depth == 0) {
                text.setLength(0);   // the end of a method or class body
                blank = true;
            } else {
                text.append(c);
            }
        }
        return statements;
    }

    /**
     * If a comment, string, character or text block starts at {@code at}: the index after it, having
     * appended strings to {@code text} and a space for comments. Otherwise {@code at}.
     */
    private static int skip(String source, int at, StringBuilder text) {
        if (source.startsWith("//", at)) {
            int end = source.indexOf('\n', at);
            text.append(' ');
            return end < 0 ? source.length() : end;
        }
        if (source.startsWith("/*", at)) {
            int end = source.indexOf("*/", at + 2);
            text.append(' ');
            return end < 0 ? source.length() : end + 2;
        }
        String quote = source.startsWith("\"\"\"", at) ? "\"\"\"" : source.charAt(at) == '"' ? "\""
                : source.charAt(at) == '\'' ? "'" : null;
        if (quote == null) {
            return at;
        }
        int end = at + quote.length();
        while (end < source.length() && !source.startsWith(quote, end)) {
            end += source.charAt(end) == '\\' ? 2 : 1;
        }
        end = Math.min(source.length(), end + quote.length());
        text.append(source, at, end);
        return end;
    }

    private static int count(String text, int from, int to, char c) {
        int n = 0;
        for (int i = from; i < to; i++) {
            n += text.charAt(i) == c ? 1 : 0;
        }
        return n;
    }
}
