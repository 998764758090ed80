package org.engagements.cli;

import java.nio.file.Path;
import java.util.List;
import org.engagements.display.Display;
import org.engagements.notebook.SessionOptions;

/** The repository root: {@code -Dengagements.home} (set by the launcher), else the working directory. */
final class Home {
    static final String PROPERTY = "engagements.home";

    private Home() {
    }

    static Path path() {
        return Path.of(System.getProperty(PROPERTY, "")).toAbsolutePath().normalize();
    }

    /**
     * How a notebook session starts, for {@code run} and the Jupyter kernel alike, so a notebook behaves
     * the same in both: its JVM works in {@code home} and knows it ({@code -Dengagements.home}) and where
     * charts go ({@code -Dengagements.charts}). The cell time limit is the caller's.
     */
    static SessionOptions sessionOptions(Path home, Path charts) {
        return SessionOptions.defaults()
                .withDirectory(home)
                .withJvmOptions(List.of("-D" + Display.HOME_PROPERTY + "=" + home,
                        "-D" + Display.CHARTS_PROPERTY + "=" + charts));
    }
}
