package org.engagements.notebook.ipynb;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * JSON text exactly as nbformat writes it, which is Python's
 * {@code json.dumps(nb, sort_keys=True, indent=1, separators=(",", ": "), ensure_ascii=False)}: keys
 * sorted, one space of indentation per level, {@code {}} and {@code []} when empty, non-ASCII
 * characters as themselves. The same value always gives the same text. Stateless.
 *
 * <p>Values are maps with string keys, lists, strings, integers, decimals, booleans and {@code null};
 * numbers read by {@link JsonValues} keep the digits they were written with. {@link #compact} writes
 * the one-line form of Python's {@code json.dumps} defaults, {@code ["a", "b"]}, for cell markers.
 */
final class JsonText {
    private JsonText() {
    }

    static String write(Object value) {
        StringBuilder out = new StringBuilder();
        write(value, 0, out);
        return out.toString();
    }

    /** {@code value} on one line, keys in their order: {@code {"a": 1, "b": [true, null]}}. */
    static String compact(Object value) {
        StringBuilder out = new StringBuilder();
        compact(value, out);
        return out.toString();
    }

    private static void compact(Object value, StringBuilder out) {
        if (value instanceof Map<?, ?> map) {
            out.append('{');
            String separator = "";
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                out.append(separator);
                writeString((String) entry.getKey(), out);
                out.append(": ");
                compact(entry.getValue(), out);
                separator = ", ";
            }
            out.append('}');
        } else if (value instanceof List<?> list) {
            out.append('[');
            String separator = "";
            for (Object item : list) {
                out.append(separator);
                compact(item, out);
                separator = ", ";
            }
            out.append(']');
        } else if (value instanceof String text) {
            writeString(text, out, true);
        } else {
            write(value, 0, out);
        }
    }

    private static void write(Object value, int depth, StringBuilder out) {
        if (value instanceof Map<?, ?> map) {
            writeObject(map, depth, out);
        } else if (value instanceof List<?> list) {
            writeArray(list, depth, out);
        } else if (value instanceof String text) {
            writeString(text, out);
        } else if (value == null || value instanceof Boolean || value instanceof Integer || value instanceof Long
                || value instanceof BigInteger) {
            out.append(value);
        } else if (value instanceof JsonValues.Decimal decimal) {
            out.append(decimal.text());
        } else if (value instanceof BigDecimal decimal) {
            out.append(decimal.toPlainString());
        } else if (value instanceof Double number && Double.isFinite(number)) {
            out.append(number);
        } else {
            throw new IllegalArgumentException("not a JSON value: " + value.getClass().getName() + " " + value);
        }
    }

    private static void writeObject(Map<?, ?> map, int depth, StringBuilder out) {
        if (map.isEmpty()) {
            out.append("{}");
            return;
        }
        Map<String, Object> sorted = new TreeMap<>();
        map.forEach((key, item) -> sorted.put((String) key, item));
        out.append('{');
        String separator = "\n";
        for (Map.Entry<String, Object> entry : sorted.entrySet()) {
            out.append(separator);
            indent(depth + 1, out);
            writeString(entry.getKey(), out);
            out.append(": ");
            write(entry.getValue(), depth + 1, out);
            separator = ",\n";
        }
        out.append('\n');
        indent(depth, out);
        out.append('}');
    }

    private static void writeArray(List<?> list, int depth, StringBuilder out) {
        if (list.isEmpty()) {
            out.append("[]");
            return;
        }
        out.append('[');
        String separator = "\n";
        for (Object item : list) {
            out.append(separator);
            indent(depth + 1, out);
            write(item, depth + 1, out);
            separator = ",\n";
        }
        out.append('\n');
        indent(depth, out);
        out.append(']');
    }

    private static void indent(int depth, StringBuilder out) {
        out.append(" ".repeat(depth));
    }

    private static void writeString(String text, StringBuilder out) {
        writeString(text, out, false);
    }

    /**
     * A JSON string as Python writes it with {@code ensure_ascii=False}; with {@code allControls} also
     * DEL and the C1 controls as backslash-u escapes, which a {@code .jsh} line may not hold.
     */
    private static void writeString(String text, StringBuilder out, boolean allControls) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20 || (allControls && Character.isISOControl(c))) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
