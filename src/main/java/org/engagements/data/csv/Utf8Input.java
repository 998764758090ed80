package org.engagements.data.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Strict UTF-8 decoding of a stream, for files too large to read whole: a {@link Reader} that throws
 * {@link Malformed} with the byte offset of the first byte that is not UTF-8. Not thread-safe.
 */
final class Utf8Input extends Reader {
    /** The input is not UTF-8 at {@code offset}. */
    static final class Malformed extends IOException {
        private static final long serialVersionUID = 1L;
        final long offset;
        final int value;

        Malformed(long offset, int value) {
            super("not UTF-8 at byte offset " + offset);
            this.offset = offset;
            this.value = value;
        }
    }

    private final InputStream in;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
    private long consumed;
    private boolean ended;

    Utf8Input(InputStream in) {
        this.in = in;
        bytes.flip();
    }

    @Override
    public int read(char[] target, int offset, int length) throws IOException {
        CharBuffer out = CharBuffer.wrap(target, offset, length);
        while (out.position() == offset) {
            if (ended && !bytes.hasRemaining()) {
                return -1;
            }
            if (!ended) {
                refill();
            }
            int before = bytes.position();
            CoderResult result = decoder.decode(bytes, out, ended);
            consumed += bytes.position() - before;
            if (result.isError()) {
                throw new Malformed(consumed, bytes.get(bytes.position()) & 0xFF);
            }
            if (ended && !bytes.hasRemaining() && out.position() == offset) {
                return -1;
            }
        }
        return out.position() - offset;
    }

    private void refill() throws IOException {
        bytes.compact();
        int read = in.read(bytes.array(), bytes.position(), bytes.remaining());
        if (read < 0) {
            ended = true;
        } else {
            bytes.position(bytes.position() + read);
        }
        bytes.flip();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    /** The 1-based line of a byte offset, reading the file again (only when reporting a problem). */
    static int lineAt(Path path, long offset) throws IOException {
        int line = 1;
        try (InputStream in = Files.newInputStream(path)) {
            byte[] chunk = new byte[1 << 16];
            long at = 0;
            for (int read; at < offset && (read = in.read(chunk)) > 0; ) {
                for (int i = 0; i < read && at < offset; i++, at++) {
                    if (chunk[i] == '\n') {
                        line++;
                    }
                }
            }
        }
        return line;
    }
}
