package org.engagements.display;

import java.util.Optional;

/** A {@link MimeBundle} shows itself, so a cell can display HTML or an image it built by hand. */
public final class BundleRenderer implements Renderer {
    @Override
    public int priority() {
        return 1000;
    }

    @Override
    public Optional<MimeBundle> render(Object value) {
        return value instanceof MimeBundle bundle ? Optional.of(bundle) : Optional.empty();
    }
}
