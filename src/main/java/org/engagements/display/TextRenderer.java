package org.engagements.display;

import java.util.Optional;

/** The catch-all: any value, including {@code null}, as {@link String#valueOf(Object)}. */
public final class TextRenderer implements Renderer {
    @Override
    public int priority() {
        return FALLBACK;
    }

    @Override
    public Optional<MimeBundle> render(Object value) {
        return Optional.of(MimeBundle.text(String.valueOf(value)));
    }
}
