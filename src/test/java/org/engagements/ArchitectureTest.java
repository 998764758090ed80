package org.engagements;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Dependencies point one way (docs/architecture.md): the document's table is the rule, read here, so
 * the document and the code cannot drift apart. Reads the {@code import} lines of the main sources.
 */
class ArchitectureTest {
    private static final Path DOCUMENT = Path.of("docs", "architecture.md");
    private static final Path SOURCES = Path.of("src", "main", "java");
    private static final String HEADER = "| package | may import | must not import | must not use |\n|---|---|---|---|\n";

    @Test
    void everyImportFollowsTheTableOfTheArchitectureDocument() {
        Path base = Path.of(System.getProperty("basedir"));

        assertEquals(List.of(), ArchitectureRules.read(base, DOCUMENT).violations(SOURCES));
    }

    @Test
    void noTwoClassesShareASimpleName() throws IOException {
        Path sources = Path.of(System.getProperty("basedir")).resolve(SOURCES);
        Map<String, List<String>> byName;
        try (Stream<Path> files = Files.walk(sources)) {
            byName = files.filter(file -> file.toString().endsWith(".java") && !file.endsWith("package-info.java"))
                    .map(file -> sources.relativize(file).toString())
                    .sorted()
                    .collect(Collectors.groupingBy(file -> Path.of(file).getFileName().toString(), TreeMap::new,
                            Collectors.toList()));
        }
        byName.values().removeIf(files -> files.size() < 2);

        assertEquals(Map.of(), byName, "give each its own name, from the domain (docs/architecture.md)");
    }

    @Test
    void aForbiddenImportIsNamedWithItsFileClassImportAndRow(@TempDir Path base) throws IOException {
        write(base, "data/Row.java", "package org.engagements.data;\n\nimport org.engagements.notebook.Cell;\n");
        write(base, "notebook/Cell.java", "package org.engagements.notebook;\n");
        document(base, "| `data` | `core` | `notebook.**` | — |\n| `notebook` | — | — | — |\n| `core` | — | — | — |\n");

        assertEquals(List.of(Path.of("src/main/java/org/engagements/data/Row.java")
                        + " (class org.engagements.data.Row) imports org.engagements.notebook.Cell: "
                        + DOCUMENT + ":4: data must not import notebook.**",
                        "docs/architecture.md:6: package org.engagements.core has no classes; remove its row"),
                ArchitectureRules.read(base, DOCUMENT).violations(SOURCES));
    }

    @Test
    void anImportTheRowDoesNotAllowAndALibraryItMustNotUseFail(@TempDir Path base) throws IOException {
        write(base, "chart/Bar.java", "package org.engagements.chart;\n\nimport static org.engagements.data.Schema.ID;\n"
                + "import org.engagements.display.*;\nimport jdk.jshell.JShell;\n");
        write(base, "data/Schema.java", "package org.engagements.data;\n");
        write(base, "display/Renderer.java", "package org.engagements.display;\n");
        document(base, "| `chart` | `display` | — | `jdk.jshell` |\n| `data` | — | — | — |\n| `display` | — | — | — |\n");

        List<String> violations = ArchitectureRules.read(base, DOCUMENT).violations(SOURCES);

        assertEquals(2, violations.size(), violations::toString);
        assertTrue(violations.get(0).endsWith("imports org.engagements.data.Schema.ID: " + DOCUMENT
                + ":4: chart may import only display, not data"), violations::toString);
        assertTrue(violations.get(1).endsWith("imports jdk.jshell.JShell: " + DOCUMENT + ":4: chart must not use jdk.jshell"),
                violations::toString);
    }

    @Test
    void aClassNamedInFullInCodeCountsButNotInJavadocCommentsOrStrings(@TempDir Path base) throws IOException {
        write(base, "data/Row.java", """
                package org.engagements.data;

                /** Shown by {@link org.engagements.display.Renderer}. */
                final class Row {
                    // drawn by org.engagements.display.Renderer
                    String name = "org.engagements.display.Renderer";
                    Object shown = new org.engagements.display.Renderer(); // org.engagements.chart.Bar
                }
                """);
        write(base, "display/Renderer.java", "package org.engagements.display;\n");
        document(base, "| `data` | — | `display` | — |\n| `display` | — | — | — |\n");

        assertEquals(List.of(Path.of("src/main/java/org/engagements/data/Row.java")
                        + " (class org.engagements.data.Row) imports org.engagements.display.Renderer: "
                        + DOCUMENT + ":4: data must not import display"),
                ArchitectureRules.read(base, DOCUMENT).violations(SOURCES));
    }

    @Test
    void aPackageTheDocumentDoesNotListFails(@TempDir Path base) throws IOException {
        write(base, "Engagements.java", "package org.engagements;\n\nimport org.engagements.data.Row;\n");
        write(base, "data/Row.java", "package org.engagements.data;\n");
        write(base, "data/extra/Thing.java", "package org.engagements.data.extra;\n");
        document(base, "| `(root)` | `data.**` | — | — |\n| `data` | — | — | — |\n");

        assertEquals(List.of("package org.engagements.data.extra is not in " + DOCUMENT
                        + "; add a row saying what it may import"),
                ArchitectureRules.read(base, DOCUMENT).violations(SOURCES));
    }

    @Test
    void aRowNamingAPackageWithoutARowIsAnErrorOfTheDocument(@TempDir Path base) throws IOException {
        document(base, "| `data` | `dta.csv` | — | — |\n");

        IllegalStateException error = assertThrows(IllegalStateException.class,
                () -> ArchitectureRules.read(base, DOCUMENT));

        assertEquals(DOCUMENT + ":4: dta.csv is not a package of the table", error.getMessage());
    }

    private static void write(Path base, String file, String text) throws IOException {
        Path path = base.resolve(SOURCES).resolve("org/engagements").resolve(file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, text);
    }

    private static void document(Path base, String rows) throws IOException {
        Files.createDirectories(base.resolve(DOCUMENT).getParent());
        Files.writeString(base.resolve(DOCUMENT), "# Architecture\n" + HEADER + rows + "\nAfter the table.\n");
    }
}
