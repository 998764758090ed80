package org.engagements.display;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * The renderers found with {@link ServiceLoader}, asked in priority order (then by class name, so the
 * order is deterministic). Immutable and thread safe.
 */
public final class Renderers {
    private final List<Renderer> renderers;

    private Renderers(List<Renderer> renderers) {
        this.renderers = List.copyOf(renderers);
    }

    /** The renderers registered on the class path of {@code loader}. */
    public static Renderers load(ClassLoader loader) {
        List<Renderer> found = ServiceLoader.load(Renderer.class, loader).stream()
                .map(ServiceLoader.Provider::get)
                .sorted(Comparator.comparingInt(Renderer::priority).reversed()
                        .thenComparing(renderer -> renderer.getClass().getName()))
                .toList();
        return new Renderers(found);
    }

    /** The renderers registered beside this class. */
    public static Renderers load() {
        return load(Renderers.class.getClassLoader());
    }

    /** The value rendered by the first renderer that handles it; plain text when none does. */
    public MimeBundle render(Object value) {
        for (Renderer renderer : renderers) {
            Optional<MimeBundle> bundle = renderer.render(value);
            if (bundle.isPresent()) {
                return bundle.get();
            }
        }
        return MimeBundle.text(String.valueOf(value));
    }

    /** The renderers in the order they are asked. */
    public List<Renderer> list() {
        return renderers;
    }
}
