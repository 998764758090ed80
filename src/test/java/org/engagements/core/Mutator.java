package org.engagements.core;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Random mutations of a valid input, for fuzz tests: byte flips, deleted, duplicated and swapped byte
 * ranges, truncation, inserted quotes, separators, line breaks, NUL, byte-order marks, huge numbers,
 * invalid UTF-8, swapped lines, JSON values of another type and CSV cells replaced. Each mutation
 * appends a short description (what, where) to the log so a failing case can be understood without
 * re-running it. Driven by the caller's {@link Random}: the same seed gives the same mutations.
 */
public final class Mutator {
    private static final Pattern JSON_VALUE = Pattern.compile("\"[^\"\\\\]*+(?:\\\\.[^\"\\\\]*+)*+\"|-?\\d+(?:\\.\\d+)?(?:[eE][+-]?\\d+)?|true|false|null");
    private static final Pattern CSV_CELL = Pattern.compile("(?<=^|,)[^,\\n\"]*(?=,|\\r?\\n|$)", Pattern.MULTILINE);

    /** Text put in at random places, each with a name for the log. */
    private static final List<Token> TOKENS = List.of(
            token("quote", "\""), token("comma", ","), token("semicolon", ";"), token("LF", "\n"),
            token("CR", "\r"), token("CRLF", "\r\n"), token("NUL", "\0"), token("tab", "\t"),
            new Token("BOM", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}),
            token("huge number", "99999999999999999999999999999999999999"),
            token("huge exponent", "1e999999999"), token("negative", "-1"), token("zero", "0"),
            token("bad date", "2021-02-30"), token("far date", "+999999999-12-31"),
            new Token("lone continuation byte", new byte[] {(byte) 0x80}),
            new Token("truncated sequence", new byte[] {(byte) 0xE2, (byte) 0x82}),
            new Token("overlong slash", new byte[] {(byte) 0xC0, (byte) 0xAF}),
            new Token("surrogate", new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}),
            new Token("byte FF", new byte[] {(byte) 0xFF}),
            token("emoji", "\uD83D\uDE00"), token("RTL mark", "\u202E"), token("NBSP", "\u00A0"),
            token("dot-dot path", "../../etc/passwd"), token("absolute path", "/tmp/x"),
            token("backslash", "\\"), token("JSON open", "[{\""), token("JSON close", "}]"),
            token("null", "null"), token("JSON key", "\"id\":"), token("marker", "// %%"),
            token("markdown marker", "// %% [markdown]"), token("tags", " tags=[\"parameters\"]"),
            token("metadata", " x={\"a\":"), token("block comment", "/*"), token("text block", "\"\"\""),
            token("brace", "{"), token("paren", ")"),
            token("deep nesting", "[".repeat(5000)), token("long word", "a".repeat(70_000)),
            token("many lines", "\n".repeat(2000)));

    /** Replacement JSON values of every type. */
    private static final List<String> JSON_VALUES = List.of("1", "-0.5e400", "\"x\"", "\"\"", "null", "true",
            "[]", "{}", "[1,2]", "{\"a\":1}", "\"2021-13-45\"", "99999999999999999999", "[[[[[[[[[[]]]]]]]]]]");

    private record Token(String name, byte[] bytes) {
    }

    private static Token token(String name, String text) {
        return new Token(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private final Random random;
    private final List<String> log = new ArrayList<>();

    public Mutator(Random random) {
        this.random = random;
    }

    /** What was done so far, one entry per mutation. */
    public String description() {
        return String.join("; ", log);
    }

    /** {@code input} with 1 to 3 random mutations. */
    public byte[] mutate(byte[] input) {
        byte[] bytes = input;
        int count = 1 + (random.nextInt(10) < 7 ? 0 : random.nextInt(3));
        for (int i = 0; i < count; i++) {
            bytes = once(bytes);
        }
        return bytes;
    }

    /** {@code text} with 1 to 3 random mutations, decoded leniently (invalid UTF-8 becomes U+FFFD). */
    public String mutate(String text) {
        return new String(mutate(text.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
    }

    private byte[] once(byte[] bytes) {
        return switch (random.nextInt(12)) {
            case 0 -> flipBit(bytes);
            case 1 -> setByte(bytes);
            case 2 -> deleteRange(bytes);
            case 3 -> duplicateRange(bytes);
            case 4 -> swapRanges(bytes);
            case 5 -> truncate(bytes);
            case 6, 7 -> insertToken(bytes);
            case 8 -> swapLines(bytes);
            case 9 -> deleteOrDuplicateLine(bytes);
            case 10 -> changeJsonValue(bytes);
            default -> replaceCsvCell(bytes);
        };
    }

    private byte[] flipBit(byte[] bytes) {
        if (bytes.length == 0) {
            return insertToken(bytes);
        }
        byte[] out = bytes.clone();
        int at = random.nextInt(out.length);
        int bit = random.nextInt(8);
        out[at] ^= (byte) (1 << bit);
        log.add("flip bit " + bit + " at byte " + at);
        return out;
    }

    private byte[] setByte(byte[] bytes) {
        if (bytes.length == 0) {
            return insertToken(bytes);
        }
        byte[] out = bytes.clone();
        int at = random.nextInt(out.length);
        out[at] = (byte) random.nextInt(256);
        log.add(String.format("set byte %d to 0x%02X", at, out[at] & 0xFF));
        return out;
    }

    private int rangeLength(int available) {
        int max = Math.max(1, Math.min(available, random.nextBoolean() ? 8 : 400));
        return 1 + random.nextInt(max);
    }

    private byte[] deleteRange(byte[] bytes) {
        if (bytes.length == 0) {
            return insertToken(bytes);
        }
        int from = random.nextInt(bytes.length);
        int length = Math.min(rangeLength(bytes.length), bytes.length - from);
        log.add("delete bytes " + from + ".." + (from + length));
        return concat(Arrays.copyOfRange(bytes, 0, from), Arrays.copyOfRange(bytes, from + length, bytes.length));
    }

    private byte[] duplicateRange(byte[] bytes) {
        if (bytes.length == 0) {
            return insertToken(bytes);
        }
        int from = random.nextInt(bytes.length);
        int length = Math.min(rangeLength(bytes.length), bytes.length - from);
        log.add("duplicate bytes " + from + ".." + (from + length));
        return concat(Arrays.copyOfRange(bytes, 0, from + length), Arrays.copyOfRange(bytes, from, bytes.length));
    }

    private byte[] swapRanges(byte[] bytes) {
        if (bytes.length < 4) {
            return flipBit(bytes);
        }
        int length = Math.min(rangeLength(bytes.length / 2), bytes.length / 2);
        int a = random.nextInt(bytes.length - 2 * length + 1);
        int b = a + length + random.nextInt(bytes.length - a - 2 * length + 1);
        byte[] out = bytes.clone();
        System.arraycopy(bytes, b, out, a, length);
        System.arraycopy(bytes, a, out, b, length);
        log.add("swap bytes " + a + ".." + (a + length) + " with " + b + ".." + (b + length));
        return out;
    }

    private byte[] truncate(byte[] bytes) {
        int at = bytes.length == 0 ? 0 : random.nextInt(bytes.length);
        log.add("truncate at byte " + at);
        return Arrays.copyOf(bytes, at);
    }

    private byte[] insertToken(byte[] bytes) {
        Token token = TOKENS.get(random.nextInt(TOKENS.size()));
        int at = random.nextInt(bytes.length + 1);
        log.add("insert " + token.name() + " at byte " + at);
        return concat(Arrays.copyOfRange(bytes, 0, at), token.bytes(), Arrays.copyOfRange(bytes, at, bytes.length));
    }

    private List<int[]> lines(byte[] bytes) {
        List<int[]> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                lines.add(new int[] {start, i + 1});
                start = i + 1;
            }
        }
        if (start < bytes.length) {
            lines.add(new int[] {start, bytes.length});
        }
        return lines;
    }

    private byte[] swapLines(byte[] bytes) {
        List<int[]> lines = lines(bytes);
        if (lines.size() < 2) {
            return flipBit(bytes);
        }
        int a = random.nextInt(lines.size());
        int b = random.nextInt(lines.size());
        List<int[]> order = new ArrayList<>(lines);
        order.set(a, lines.get(b));
        order.set(b, lines.get(a));
        log.add("swap lines " + (a + 1) + " and " + (b + 1));
        return join(bytes, order);
    }

    private byte[] deleteOrDuplicateLine(byte[] bytes) {
        List<int[]> lines = lines(bytes);
        if (lines.isEmpty()) {
            return insertToken(bytes);
        }
        int at = random.nextInt(lines.size());
        List<int[]> order = new ArrayList<>(lines);
        if (random.nextBoolean()) {
            order.remove(at);
            log.add("delete line " + (at + 1));
        } else {
            order.add(at, lines.get(at));
            log.add("duplicate line " + (at + 1));
        }
        return join(bytes, order);
    }

    private byte[] changeJsonValue(byte[] bytes) {
        return replaceMatch(bytes, JSON_VALUE, "JSON value", JSON_VALUES);
    }

    private byte[] replaceCsvCell(byte[] bytes) {
        List<String> values = new ArrayList<>(JSON_VALUES);
        values.addAll(List.of("", " ", "e001", "a000", "held", "2021-02-30", "0000-00-00", "9999-12-31", "1;2;;3",
                "x;", ";", "beijing;beijing", "../articles.csv", "..", "-1", "NaN", "Infinity"));
        return replaceMatch(bytes, CSV_CELL, "CSV cell", values);
    }

    private byte[] replaceMatch(byte[] bytes, Pattern pattern, String what, List<String> values) {
        String text = new String(bytes, StandardCharsets.ISO_8859_1);   // one char per byte: offsets stay byte offsets
        Matcher matcher = pattern.matcher(text);
        List<int[]> found = new ArrayList<>();
        while (matcher.find() && found.size() < 100_000) {
            found.add(new int[] {matcher.start(), matcher.end()});
        }
        if (found.isEmpty()) {
            return insertToken(bytes);
        }
        int[] range = found.get(random.nextInt(found.size()));
        String value = values.get(random.nextInt(values.size()));
        log.add("replace " + what + " at bytes " + range[0] + ".." + range[1] + " with " + value);
        return concat(Arrays.copyOfRange(bytes, 0, range[0]), value.getBytes(StandardCharsets.UTF_8),
                Arrays.copyOfRange(bytes, range[1], bytes.length));
    }

    private static byte[] join(byte[] bytes, List<int[]> lines) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length + 16);
        for (int[] line : lines) {
            out.write(bytes, line[0], line[1] - line[0]);
            if (bytes[line[1] - 1] != '\n') {
                out.write('\n');
            }
        }
        return out.toByteArray();
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
