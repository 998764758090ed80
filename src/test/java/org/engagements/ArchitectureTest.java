package org.engagements;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Dependencies point one way (STYLE.md): checked from the import lines of the sources. */
class ArchitectureTest {
    private static final Pattern IMPORT = Pattern.compile("^import\\s+(?:static\\s+)?org\\.engagements\\.(\\w+)",
            Pattern.MULTILINE);

    @ParameterizedTest(name = "{0} imports only {1}")
    @CsvSource({
        "ingest, data core",
        "data,   core",
        "core,   ''"
    })
    void aPackageImportsOnlyThePackagesBelowIt(String pkg, String allowed) throws IOException {
        String basedir = System.getProperty("basedir");
        assertNotNull(basedir, "surefire sets basedir");
        List<String> allowedPackages = List.of((pkg + " " + allowed).strip().split("\\s+"));
        List<String> forbidden = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of(basedir, "src/main/java/org/engagements", pkg))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                Matcher m = IMPORT.matcher(Files.readString(file));
                while (m.find()) {
                    if (!allowedPackages.contains(m.group(1))) {
                        forbidden.add(file.getFileName() + " imports org.engagements." + m.group(1));
                    }
                }
            }
        }
        assertEquals(List.of(), forbidden);
    }
}
