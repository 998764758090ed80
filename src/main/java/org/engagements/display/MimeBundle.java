package org.engagements.display;

import java.util.Base64;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One value shown in several forms, keyed by MIME type, as in Jupyter's {@code display_data}. Text
 * types hold the text; binary types ({@link MimeType#isBinary()}) hold base64. Immutable; iteration
 * follows {@link MimeType}'s order, so output is deterministic.
 */
public record MimeBundle(Map<MimeType, String> data) {
    public MimeBundle {
        Objects.requireNonNull(data, "data");
        if (data.isEmpty()) {
            throw new IllegalArgumentException("a MIME bundle needs at least one type");
        }
        EnumMap<MimeType, String> copy = new EnumMap<>(MimeType.class);
        data.forEach((type, value) -> copy.put(Objects.requireNonNull(type, "type"),
                Objects.requireNonNull(value, () -> "value of " + type)));
        data = Collections.unmodifiableMap(copy);
    }

    public static MimeBundle of(MimeType type, String value) {
        return new MimeBundle(Map.of(type, value));
    }

    /** A bundle of plain text only. */
    public static MimeBundle text(String text) {
        return of(MimeType.TEXT_PLAIN, text);
    }

    /** A copy with {@code type} set to {@code value}. */
    public MimeBundle with(MimeType type, String value) {
        EnumMap<MimeType, String> copy = new EnumMap<>(data);
        copy.put(type, value);
        return new MimeBundle(copy);
    }

    /** A copy with {@code type} set to the base64 of {@code bytes}; for binary types. */
    public MimeBundle withBytes(MimeType type, byte[] bytes) {
        return with(type, Base64.getEncoder().encodeToString(bytes));
    }

    /**
     * A copy whose plain text has at most {@code limit} characters: a longer text is cut (never inside
     * a character) and ends with a note of how many characters were dropped, within the limit. The
     * bundle itself when its text fits, so a bundle cut once is not cut again. Other types are kept.
     */
    public MimeBundle withTextLimit(int limit) {
        String text = data.get(MimeType.TEXT_PLAIN);
        if (text == null || text.length() <= limit) {
            return this;
        }
        int kept = Math.max(0, limit - cutNote(text.length(), text.length()).length());
        if (kept > 0 && Character.isHighSurrogate(text.charAt(kept - 1))) {
            kept--;
        }
        return with(MimeType.TEXT_PLAIN, text.substring(0, kept) + cutNote(text.length() - kept, text.length()));
    }

    /** The note that ends a cut text; never longer for fewer {@code dropped} characters. */
    private static String cutNote(int dropped, int total) {
        return String.format(Locale.ROOT, "\n… %,d more characters of this value are not shown (%,d in all)\n",
                dropped, total);
    }

    public Optional<String> find(MimeType type) {
        return Optional.ofNullable(data.get(type));
    }

    /** The decoded bytes of a binary type. */
    public Optional<byte[]> findBytes(MimeType type) {
        return find(type).map(Base64.getMimeDecoder()::decode);
    }

    /** The plain text form, or an empty string when the bundle has none. */
    public String plainText() {
        return data.getOrDefault(MimeType.TEXT_PLAIN, "");
    }
}
