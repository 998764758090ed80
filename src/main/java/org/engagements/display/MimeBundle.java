package org.engagements.display;

import java.util.Base64;
import java.util.Collections;
import java.util.EnumMap;
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
