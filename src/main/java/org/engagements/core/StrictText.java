package org.engagements.core;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The checks every text file the tool reads goes through (data files, articles, notebooks): strict
 * UTF-8, no UTF-16, no control characters but tab, line breaks and form feed. Each finds the first
 * flaw and its line; the callers say what the file is and how to report it. Stateless.
 */
public final class StrictText {
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private StrictText() {
    }

    /**
     * What is wrong and where.
     *
     * @param line  the 1-based line
     * @param found what was found instead, e.g. {@code byte 0xE9 at byte offset 771}; reads after
     *              "expected UTF-8 text, found"
     */
    public record Flaw(int line, String found) {
    }

    /** Whether {@code bytes} start with the UTF-8 byte-order mark. */
    public static boolean startsWithBom(byte[] bytes) {
        return bytes.length >= BOM.length && bytes[0] == BOM[0] && bytes[1] == BOM[1] && bytes[2] == BOM[2];
    }

    /**
     * A file that starts like UTF-16 (its byte-order mark, or a NUL among the first two bytes as in
     * UTF-16 ASCII text), to be reported as such rather than as a byte that is not UTF-8 somewhere.
     */
    public static Optional<Flaw> utf16(byte[] head) {
        boolean bom = head.length >= 2 && ((head[0] == (byte) 0xFF && head[1] == (byte) 0xFE)
                || (head[0] == (byte) 0xFE && head[1] == (byte) 0xFF));
        boolean nul = head.length >= 2 && (head[0] == 0 || head[1] == 0);
        return bom || nul ? Optional.of(new Flaw(1, String.format(
                "UTF-16 (the file starts with bytes 0x%02X 0x%02X); save it as UTF-8", head[0] & 0xFF, head[1] & 0xFF)))
                : Optional.empty();
    }

    /** The text of {@code bytes}, or the first byte that is not UTF-8. */
    public static Decoded utf8(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int at = in.position();
            return new Decoded(Optional.empty(), Optional.of(new Flaw(lineAt(bytes, at),
                    String.format("byte 0x%02X at byte offset %d", bytes[at] & 0xFF, at))));
        }
        return new Decoded(Optional.of(out.flip().toString()), Optional.empty());
    }

    /** Either the text or the flaw that stopped decoding. */
    public record Decoded(Optional<String> text, Optional<Flaw> flaw) {
    }

    /** The first control character other than tab, line breaks and form feed, with its line. */
    public static Optional<Flaw> controlCharacter(String text) {
        int line = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
            } else if (Character.isISOControl(c) && c != '\t' && c != '\r' && c != '\f') {
                return Optional.of(new Flaw(line, String.format("U+%04X", (int) c)));
            }
        }
        return Optional.empty();
    }

    private static int lineAt(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}
