package org.engagements.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.engagements.core.EngagementsException;

/**
 * The notebooks a command names: files as given, folders as their {@code *.jsh} files sorted by name,
 * and with no argument every notebook in the repository's notebooks folder. Each is a {@link Found}:
 * where to read it and how to name it in messages.
 */
final class NotebookFiles {
    static final String EXTENSION = ".jsh";

    /** A notebook file and the name messages use for it. */
    record Found(Path file, Path shownAs) {
    }

    private NotebookFiles() {
    }

    /** The notebooks {@code arguments} name, or with none those of {@code notebooks}, shown by its name. */
    static List<Found> find(List<Path> arguments, Path notebooks) {
        if (arguments.isEmpty()) {
            return Files.isDirectory(notebooks) ? inFolder(notebooks, notebooks.getFileName()) : List.of();
        }
        List<Found> found = new ArrayList<>();
        for (Path argument : arguments) {
            if (Files.isDirectory(argument)) {
                found.addAll(requireSome(inFolder(argument, argument), argument));
            } else if (Files.isRegularFile(argument)) {
                found.add(new Found(argument, argument));
            } else if (Files.exists(argument)) {
                throw new EngagementsException(argument + ": expected a notebook file or folder, found a named "
                        + "pipe, socket or device");
            } else {
                throw new EngagementsException(argument + ": no such notebook or folder");
            }
        }
        return found;
    }

    /** A folder named on the command line must hold notebooks: running none of them is not a success. */
    private static List<Found> requireSome(List<Found> inFolder, Path folder) {
        if (inFolder.isEmpty()) {
            throw new EngagementsException(folder + ": expected notebooks (*" + EXTENSION + " files) in this "
                    + "folder, found none");
        }
        return inFolder;
    }

    private static List<Found> inFolder(Path folder, Path shownAs) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.getFileName().toString().endsWith(EXTENSION))
                    .filter(Files::isRegularFile)
                    .sorted()
                    .map(file -> new Found(file, shownAs.resolve(file.getFileName())))
                    .toList();
        } catch (IOException e) {
            throw new EngagementsException(shownAs + ": cannot list the folder (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")", e);
        }
    }
}
