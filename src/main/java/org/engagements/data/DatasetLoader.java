package org.engagements.data;

import java.nio.file.Path;

/**
 * PLACEHOLDER, to be replaced at merge by the real loader (owned by another engineer, on another
 * branch). It exists only so that this branch compiles against the agreed signature.
 */
public final class DatasetLoader {
    private DatasetLoader() {
    }

    /** Loads and validates the dataset in {@code folder}. Placeholder: always throws. */
    public static Dataset load(Path folder) {
        throw new UnsupportedOperationException("loader not merged yet");
    }
}
