package org.engagements.notebook.ipynb;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.engagements.notebook.executed.TestRuns;

/**
 * Golden files under {@code src/test/resources/golden/}: the actual text, masked, must equal the file.
 * Regenerate them on purpose with {@code mvn test -Dgolden.update=true}, then review the diff.
 */
final class Golden {
    private Golden() {
    }

    static void assertMatches(String fileName, String actual) throws IOException {
        Path file = TestRuns.basedir().resolve("src/test/resources/golden").resolve(fileName);
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, actual, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(file, StandardCharsets.UTF_8), actual,
                () -> fileName + " differs; if the change is intended, run mvn test -Dgolden.update=true");
    }

    /**
     * The volatile values of an executed notebook replaced by placeholders: times, durations, the
     * Java version, checksums of the test data (tested on their own) and PNG data (font rendering
     * differs between machines).
     */
    static String mask(String ipynb) {
        return ipynb
                .replaceAll("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{6}Z", "<timestamp>")
                .replaceAll("(\"duration\": )[0-9.]+", "$1<seconds>")
                .replaceAll("(\"version\": )\"[^\"]*\"", "$1\"<java version>\"")
                .replaceAll("\"[0-9a-f]{64}\"", "\"<sha256>\"")
                .replaceAll("(\"image/png\": )\"[A-Za-z0-9+/=]+\"", "$1\"<png>\"");
    }
}
