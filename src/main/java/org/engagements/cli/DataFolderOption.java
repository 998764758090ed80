package org.engagements.cli;

import java.nio.file.Path;

/** The data folder's name as messages show it: its last path element ({@code data}). */
final class DataFolderOption {
    private DataFolderOption() {
    }

    static String name(Path data) {
        Path last = data.toAbsolutePath().normalize().getFileName();
        return last == null ? data.toString() : last.toString();
    }
}
