package org.engagements.display;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A rendered value on its way from the notebook's JVM to the host, as one line of the standard
 * output stream: {@code RS token kind (mime base64)* LF}, where RS is the ASCII record separator
 * (0x1E), {@code token} is the session's secret, {@code kind} is {@code display} or
 * {@code result}, and each value is the base64 of its UTF-8 bytes. Sharing the stream with printed
 * text keeps displays and prints in the order the cell made them; the bytes RS and LF never occur
 * inside a multi-byte UTF-8 character, so the host can find frames before decoding text.
 */
public record DisplayFrame(Kind kind, MimeBundle bundle) {
    /** The byte that starts a frame. */
    public static final byte MARK = 0x1E;
    static final char MARK_CHAR = 0x1E;

    /** Whether the value was shown with {@code display(x)} or is the value of the cell's last line. */
    public enum Kind {
        DISPLAY, RESULT;

        String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** The frame as a line to print, ending with a newline. */
    public String encode(String token) {
        StringBuilder line = new StringBuilder().append(MARK_CHAR).append(token).append(' ')
                .append(kind.wireName());
        Base64.Encoder base64 = Base64.getEncoder();
        bundle.data().forEach((type, value) -> line.append(' ').append(type.mime()).append(' ')
                .append(base64.encodeToString(value.getBytes(StandardCharsets.UTF_8))));
        return line.append('\n').toString();
    }

    /**
     * The frame in {@code line} (the text after the mark, without the newline), or empty when the
     * line is not a well-formed frame for {@code token} and so is ordinary output.
     */
    public static Optional<DisplayFrame> decode(String token, String line) {
        String[] parts = line.split(" ", -1);
        if (parts.length < 4 || parts.length % 2 != 0 || !parts[0].equals(token)) {
            return Optional.empty();
        }
        Optional<Kind> kind = kind(parts[1]);
        Map<MimeType, String> data = new EnumMap<>(MimeType.class);
        for (int i = 2; i < parts.length; i += 2) {
            Optional<MimeType> type = MimeType.find(parts[i]);
            Optional<String> value = decodeBase64(parts[i + 1]);
            if (type.isEmpty() || value.isEmpty()) {
                return Optional.empty();
            }
            data.put(type.get(), value.get());
        }
        return kind.map(k -> new DisplayFrame(k, new MimeBundle(data)));
    }

    private static Optional<Kind> kind(String name) {
        for (Kind kind : Kind.values()) {
            if (kind.wireName().equals(name)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    private static Optional<String> decodeBase64(String text) {
        try {
            return Optional.of(new String(Base64.getDecoder().decode(text), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
    }
}
