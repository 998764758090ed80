package org.engagements.core;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The one rule for file names that come from data, notebooks, parameters or users (chart names, article
 * files, notebook names, kernel names): a plain name of a file directly inside a known folder, never a
 * path. Such a name cannot write or read outside its folder. Stateless.
 */
public final class FileNames {
    /**
     * The file beside a chart {@code NAME.png} holding the numbers it draws: {@code NAME.csv}. Shared by
     * whoever writes chart data and the report that links it, which knows nothing else of charts.
     */
    public static final String CHART_CSV_SUFFIX = ".csv";
    /** The page beside a chart listing the rows behind its numbers: {@code NAME-data.html}. */
    public static final String CHART_PAGE_SUFFIX = "-data.html";
    /** What a name may be, completing "expected …" in messages. */
    public static final String ALLOWED = "a plain file name: not empty, no \"/\", \"\\\", NUL or other control "
            + "characters, not \".\" or \"..\"";

    private FileNames() {
    }

    /** Why {@code name} is not a plain file name, or empty when it is one. */
    public static Optional<String> whyUnsafe(String name) {
        if (name == null || name.isBlank()) {
            return Optional.of("it is empty");
        }
        if (name.equals(".") || name.equals("..")) {
            return Optional.of("it names a folder");
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '/' || c == '\\') {
                return Optional.of("it contains \"" + c + "\"");
            }
            if (Character.isISOControl(c)) {
                return Optional.of(c == 0 ? "it contains NUL" : String.format("it contains U+%04X", (int) c));
            }
        }
        return Optional.empty();
    }

    /**
     * {@code name}, when it is a plain file name.
     *
     * @throws UnsafeFileNameException naming the value and what is allowed, when it is not
     */
    public static String require(String name, String what) {
        whyUnsafe(name).ifPresent(reason -> {
            throw new UnsafeFileNameException(what, name, reason);
        });
        return name;
    }

    /**
     * {@code folder/name}, when {@code name} is a plain file name that stays directly inside {@code folder}.
     *
     * @param what what the name is, for the message: {@code chart name}, {@code article file}
     * @throws UnsafeFileNameException naming the value and what is allowed, when it is not
     */
    public static Path resolveInside(Path folder, String name, String what) {
        require(name, what);
        Path resolved;
        try {
            resolved = folder.resolve(name);
        } catch (InvalidPathException e) {
            throw new UnsafeFileNameException(what, name, "it is not a valid path (" + e.getReason() + ")");
        }
        Path base = folder.toAbsolutePath().normalize();
        Path target = resolved.toAbsolutePath().normalize();
        if (!base.equals(target.getParent())) {
            throw new UnsafeFileNameException(what, name, "it resolves outside " + folder);
        }
        return resolved;
    }
}
