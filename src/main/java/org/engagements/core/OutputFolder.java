package org.engagements.core;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The one rule for a folder given on the command line to write into ({@code --out}, {@code --charts}):
 * a folder, or a path where one can be made. Checked before any work starts, so that a bad value fails
 * at once rather than after every notebook has run. Stateless.
 */
public final class OutputFolder {
    private OutputFolder() {
    }

    /**
     * Why {@code folder} cannot be written into, as a whole message naming it and the option, such as
     * {@code out.txt: is a file; --out must name a folder}; empty when it can.
     *
     * @param folder the value as the user gave it (relative to the working folder, or absolute)
     * @param option the option that named it, for the message: {@code --out}
     */
    public static Optional<String> findProblem(Path folder, String option) {
        return whyUnusable(folder.toAbsolutePath()).map(reason -> folder + ": " + reason + "; " + option
                + " must name a folder");
    }

    private static Optional<String> whyUnusable(Path folder) {
        if (Files.isDirectory(folder)) {
            return Optional.empty();
        }
        if (Files.isSymbolicLink(folder) && !Files.exists(folder)) {
            return Optional.of("is a link to " + linkTarget(folder) + ", which leads nowhere");
        }
        if (Files.exists(folder)) {
            return Optional.of("is a file");
        }
        for (Path above = folder.getParent(); above != null; above = above.getParent()) {
            if (Files.isDirectory(above)) {
                return Optional.empty();
            }
            if (Files.exists(above) || Files.isSymbolicLink(above)) {
                return Optional.of("cannot be made, as " + above + (Files.exists(above) ? " is a file"
                        : " is a link to " + linkTarget(above) + ", which leads nowhere"));
            }
        }
        return Optional.empty();
    }

    private static String linkTarget(Path link) {
        try {
            return Files.readSymbolicLink(link).toString();
        } catch (IOException e) {
            return "somewhere unreadable";
        }
    }
}
