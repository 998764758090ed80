package org.engagements.jupyter;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One output in several representations, keyed by MIME type: {@code text/plain} a string, {@code image/png}
 * base64 text, {@code application/json} a JSON-like value. Immutable; keys are kept sorted.
 *
 * @param metadata per-output metadata, e.g. {@code {"image/png": {"width": 640}}}
 */
public record MimeBundle(Map<String, Object> data, Map<String, Object> metadata) {
    public static final String TEXT_PLAIN = "text/plain";

    public MimeBundle {
        data = sortedCopy(Objects.requireNonNull(data, "data"));
        metadata = sortedCopy(Objects.requireNonNull(metadata, "metadata"));
        if (data.isEmpty()) {
            throw new IllegalArgumentException("a MIME bundle needs at least one representation");
        }
    }

    public static MimeBundle of(Map<String, Object> data) {
        return new MimeBundle(data, Map.of());
    }

    /** A bundle with only {@code text/plain}. */
    public static MimeBundle text(String text) {
        return of(Map.of(TEXT_PLAIN, text));
    }

    /** The {@code text/plain} representation, when there is one. */
    public Optional<String> findText() {
        return Optional.ofNullable(data.get(TEXT_PLAIN)).map(String::valueOf);
    }

    private static Map<String, Object> sortedCopy(Map<String, Object> map) {
        return Collections.unmodifiableMap(new TreeMap<>(map));
    }
}
