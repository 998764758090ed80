package org.engagements.display;

import java.util.Optional;

/**
 * Turns a value into MIME data: the service interface for rich display. Implementations are listed in
 * {@code META-INF/services/org.engagements.display.Renderer}, need a public no-argument constructor
 * and must be stateless (they are shared and may be called from any thread).
 */
public interface Renderer {
    /** Priority of the catch-all renderer; every other renderer should be above it. */
    int FALLBACK = Integer.MIN_VALUE;

    /** Higher priorities are asked first; the first non-empty answer wins. */
    int priority();

    /** The value as a bundle, or empty when this renderer does not handle the value's type. */
    Optional<MimeBundle> render(Object value);
}
