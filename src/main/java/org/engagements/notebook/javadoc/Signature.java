package org.engagements.notebook.javadoc;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A signature as JShell's {@code SourceCodeAnalysis.documentation} writes it, read back into what it
 * names, so that the Javadoc can be found in a library's sources. JShell's forms:
 * <ul>
 *   <li>a type: {@code java.util.List<E>}, {@code tech.tablesaw.api.Table}; an enum constant looks the same
 *   ({@code java.time.DayOfWeek.MONDAY});
 *   <li>a method: {@code int Math.max(int a, int b)}, {@code T Objects.<T>requireNonNull(T obj)}, the
 *   class as the session would write it (simple when imported) and parameter names only when known;
 *   <li>a constructor: {@code java.util.ArrayList<E>(int initialCapacity)}; a record reads the same;
 *   <li>a field: {@code Math.PI:double}; a variable of the session: {@code e:tech.tablesaw.api.Table}.
 * </ul>
 *
 * @param kind           what the signature names
 * @param owner          the class: of the member, or the type itself; the session's spelling, without
 *                       type arguments ({@code Table}, {@code java.io.PrintStream}, {@code Map.Entry});
 *                       for a variable its type's class, if it has one
 * @param name           the member's simple name: the class's for a constructor, empty for a type
 * @param parameterTypes a method's or constructor's parameter types, erased and simple ({@code
 *                       Column[]} for {@code Column<?>...}); empty otherwise
 */
public record Signature(Kind kind, String owner, String name, List<String> parameterTypes) {
    /** What a signature names. */
    public enum Kind {
        /** A class, interface, enum or record; or an enum constant, which JShell writes the same way. */
        TYPE,
        /** A constructor, or a record with its components. */
        CONSTRUCTOR,
        METHOD,
        FIELD,
        /** A variable of the session, documented by its type's class. */
        VARIABLE
    }

    public Signature {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(name, "name");
        parameterTypes = List.copyOf(parameterTypes);
    }

    /** Reads one of JShell's signatures (see the class comment). */
    public static Signature parse(String signature) {
        String text = signature.strip();
        int paren = indexAtTopLevel(text, '(');
        if (paren >= 0) {
            return executable(text.substring(0, paren), text.substring(paren + 1, closing(text, paren)));
        }
        int colon = indexAtTopLevel(text, ':');
        if (colon >= 0) {
            String member = erase(text.substring(0, colon)).strip();
            int dot = member.lastIndexOf('.');
            String type = erase(text.substring(colon + 1)).replaceAll("\\[]|\\.\\.\\.", "").strip();
            return dot < 0 ? new Signature(Kind.VARIABLE, type.contains(".") ? type : "", member, List.of())
                    : new Signature(Kind.FIELD, member.substring(0, dot), member.substring(dot + 1), List.of());
        }
        return new Signature(Kind.TYPE, erase(text).strip(), "", List.of());
    }

    private static Signature executable(String header, String parameters) {
        List<String> words = new ArrayList<>(split(header.strip(), ' '));
        words.removeIf(word -> word.startsWith("<"));              // type parameters of a constructor
        if (words.isEmpty()) {
            return new Signature(Kind.VARIABLE, "", "", List.of());   // not JShell's: nothing to look up
        }
        String qualified = erase(words.get(words.size() - 1));      // Owner.name, Owner.<T>name, or Owner
        List<String> types = split(parameters, ',').stream().filter(p -> !p.isBlank()).map(Signature::parameterType)
                .toList();
        if (words.size() == 1) {
            int dot = qualified.lastIndexOf('.');
            return new Signature(Kind.CONSTRUCTOR, qualified, qualified.substring(dot + 1), types);
        }
        int dot = qualified.lastIndexOf('.');
        return new Signature(Kind.METHOD, dot < 0 ? "" : qualified.substring(0, dot), qualified.substring(dot + 1), types);
    }

    /**
     * {@code java.util.Collection<? extends E> c} as {@code Collection}, {@code Column<?>...} as
     * {@code Column[]}: the type before the name, which is last when JShell knows it.
     */
    private static String parameterType(String parameter) {
        List<String> words = split(parameter.strip(), ' ').stream().filter(word -> !word.startsWith("@")).toList();
        return words.isEmpty() ? "" : simpleType(words.size() > 1 ? words.get(words.size() - 2) : words.get(0));
    }

    /**
     * A type as this class compares them: without type arguments and annotations, its last name
     * segment, arrays and varargs as {@code []}: {@code java.util.Map.Entry<K,V>[]} as {@code Entry[]}.
     */
    public static String simpleType(String type) {
        String erased = erase(type).replaceAll("@[\\w.]+(\\([^)]*\\))?\\s*", "").replace("...", "[]").replaceAll("\\s+", "");
        String dims = erased.replaceAll("^[^\\[]*", "");
        String base = erased.substring(0, erased.length() - dims.length());
        return base.substring(base.lastIndexOf('.') + 1) + dims;
    }

    /** {@code text} without its type arguments: {@code <...>}, nested or not. */
    static String erase(String text) {
        StringBuilder out = new StringBuilder();
        int depth = 0;
        for (char c : text.toCharArray()) {
            if (c == '<') {
                depth++;
            } else if (c == '>') {
                depth = Math.max(0, depth - 1);
            } else if (depth == 0) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The parts of {@code text} between {@code separator}s outside {@code <>} and {@code ()}. */
    private static List<String> split(String text, char separator) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            depth += c == '<' || c == '(' ? 1 : c == '>' || c == ')' ? -1 : 0;
            if (c == separator && depth == 0) {
                if (i > start) {
                    parts.add(text.substring(start, i).strip());
                }
                start = i + 1;
            }
        }
        if (start < text.length()) {
            parts.add(text.substring(start).strip());
        }
        parts.removeIf(String::isEmpty);
        return parts;
    }

    private static int indexAtTopLevel(String text, char wanted) {
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == wanted && depth == 0) {
                return i;
            }
            depth += c == '<' ? 1 : c == '>' ? -1 : 0;
        }
        return -1;
    }

    private static int closing(String text, int open) {
        int depth = 0;
        for (int i = open; i < text.length(); i++) {
            depth += text.charAt(i) == '(' ? 1 : text.charAt(i) == ')' ? -1 : 0;
            if (depth == 0) {
                return i;
            }
        }
        return text.length();
    }

    /** The signature as a person reads it: {@code double Math.PI} for JShell's {@code Math.PI:double}. */
    public static String display(String signature) {
        int colon = indexAtTopLevel(signature, ':');
        return colon < 0 || indexAtTopLevel(signature, '(') >= 0 ? signature
                : signature.substring(colon + 1).strip() + " " + signature.substring(0, colon).strip();
    }
}
