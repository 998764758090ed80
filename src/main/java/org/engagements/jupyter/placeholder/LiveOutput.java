package org.engagements.jupyter.placeholder;

import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.function.Consumer;
import org.engagements.jupyter.MimeBundle;

/**
 * PLACEHOLDER. The byte stream a JShell session writes a cell's output to: decodes UTF-8 across chunk
 * boundaries, passes text on as it arrives, and turns display markers
 * ({@code ESC ] 5379 ; mime ; base64 BEL}, written by the session's {@code display} helper) into bundles.
 *
 * <p>Thread-safe: JShell writes from its own forwarding thread.
 */
final class LiveOutput extends OutputStream {
    static final String MARKER_START = "\u001b]5379;";
    static final char MARKER_END = '\u0007';

    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE);
    private byte[] undecoded = new byte[0];
    private final StringBuilder pending = new StringBuilder();
    private final boolean parseMarkers;
    private volatile Consumer<String> text = ignored -> { };
    private volatile Consumer<MimeBundle> display = ignored -> { };

    LiveOutput(boolean parseMarkers) {
        this.parseMarkers = parseMarkers;
    }

    /** Where the next output goes (the running cell's listener). */
    synchronized void route(Consumer<String> newText, Consumer<MimeBundle> newDisplay) {
        this.text = newText;
        this.display = newDisplay;
    }

    @Override
    public void write(int b) {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public synchronized void write(byte[] bytes, int offset, int length) {
        ByteBuffer in = ByteBuffer.allocate(undecoded.length + length).put(undecoded).put(bytes, offset, length).flip();
        CharBuffer out = CharBuffer.allocate(in.remaining() + 1);
        decoder.decode(in, out, false);
        undecoded = new byte[in.remaining()];
        in.get(undecoded);
        out.flip();
        pending.append(out);
        emit(false);
    }

    /** Passes on everything held back (an unfinished marker is shown as text). */
    @Override
    public synchronized void flush() {
        emit(true);
    }

    private void emit(boolean all) {
        while (true) {
            int start = parseMarkers ? pending.indexOf(MARKER_START) : -1;
            if (start < 0) {
                int keep = all ? 0 : heldBack();
                sendText(pending.length() - keep);
                return;
            }
            sendText(start);
            int end = pending.indexOf(String.valueOf(MARKER_END));
            if (end < 0) {
                if (all) {
                    sendText(pending.length());
                }
                return;
            }
            String marker = pending.substring(MARKER_START.length(), end);
            pending.delete(0, end + 1);
            sendDisplay(marker);
        }
    }

    /** How many trailing characters might begin a marker whose rest has not arrived. */
    private int heldBack() {
        if (!parseMarkers) {
            return 0;
        }
        for (int keep = Math.min(MARKER_START.length() - 1, pending.length()); keep > 0; keep--) {
            if (MARKER_START.startsWith(pending.substring(pending.length() - keep))) {
                return keep;
            }
        }
        return 0;
    }

    private void sendText(int length) {
        if (length > 0) {
            String chunk = pending.substring(0, length);
            pending.delete(0, length);
            text.accept(chunk);
        }
    }

    private void sendDisplay(String marker) {
        int separator = marker.indexOf(';');
        try {
            String mime = marker.substring(0, Math.max(separator, 0));
            String data = new String(Base64.getDecoder().decode(marker.substring(separator + 1)), StandardCharsets.UTF_8);
            display.accept(MimeBundle.of(Map.of(mime.isEmpty() ? MimeBundle.TEXT_PLAIN : mime, data)));
        } catch (IllegalArgumentException e) {
            text.accept(MARKER_START + marker + MARKER_END);
        }
    }
}
