package org.engagements.notebook.engine;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * The host's answer to a notebook JVM's request for input ({@code DisplayFrame.InputRequested}), as it
 * travels on that JVM's standard input after the byte {@link Agent#INPUT}: the request number (8
 * bytes), the kind (1 byte), the text's UTF-8 length (4 bytes) and the text.
 *
 * @param text the line without its newline ({@link Kind#LINE}), the reason ({@link Kind#REFUSED}), or empty
 */
public record InputAnswer(long request, Kind kind, String text) {
    /** The longest text an answer may carry, against a corrupt length. */
    static final int MAX_BYTES = 64 << 20;

    /** A line, the end of input, or no input at all. */
    public enum Kind {
        LINE, END, REFUSED
    }

    public InputAnswer {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
    }

    public static InputAnswer line(long request, String text) {
        return new InputAnswer(request, Kind.LINE, text);
    }

    public static InputAnswer end(long request) {
        return new InputAnswer(request, Kind.END, "");
    }

    public static InputAnswer refused(long request, String reason) {
        return new InputAnswer(request, Kind.REFUSED, reason);
    }

    void writeTo(DataOutputStream out) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.writeLong(request);
        out.writeByte(kind.ordinal());
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    /** The answer after the {@link Agent#INPUT} byte. */
    static InputAnswer readFrom(DataInputStream in) throws IOException {
        long request = in.readLong();
        int kind = in.readUnsignedByte();
        int length = in.readInt();
        if (kind >= Kind.values().length || length < 0 || length > MAX_BYTES) {
            throw new IOException("malformed input answer: kind " + kind + ", length " + length);
        }
        return new InputAnswer(request, Kind.values()[kind], new String(in.readNBytes(length), StandardCharsets.UTF_8));
    }
}
