package org.engagements;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.engagements.core.EngagementsException;
import org.engagements.data.DataValidationException;
import org.engagements.data.Dataset;
import org.engagements.data.DatasetLoader;

/**
 * The one class a notebook needs to start: {@code Dataset data = Engagements.load();}. Loading
 * validates everything; bad data is the user's to fix and fails with a {@link DataValidationException}
 * listing every problem.
 */
public final class Engagements {
    /** System property naming the data folder; wins over every other place. */
    public static final String DATA_PROPERTY = "engagements.data";
    /** System property the launcher sets to the project folder. */
    public static final String HOME_PROPERTY = "engagements.home";

    private Engagements() {
    }

    /**
     * Loads the data folder named by {@code -Dengagements.data}, else {@code ./data} if it exists, else
     * {@code data} in the project folder ({@code -Dengagements.home}, set by the launcher).
     *
     * @throws EngagementsException when no data folder is found
     * @throws DataValidationException when the data breaks any rule
     */
    public static Dataset load() {
        return load(dataFolder(System::getProperty, Path.of("")));
    }

    /** Loads the given data folder. @throws DataValidationException when the data breaks any rule */
    public static Dataset load(Path dataFolder) {
        return DatasetLoader.load(dataFolder);
    }

    /** Loads the given data folder. @throws DataValidationException when the data breaks any rule */
    public static Dataset load(String dataFolder) {
        return load(Path.of(dataFolder));
    }

    /**
     * Where {@link #load()} looks, given the system properties and the working folder.
     *
     * @throws EngagementsException when none of the places has a data folder
     */
    static Path dataFolder(UnaryOperator<String> properties, Path workingFolder) {
        Optional<String> named = Optional.ofNullable(properties.apply(DATA_PROPERTY));
        if (named.isPresent()) {
            return Path.of(named.get());
        }
        Path local = workingFolder.resolve("data");
        if (Files.isDirectory(local)) {
            return local;
        }
        Optional<Path> home = Optional.ofNullable(properties.apply(HOME_PROPERTY)).map(h -> Path.of(h, "data"));
        if (home.isPresent() && Files.isDirectory(home.get())) {
            return home.get();
        }
        throw new EngagementsException("no data folder: expected -D" + DATA_PROPERTY + "=DIR, a folder "
                + local.toAbsolutePath().normalize() + home.map(h -> ", or " + h).orElse("")
                + "; or call Engagements.load(\"path/to/data\")");
    }
}
