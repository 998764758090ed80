package org.engagements.notebook.executed;

import java.util.Objects;

/**
 * A file of the data folder a run read, with its checksum, so a report says exactly which data it shows.
 *
 * @param path   relative to the data folder, with {@code /} separators
 * @param size   in bytes
 * @param sha256 the SHA-256 of the content, lower-case hex
 */
public record DataFile(String path, long size, String sha256) {
    public DataFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(sha256, "sha256");
    }
}
