package org.engagements.notebook.session;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import org.engagements.display.DisplayFrame;
import org.engagements.notebook.StreamName;

/**
 * One of the notebook JVM's output streams as it arrives at the host: separates
 * {@link DisplayFrame}s from printed text, decodes the text as UTF-8 across chunk boundaries, and
 * hands both to a {@link Target}. Thread safe (writes are serialised).
 *
 * <p>Only a frame is held until its line ends: a {@link DisplayFrame#MARK} not followed by this
 * channel's token is text again as soon as the token fails to match, so printed text (even binary
 * junk without a newline) is never piled up here.
 */
final class OutputChannel extends OutputStream {
    /** Where text and frames go. */
    interface Target {
        void text(StreamName stream, String text);

        void frame(DisplayFrame frame);
    }

    private final StreamName stream;
    private final String token;
    private final byte[] tokenPrefix;              // how every frame of this channel starts, after the mark
    private final Target target;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE);
    private byte[] pending = new byte[0];          // text bytes not yet decoded
    private ByteArrayOutputStream frame;           // non-null inside a frame

    /** A channel that looks for frames tagged {@code token}; {@code null} for plain text only. */
    OutputChannel(StreamName stream, String token, Target target) {
        this.stream = stream;
        this.token = token;
        this.tokenPrefix = token == null ? new byte[0] : (token + " ").getBytes(StandardCharsets.UTF_8);
        this.target = target;
    }

    @Override
    public synchronized void write(int b) {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public synchronized void write(byte[] bytes, int offset, int length) {
        ByteArrayOutputStream text = new ByteArrayOutputStream(length);
        for (int i = offset; i < offset + length; i++) {
            byte b = bytes[i];
            if (frame != null) {
                if (b == '\n') {
                    endFrame(text);
                } else {
                    frame.write(b);
                    if (frame.size() == tokenPrefix.length && !frameHasTokenPrefix()) {
                        text.write(DisplayFrame.MARK);
                        text.writeBytes(frame.toByteArray());
                        frame = null;
                    }
                }
            } else if (token != null && b == DisplayFrame.MARK) {
                emitText(text.toByteArray());
                text.reset();
                frame = new ByteArrayOutputStream();
            } else {
                text.write(b);
            }
        }
        emitText(text.toByteArray());
    }

    /** Whether the frame so far (as long as {@link #tokenPrefix}) starts with the token and a space. */
    private boolean frameHasTokenPrefix() {
        return Arrays.equals(frame.toByteArray(), tokenPrefix);
    }

    private void endFrame(ByteArrayOutputStream text) {
        String line = frame.toString(StandardCharsets.UTF_8);
        frame = null;
        Optional<DisplayFrame> decoded = DisplayFrame.decode(token, line);
        if (decoded.isPresent()) {
            emitText(text.toByteArray());
            text.reset();
            target.frame(decoded.get());
        } else {
            text.write(DisplayFrame.MARK);
            text.writeBytes((line + "\n").getBytes(StandardCharsets.UTF_8));
        }
    }

    /** Decodes what it can; an incomplete character at the end waits for the next write. */
    private void emitText(byte[] bytes) {
        byte[] all = pending.length == 0 ? bytes : concat(pending, bytes);
        if (all.length == 0) {
            pending = all;
            return;
        }
        ByteBuffer in = ByteBuffer.wrap(all);
        CharBuffer out = CharBuffer.allocate(all.length);
        decoder.reset();
        decoder.decode(in, out, false);
        pending = Arrays.copyOfRange(all, in.position(), all.length);
        if (out.position() > 0) {
            target.text(stream, out.flip().toString());
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }
}
