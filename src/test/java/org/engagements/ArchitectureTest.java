package org.engagements;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Dependencies point one way (STYLE.md): {@code cli → jupyter → notebook → display}, domain packages
 * below. Reads the {@code import} lines of the main sources and fails on a forbidden edge.
 */
class ArchitectureTest {
    private static final String OURS = "org.engagements.";
    private static final Pattern IMPORT = Pattern.compile("^import\\s+(?:static\\s+)?([\\w.]+)", Pattern.MULTILINE);

    /** What each top-level package must not import: our packages by name, or a library prefix. */
    private static final Map<String, Set<String>> FORBIDDEN = Map.of(
            "core", Set.of("cli", "jupyter", "notebook", "display", "analysis", "chart", "ingest", "data"),
            "display", Set.of("cli", "jupyter", "notebook", "analysis", "chart", "ingest", "data", "jdk.jshell"),
            "notebook", Set.of("cli", "jupyter", "analysis", "chart", "ingest", "data"),
            "jupyter", Set.of("cli", "analysis", "chart", "ingest", "data"),
            "analysis", Set.of("cli", "jupyter", "notebook", "jdk.jshell"),
            "chart", Set.of("cli", "jupyter", "notebook", "jdk.jshell"),
            "ingest", Set.of("cli", "jupyter", "notebook", "display", "analysis", "chart"),
            "synthetic", Set.of("cli", "jupyter", "notebook", "display", "analysis", "chart", "ingest"),
            "data", Set.of("cli", "jupyter", "notebook", "display", "analysis", "chart", "ingest", "synthetic"));

    @Test
    void noPackageImportsAPackageAboveIt() throws IOException {
        Path sources = Path.of(System.getProperty("basedir"), "src", "main", "java", "org", "engagements");
        List<String> violations = new ArrayList<>();
        try (Stream<Path> files = Files.walk(sources)) {
            files.filter(file -> file.toString().endsWith(".java"))
                    .sorted()
                    .forEach(file -> violations.addAll(violations(sources, file)));
        }
        assertEquals(List.of(), violations);
    }

    private static List<String> violations(Path sources, Path file) {
        Path relative = sources.relativize(file);
        String owner = relative.getNameCount() > 1 ? relative.getName(0).toString() : "";
        Set<String> forbidden = FORBIDDEN.getOrDefault(owner, Set.of());
        List<String> found = new ArrayList<>();
        Matcher imports = IMPORT.matcher(read(file));
        while (imports.find()) {
            String imported = imports.group(1);
            String target = imported.startsWith(OURS) ? imported.substring(OURS.length()).split("\\.")[0] : imported;
            boolean bad = imported.startsWith(OURS)
                    ? forbidden.contains(target)
                    : forbidden.stream().anyMatch(prefix -> prefix.contains(".") && imported.startsWith(prefix + "."));
            if (bad) {
                found.add(relative + " imports " + imported);
            }
        }
        return found;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
