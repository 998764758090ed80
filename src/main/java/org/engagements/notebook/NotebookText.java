package org.engagements.notebook;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * The text of a {@code .jsh} file, strictly: UTF-8 without a byte-order mark, not empty, no control
 * characters but tab, line breaks and form feed. Anything else is the author's to fix, reported as a
 * {@link NotebookSyntaxException} at the line where it is. Stateless.
 */
final class NotebookText {
    private NotebookText() {
    }

    /** The decoded text of {@code bytes}, read from the notebook shown as {@code source}. */
    static String decode(byte[] bytes, Path source) {
        if (bytes.length == 0) {
            throw problem(source, 1, "expected notebook cells (// %%), found an empty file");
        }
        if (bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF) {
            throw problem(source, 1, "expected UTF-8 without a byte-order mark: the file starts with a "
                    + "byte-order mark; save it as UTF-8 without BOM");
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int offset = in.position();
            throw problem(source, lineAt(bytes, offset), String.format(
                    "expected UTF-8 text, found byte 0x%02X at byte offset %d", bytes[offset] & 0xFF, offset));
        }
        String text = out.flip().toString();
        requireNoControlCharacters(text, source);
        return text;
    }

    private static void requireNoControlCharacters(String text, Path source) {
        int line = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
            } else if (Character.isISOControl(c) && c != '\t' && c != '\r' && c != '\f') {
                throw problem(source, line, String.format("expected text without control characters, found U+%04X",
                        (int) c));
            }
        }
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

    private static NotebookSyntaxException problem(Path source, int line, String message) {
        return new NotebookSyntaxException(List.of(new NotebookSyntaxException.Problem(source, line, message)));
    }
}
