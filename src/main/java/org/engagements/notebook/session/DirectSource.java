package org.engagements.notebook.session;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The Java source of a cell snippet compiled without JShell (see {@link DirectCells}): a class in
 * JShell's package {@code REPL} whose method {@code do_it$} runs the snippet, as JShell's wrapper
 * classes do, importing the session's imports and only those of its definitions the snippet names.
 *
 * <p>Why only those: JShell imports every definition of the session into every snippet, so javac reads
 * the class of each one for every cell, and a cell costs more the longer the session. A name the snippet
 * does not spell cannot be what it uses, so an import of it changes nothing but the cost; a name it
 * spells that is not a definition (a local, a field of another class) imports at worst a definition
 * that goes unused.
 *
 * @param className the simple name of the class, in package {@code REPL}
 * @param text      the whole compilation unit
 * @param firstLine the line of {@code text} where the snippet's first line is
 */
record DirectSource(String className, String text, int firstLine) {
    /** The method JShell's execution engines call, and the one this class declares. */
    static final String METHOD = "do_it$";

    /** What a definition of the session is to an import. */
    enum Kind {
        /** A variable or a method: {@code import static REPL.$JShell$12.name;} */
        MEMBER,
        /** A class, interface, enum or record: {@code import REPL.$JShell$12.Name;} */
        TYPE
    }

    /**
     * A definition of the session that snippets may name.
     *
     * @param name    its simple name
     * @param kind    member or type
     * @param wrapper the binary name of JShell's class holding it, such as {@code REPL.$JShell$12}
     */
    record Definition(String name, Kind kind, String wrapper) {
        String importLine() {
            return kind == Kind.MEMBER ? "import static " + wrapper + "." + name + ";"
                    : "import " + wrapper + "." + name + ";";
        }
    }

    /**
     * The source for {@code snippet}: as the expression {@code do_it$} returns when {@code value}, else as
     * the statement its body is. Empty when the snippet spells a name with {@code $} (JShell's own
     * variables, such as {@code $1}, whose meaning only JShell knows).
     *
     * @param imports     the session's import declarations, one each
     * @param definitions the session's valid definitions
     */
    static Optional<DirectSource> of(String className, String snippet, boolean value, List<String> imports,
                                     List<Definition> definitions) {
        Optional<Set<String>> names = identifiers(snippet);
        if (names.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder text = new StringBuilder("package REPL;\n");
        int line = 2;
        for (String declaration : imports) {
            String kept = declaration.strip();
            text.append(kept).append('\n');
            line += 1 + (int) kept.chars().filter(c -> c == '\n').count();
        }
        for (Definition definition : definitions) {
            if (names.get().contains(definition.name())) {
                text.append(definition.importLine()).append('\n');
                line++;
            }
        }
        text.append("public class ").append(className).append(" {\n");
        text.append("public static ").append(value ? "Object " : "void ").append(METHOD)
                .append("() throws Throwable {\n");
        int firstLine = line + 2;
        text.append(value ? "return " : "").append(snippet).append('\n');
        text.append(value ? ";\n" : "").append("}\n}\n");
        return Optional.of(new DirectSource(className, text.toString(), firstLine));
    }

    /**
     * The identifiers {@code code} spells outside comments and literals, sorted; empty if one of them
     * has a {@code $}.
     */
    static Optional<Set<String>> identifiers(String code) {
        Set<String> names = new TreeSet<>();
        int i = 0;
        while (i < code.length()) {
            char c = code.charAt(i);
            if (code.startsWith("//", i)) {
                i = end(code, code.indexOf('\n', i), 0);
            } else if (code.startsWith("/*", i)) {
                i = end(code, code.indexOf("*/", i + 2), 2);
            } else if (code.startsWith("\"\"\"", i)) {
                i = endOfQuoted(code, i + 3, "\"\"\"");
            } else if (c == '"' || c == '\'') {
                i = endOfQuoted(code, i + 1, String.valueOf(c));
            } else if (Character.isJavaIdentifierStart(c)) {
                int start = i;
                while (i < code.length() && Character.isJavaIdentifierPart(code.charAt(i))) {
                    i++;
                }
                String name = code.substring(start, i);
                if (name.indexOf('$') >= 0) {
                    return Optional.empty();
                }
                names.add(name);
            } else if (Character.isDigit(c)) {
                while (i < code.length() && (Character.isLetterOrDigit(code.charAt(i)) || code.charAt(i) == '_')) {
                    i++;    // 0x1F, 10L, 1_000: not names
                }
            } else {
                i++;
            }
        }
        return Optional.of(names);
    }

    private static int end(String code, int found, int width) {
        return found < 0 ? code.length() : found + width;
    }

    /** The index after the closing {@code quote}, skipping escaped characters. */
    private static int endOfQuoted(String code, int from, String quote) {
        int i = from;
        while (i < code.length()) {
            if (code.charAt(i) == '\\') {
                i += 2;
            } else if (code.startsWith(quote, i)) {
                return i + quote.length();
            } else {
                i++;
            }
        }
        return code.length();
    }
}
