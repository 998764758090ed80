package org.engagements.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.engagements.core.Locations;
import org.engagements.data.DataFolder;
import picocli.CommandLine.Option;

/**
 * The {@code --data DIR} option, mixed into every command that reads the data or starts notebooks, with
 * one meaning: the data folder, by default {@code data/} in the repository the launcher is in (not under
 * the working folder), as {@link Locations} resolves it. What counts as a data folder is the data layer's
 * to say ({@link DataFolder#findProblem}).
 */
final class DataOption {
    static final String DESCRIPTION = "The data folder (default: data/ in the repository, from any working folder, "
            + "unless -D" + Locations.DATA_PROPERTY + " or $" + Locations.DATA_VARIABLE + " names another).";

    @Option(names = "--data", paramLabel = "DIR", description = DESCRIPTION)
    Path given;

    /** This JVM's locations with the data folder the option names, if it was given. */
    Locations locations() {
        return Locations.fromSystem().withData(given);
    }

    /** The data folder: the option's value as given, else the resolved default. */
    Path folder() {
        return locations().data();
    }

    /** The data folder as messages and reports show it: as given, else {@code data}. */
    String shownAs() {
        return given == null ? name(folder()) : given.toString();
    }

    /** The data folder's name as messages show it: its last path element ({@code data}). */
    static String name(Path data) {
        return DataFolder.of(data).name();
    }

    /**
     * {@code --data VALUE: expected a data folder …} when the option names something else. Only a given
     * value is checked: the default is for the commands that load the data to report, and a kernel or a
     * shell starts without one.
     */
    Optional<String> findProblem() {
        return given == null ? Optional.empty() : DataFolder.findProblem(given)
                .map(problem -> "--data " + given + ": expected " + problem.expected());
    }

    /** @throws OptionException when {@link #findProblem} finds one */
    void requireValid() {
        findProblem().ifPresent(problem -> {
            throw new OptionException(List.of(problem));
        });
    }
}
