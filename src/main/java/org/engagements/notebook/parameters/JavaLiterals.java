package org.engagements.notebook.parameters;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Java literals: a string written as a literal that compiles to the same characters, and the value
 * of the simple expressions a parameters cell holds ({@code "all"}, {@code 10}, {@code 0.5},
 * {@code true}, {@code LocalDate.of(2018, 1, 1)}, {@code LocalDate.parse("2021-01-01")}).
 */
final class JavaLiterals {
    private static final Pattern INT = Pattern.compile("[+-]?\\d[\\d_]*");
    private static final Pattern LONG = Pattern.compile("([+-]?\\d[\\d_]*)[lL]");
    private static final Pattern DOUBLE = Pattern.compile("[+-]?(\\d[\\d_]*\\.[\\d_]*|\\.\\d[\\d_]*|\\d[\\d_]*)"
            + "([eE][+-]?\\d+)?[dD]?");
    private static final Pattern DATE_OF = Pattern.compile(
            "(?:java\\.time\\.)?LocalDate\\.of\\(\\s*(\\d+)\\s*,\\s*(\\d+)\\s*,\\s*(\\d+)\\s*\\)");
    private static final Pattern DATE_PARSE = Pattern.compile(
            "(?:java\\.time\\.)?LocalDate\\.parse\\(\\s*(\".*\")\\s*\\)", Pattern.DOTALL);

    private JavaLiterals() {
    }

    /**
     * {@code text} as a Java string literal. Backslash, quote and control characters are escaped
     * with backslash and octal escapes, never {@code \}{@code u} escapes (which Java decodes before
     * it reads literals, so an escaped line feed would end the line).
     */
    static String string(String text) {
        StringBuilder literal = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> literal.append("\\\\");
                case '"' -> literal.append("\\\"");
                case '\n' -> literal.append("\\n");
                case '\r' -> literal.append("\\r");
                case '\t' -> literal.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        literal.append(String.format("\\%03o", (int) c));
                    } else {
                        literal.append(c);
                    }
                }
            }
        }
        return literal.append('"').toString();
    }

    /**
     * The value of {@code expression} if it is a literal or a date built from literals: a String,
     * Integer, Long, Double, Boolean or LocalDate; empty for anything else.
     */
    static Optional<Object> decode(String expression) {
        String text = expression.strip();
        try {
            if (text.equals("true") || text.equals("false")) {
                return Optional.of(Boolean.valueOf(text));
            }
            if (INT.matcher(text).matches()) {
                return Optional.of(Integer.valueOf(text.replace("_", "")));
            }
            Matcher matcher = LONG.matcher(text);
            if (matcher.matches()) {
                return Optional.of(Long.valueOf(matcher.group(1).replace("_", "")));
            }
            if (DOUBLE.matcher(text).matches()) {
                return Optional.of(Double.valueOf(text.replace("_", "")));
            }
            return decodeStringOrDate(text);
        } catch (NumberFormatException | java.time.DateTimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<Object> decodeStringOrDate(String text) {
        if (isStringLiteral(text)) {
            return unescape(text.substring(1, text.length() - 1)).map(Object.class::cast);
        }
        Matcher matcher = DATE_OF.matcher(text);
        if (matcher.matches()) {
            return Optional.of(LocalDate.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)),
                    Integer.parseInt(matcher.group(3))));
        }
        matcher = DATE_PARSE.matcher(text);
        if (matcher.matches()) {
            return decodeStringOrDate(matcher.group(1)).map(date -> LocalDate.parse((String) date));
        }
        return Optional.empty();
    }

    /**
     * Whether {@code text} is one string literal: quotes around characters other than quote, backslash
     * and line feed, or escapes. Scanned rather than matched with a regular expression, whose repeated
     * alternation recurses once per character and overflows the stack on long values.
     */
    private static boolean isStringLiteral(String text) {
        if (text.length() < 2 || text.charAt(0) != '"' || text.charAt(text.length() - 1) != '"') {
            return false;
        }
        int end = text.length() - 1;
        for (int i = 1; i < end; i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\n') {
                return false;
            }
            if (c == '\\') {
                if (i + 1 >= end) {
                    return false;   // the closing quote is escaped
                }
                i++;
            }
        }
        return true;
    }

    /** The characters of a string literal's body; empty for an escape this reader does not know. */
    private static Optional<String> unescape(String body) {
        StringBuilder text = new StringBuilder(body.length());
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c != '\\') {
                text.append(c);
                continue;
            }
            char next = body.charAt(++i);
            int octalEnd = i;
            int octalDigits = next <= '3' ? 3 : 2;   // \377 is the largest octal escape
            while (octalEnd < body.length() && octalEnd < i + octalDigits && body.charAt(octalEnd) >= '0'
                    && body.charAt(octalEnd) <= '7') {
                octalEnd++;
            }
            if (octalEnd > i) {
                text.append((char) Integer.parseInt(body.substring(i, octalEnd), 8));
                i = octalEnd - 1;
                continue;
            }
            switch (next) {
                case 'n' -> text.append('\n');
                case 'r' -> text.append('\r');
                case 't' -> text.append('\t');
                case 'b' -> text.append('\b');
                case 'f' -> text.append('\f');
                case 's' -> text.append(' ');
                case '\\', '"', '\'' -> text.append(next);
                default -> {
                    return Optional.empty();
                }
            }
        }
        return Optional.of(text.toString());
    }
}
