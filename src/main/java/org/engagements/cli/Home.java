package org.engagements.cli;

import java.nio.file.Path;

/** The repository root: {@code -Dengagements.home} (set by the launcher), else the working directory. */
final class Home {
    static final String PROPERTY = "engagements.home";

    private Home() {
    }

    static Path path() {
        return Path.of(System.getProperty(PROPERTY, "")).toAbsolutePath().normalize();
    }
}
