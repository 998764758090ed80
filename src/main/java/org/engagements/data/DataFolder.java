package org.engagements.data;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A data folder and the name messages use for it: its last path element ({@code data}), so problems
 * name files relative to the folder's parent ({@code data/engagements.csv}) wherever it is.
 *
 * <p>What counts as a data folder is decided here, once ({@link #findProblem}): an existing folder that
 * holds at least one of the schema's CSV files ({@link Schema#CSV_FILES}). A data folder missing some of
 * them is still one, whose missing files the loader reports; a path that does not exist, a file, or a
 * folder such as {@code /} or a home folder is refused before anything reads, checksums or writes it.
 */
public record DataFolder(Path root, String name) {
    /** A data folder at {@code root}, whatever is there; see {@link #findProblem} for what should be. */
    public static DataFolder of(Path root) {
        Path last = root.toAbsolutePath().normalize().getFileName();
        return new DataFolder(root, last == null ? root.toString() : last.toString());
    }

    /**
     * Why {@code root} is not a data folder, as a problem naming it and what was expected; empty when it is one.
     */
    public static Optional<Problem> findProblem(Path root) {
        DataFolder folder = of(root);
        Path absolute = root.toAbsolutePath().normalize();
        if (!Files.exists(root)) {
            return Optional.of(Problem.inFile(folder.name(), "a data folder; there is none at " + absolute));
        }
        if (!Files.isDirectory(root)) {
            return Optional.of(Problem.inFile(folder.name(), "a data folder, found a file at " + absolute));
        }
        List<String> files = Schema.CSV_FILES.stream().map(Schema.CsvFile::fileName).toList();
        if (files.stream().noneMatch(file -> Files.exists(root.resolve(file)))) {
            return Optional.of(Problem.inFile(folder.name(), "a data folder holding "
                    + String.join(", ", files.subList(0, files.size() - 1)) + " and " + files.get(files.size() - 1)
                    + "; " + absolute + " holds none of them"));
        }
        return Optional.empty();
    }

    /**
     * The data folder at {@code root}.
     *
     * @throws DataValidationException with the one {@link #findProblem problem} when {@code root} is not a
     *         data folder (the caller's, usually the user's, mistake)
     */
    public static DataFolder require(Path root) {
        DataFolder folder = of(root);
        findProblem(root).ifPresent(problem -> {
            throw new DataValidationException(folder.name(), List.of(problem));
        });
        return folder;
    }

    public Path resolve(String relative) {
        return root.resolve(relative);
    }

    /** The file as messages show it, e.g. {@code data/vocab/people.json}. */
    public String display(String relative) {
        return name + "/" + relative;
    }
}
