package org.engagements.notebook.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.engagements.notebook.executed.RunInputs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PreviousRunTest {
    private static final PreviousRun RUN = new PreviousRun(
            new RunInputs(new TreeMap<>(Map.of("source", "ab12", "jdk", "17.0.15 OpenJDK at /usr/lib/jvm/17",
                    "data:vocab/places.json", "cd34"))),
            new TreeMap<>(Map.of("venues.png", "ef56")), Instant.parse("2026-12-07T13:00:00.5Z"),
            Duration.ofMillis(1234));

    @TempDir
    Path folder;

    @Test
    void aWrittenRunIsReadBackEqual() {
        Path file = PreviousRun.file(folder, "03-venues");
        RUN.write(file);

        assertEquals(folder.resolve(".run-inputs/03-venues.txt"), file);
        assertEquals(Optional.of(RUN), PreviousRun.find(file));
    }

    @Test
    void aMissingTruncatedOrForeignFileIsNoPreviousRun() throws IOException {
        assertEquals(Optional.empty(), PreviousRun.find(folder.resolve("none.txt")));
        String text = RUN.toText();
        assertEquals(Optional.empty(), PreviousRun.parse(text.substring(0, text.indexOf("duration"))));
        assertEquals(Optional.empty(), PreviousRun.parse("something else\n"));
        assertEquals(Optional.empty(), PreviousRun.parse(text.replace("chart\tvenues.png\tef56", "chart\tvenues.png")));
        assertEquals(Optional.empty(), PreviousRun.parse(text + "color\tred\n"));
        assertEquals(Optional.empty(), PreviousRun.parse(text.replace("PT1.234S", "soon")));
        Path file = Files.writeString(folder.resolve("empty.txt"), "");
        assertTrue(PreviousRun.find(file).isEmpty());
    }
}
