package org.engagements.cli;

import java.nio.file.Path;
import org.engagements.data.DataFolder;

/**
 * The {@code --data DIR} option as commands use it: the folder's name in messages, and the check that it
 * is a data folder, which the data layer decides ({@link DataFolder#findProblem}). Commands that load or
 * write the data get the check from the loader and writer; {@code run} and {@code report}, which hand the
 * folder to notebooks and checksum its files, ask for it before anything else.
 */
final class DataFolderOption {
    private DataFolderOption() {
    }

    /** The data folder's name as messages show it: its last path element ({@code data}). */
    static String name(Path data) {
        return DataFolder.of(data).name();
    }

    /** {@code --data VALUE: expected a data folder …} when {@code data} is not one. */
    static java.util.Optional<String> findProblem(Path data) {
        return DataFolder.findProblem(data).map(problem -> "--data " + data + ": expected " + problem.expected());
    }
}
