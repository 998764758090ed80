package org.engagements.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher under an empty environment ({@code env -i}, as cron and Docker give): no locale at all, so
 * Java would decode file names as ASCII. A project folder named {@code prøj} and a notebook named
 * {@code vénues é.jsh} must still run. Everything non-ASCII is in a shell script's bytes, so the test
 * does not depend on the locale of the JVM running it.
 */
@Tag("slow")
class LocaleIT {
    @TempDir
    Path temp;

    @Test
    void theLauncherRunsNonAsciiPathsWithNoLocaleSet() throws Exception {
        Path repository = Path.of(System.getProperty("basedir"));
        Path jar = Path.of(System.getProperty("engagements.jar"));
        String script = String.join("\n",
                "set -eu",
                "project='prøj'",
                "mkdir -p \"$project/target\" \"$project/notebooks\"",
                "cp '" + repository.resolve("engagements") + "' \"$project/\"",
                "cp -r '" + repository.resolve("data") + "' \"$project/\"",
                "cp '" + jar + "' \"$project/target/\"",
                "cp -r '" + jar.resolveSibling("lib") + "' \"$project/target/\"",
                "printf '// %%%% Count\\nSystem.out.println(\"pässed \" + (1 + 1));\\n' > \"$project/notebooks/vénues é.jsh\"",
                "cd \"$project\"",
                "env -i HOME=\"$PWD\" /bin/bash ./engagements run 'notebooks/vénues é.jsh' --out 'out ø'",
                "test -f 'out ø/vénues é.html'",
                "test -f 'out ø/vénues é.ipynb'",
                "grep -q 'pässed 2' 'out ø/vénues é.ipynb'",
                "echo locale-ok",
                "");
        Path file = temp.resolve("run.sh");
        Files.write(file, script.getBytes(StandardCharsets.UTF_8));
        Path log = temp.resolve("run.log");
        Process process = new ProcessBuilder("/bin/bash", file.toString()).directory(temp.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertTrue(process.waitFor(3, TimeUnit.MINUTES), "the run did not end");
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertEquals(0, process.exitValue(), output);
        assertTrue(output.contains("locale-ok"), output);
    }
}
