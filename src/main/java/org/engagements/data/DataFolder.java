package org.engagements.data;

import java.nio.file.Path;

/**
 * A data folder and the name messages use for it: its last path element ({@code data}), so problems
 * name files relative to the folder's parent ({@code data/engagements.csv}) wherever it is.
 */
record DataFolder(Path root, String name) {
    static DataFolder of(Path root) {
        Path last = root.toAbsolutePath().normalize().getFileName();
        return new DataFolder(root, last == null ? root.toString() : last.toString());
    }

    Path resolve(String relative) {
        return root.resolve(relative);
    }

    /** The file as messages show it, e.g. {@code data/vocab/people.json}. */
    String display(String relative) {
        return name + "/" + relative;
    }
}
