package org.engagements.notebook.session;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What Shift-Tab asks about, found in the code as IPython finds it: the name the cursor is on, at the
 * start of, or just after ({@code Math.m|ax}, {@code Math.max|}, {@code |table}), unless that name
 * starts an argument right after {@code (} or {@code ,}; else the call whose parentheses the cursor is in
 * ({@code Math.max(1, |)}, {@code Math.max(|x)}), just after it ({@code Math.max(1, 2)|}) or just before
 * its {@code (} ({@code Math.max |(1, 2)}). A name
 * inside a string, a character literal or a comment does not count, nor do keywords and numbers; the
 * parentheses of {@code if}, {@code for} and the like are not calls. A name inside a call comes with the
 * call as a second choice, for when the name means nothing.
 *
 * <p>JShell documents a name from the code before it, so the answer is where that code ends:
 * {@code end} is just past the name, or past the call's {@code (}; {@code orCall} says the name may be a
 * method's, to be asked about again with a {@code (} added (JShell documents {@code Math.max(} but
 * not {@code Math.max}). Pure functions.
 *
 * @param end    the index in the code where the question ends
 * @param orCall whether to ask again as a call when the name alone means nothing
 */
record NameAtCursor(int end, boolean orCall) {
    private static final Set<String> KEYWORDS = Set.of("abstract", "assert", "boolean", "break", "byte", "case",
            "catch", "char", "class", "const", "continue", "default", "do", "double", "else", "enum", "extends",
            "final", "finally", "float", "for", "goto", "if", "implements", "import", "instanceof", "int",
            "interface", "long", "native", "new", "package", "private", "protected", "public", "return", "short",
            "static", "strictfp", "super", "switch", "synchronized", "this", "throw", "throws", "transient", "try",
            "void", "volatile", "while", "true", "false", "null", "var", "yield", "record");

    /**
     * What to ask about at {@code cursor} (a {@code char} index into {@code code}), most likely first: the
     * name, then the call around it (for a name that means nothing, such as an argument not yet declared).
     */
    static List<NameAtCursor> find(String code, int cursor) {
        int at = Math.max(0, Math.min(cursor, code.length()));
        Scan scan = Scan.of(code, at);
        List<NameAtCursor> found = new ArrayList<>();
        if (!scan.inLiteral()) {
            name(code, at).ifPresent(found::add);
        }
        call(code, at, scan).filter(call -> !found.contains(call)).ifPresent(found::add);
        return List.copyOf(found);
    }

    /** The call the cursor is just after, just before or inside. */
    private static Optional<NameAtCursor> call(String code, int at, Scan scan) {
        if (!scan.inLiteral()) {
            if (at > 0 && code.charAt(at - 1) == ')' && scan.lastClosed() >= 0 && isCall(code, scan.lastClosed())) {
                return Optional.of(new NameAtCursor(scan.lastClosed() + 1, false));
            }
            int next = at;
            while (next < code.length() && Character.isWhitespace(code.charAt(next))) {
                next++;
            }
            if (next < code.length() && code.charAt(next) == '(' && isCall(code, next)) {
                return Optional.of(new NameAtCursor(next + 1, false));
            }
        }
        for (int open : scan.open()) {
            if (isCall(code, open)) {
                return Optional.of(new NameAtCursor(open + 1, false));
            }
        }
        return Optional.empty();
    }

    /** The name around {@code at}: up to its end, or through the {@code (} that follows it. */
    private static Optional<NameAtCursor> name(String code, int at) {
        int start = at;
        while (start > 0 && Character.isJavaIdentifierPart(code.charAt(start - 1))) {
            start--;
        }
        int end = at;
        while (end < code.length() && Character.isJavaIdentifierPart(code.charAt(end))) {
            end++;
        }
        boolean startsAnArgument = start == at && at > 0 && (code.charAt(at - 1) == '(' || code.charAt(at - 1) == ',');
        if (start == end || startsAnArgument || !Character.isJavaIdentifierStart(code.charAt(start))
                || KEYWORDS.contains(code.substring(start, end))) {
            return Optional.empty();
        }
        int next = end;
        while (next < code.length() && Character.isWhitespace(code.charAt(next))) {
            next++;
        }
        return Optional.of(next < code.length() && code.charAt(next) == '('
                ? new NameAtCursor(next + 1, false) : new NameAtCursor(end, true));
    }

    /**
     * Whether the {@code (} at {@code open} opens a call's arguments: a name (not a keyword such as
     * {@code if}) comes before it, perhaps with type arguments ({@code new ArrayList<String>(}).
     */
    static boolean isCall(String code, int open) {
        int end = open;
        while (end > 0 && Character.isWhitespace(code.charAt(end - 1))) {
            end--;
        }
        if (end > 0 && code.charAt(end - 1) == '>') {
            int depth = 0;
            do {
                end--;
                depth += code.charAt(end) == '>' ? 1 : code.charAt(end) == '<' ? -1 : 0;
            } while (end > 0 && depth > 0);
            while (end > 0 && Character.isWhitespace(code.charAt(end - 1))) {
                end--;
            }
        }
        int start = end;
        while (start > 0 && Character.isJavaIdentifierPart(code.charAt(start - 1))) {
            start--;
        }
        return start < end && Character.isJavaIdentifierStart(code.charAt(start))
                && !KEYWORDS.contains(code.substring(start, end));
    }

    /**
     * The code before the cursor, read for strings, character literals, text blocks and comments: the
     * parentheses still open at the cursor (innermost first), the {@code (} of the last one closed, and
     * whether the cursor is inside a literal or comment.
     */
    private record Scan(Deque<Integer> open, int lastClosed, boolean inLiteral) {
        static Scan of(String code, int cursor) {
            Deque<Integer> open = new ArrayDeque<>();
            int lastClosed = -1;
            int i = 0;
            while (i < cursor) {
                Optional<Literal> literal = Literal.at(code, i);
                if (literal.isPresent()) {
                    int end = literal.get().end();
                    if (end > cursor || end == cursor && !literal.get().closed()) {
                        return new Scan(open, lastClosed, true);
                    }
                    i = end;
                    continue;
                }
                char c = code.charAt(i);
                if (c == '(') {
                    open.push(i);
                } else if (c == ')' && !open.isEmpty()) {
                    lastClosed = open.pop();
                }
                i++;
            }
            return new Scan(open, lastClosed, false);
        }
    }

    /**
     * A string, character literal, text block or comment.
     *
     * @param end    the index after it
     * @param closed whether it ends with its closing delimiter (a line comment never does: it runs to the
     *               line's end, where a cursor is still in it)
     */
    private record Literal(int end, boolean closed) {
        static Optional<Literal> at(String code, int i) {
            if (code.startsWith("//", i)) {
                int end = code.indexOf('\n', i);
                return Optional.of(new Literal(end < 0 ? code.length() : end, false));
            }
            if (code.startsWith("/*", i)) {
                return Optional.of(delimited(code, code.indexOf("*/", i + 2), 2));
            }
            if (code.startsWith("\"\"\"", i)) {
                return Optional.of(delimited(code, code.indexOf("\"\"\"", i + 3), 3));
            }
            char quote = code.charAt(i);
            if (quote != '"' && quote != '\'') {
                return Optional.empty();
            }
            int j = i + 1;
            while (j < code.length() && code.charAt(j) != quote && code.charAt(j) != '\n') {
                j += code.charAt(j) == '\\' ? 2 : 1;
            }
            boolean closed = j < code.length() && code.charAt(j) == quote;
            return Optional.of(new Literal(closed ? j + 1 : Math.min(j, code.length()), closed));
        }

        private static Literal delimited(String code, int closing, int length) {
            return closing < 0 ? new Literal(code.length(), false) : new Literal(closing + length, true);
        }
    }
}
