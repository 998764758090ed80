package org.engagements.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code generate} stopped mid-way by a real signal: SIGKILL leaves its temporary folder
 * {@code .NAME.tmp-PID-N/}, which the next {@code generate} of the same folder removes; SIGTERM (as
 * Ctrl-C's SIGINT) lets it remove the folder itself. About 10 s; failsafe runs it in {@code mvn -Pslow verify}.
 */
@Tag("slow")
class GenerateInterruptedIT {
    private static final Duration LIMIT = Duration.ofMinutes(2);
    /** Enough engagements that writing them takes seconds, so the signal lands mid-way. */
    private static final String LARGE = "1000000";

    @TempDir
    Path work;

    @Test
    void aKilledGenerateLeavesATemporaryFolderThatTheNextGenerateRemoves() throws Exception {
        Jar jar = Jar.in(Files.createDirectories(work.resolve("home")));
        Process process = jar.start(log(), "generate", "--engagements", LARGE, "--out", "big");
        Path temporary = awaitTemporaryFolder(process, jar.home());
        jar.kill(process);
        assertEquals(List.of(temporary.getFileName().toString()), namesIn(jar.home()),
                "the killed generate left its temporary folder and no big/");

        jar.runToEnd(log(), LIMIT, "generate", "--engagements", "10", "--out", "big");
        assertEquals(List.of("big"), namesIn(jar.home()), "the next generate removed the dead one's folder");
    }

    @Test
    void aGenerateEndedBySigtermRemovesItsTemporaryFolder() throws Exception {
        Jar jar = Jar.in(Files.createDirectories(work.resolve("home")));
        Process process = jar.start(log(), "generate", "--engagements", LARGE, "--out", "big");
        awaitTemporaryFolder(process, jar.home());
        process.destroy();                                   // SIGTERM
        assertTrue(process.waitFor(LIMIT.toMillis(), TimeUnit.MILLISECONDS), "generate ignored SIGTERM");
        assertEquals(List.of(), namesIn(jar.home()), "nothing is left:\n" + Jar.read(log()));
    }

    /** Waits until the running generate has made its temporary folder and begun writing into it. */
    private static Path awaitTemporaryFolder(Process process, Path home) throws Exception {
        long deadline = System.nanoTime() + LIMIT.toNanos();
        while (System.nanoTime() < deadline) {
            assertFalse(process.waitFor(20, TimeUnit.MILLISECONDS), "generate ended before the signal");
            for (String name : namesIn(home)) {
                Path folder = home.resolve(name);
                if (name.startsWith(".big.tmp-") && Files.isRegularFile(folder.resolve("engagements.csv"))
                        && Files.size(folder.resolve("engagements.csv")) > 0) {
                    return folder;
                }
            }
        }
        throw new AssertionError("generate made no temporary folder within " + LIMIT);
    }

    private Path log() {
        return work.resolve("command.log");
    }

    private static List<String> namesIn(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.map(path -> path.getFileName().toString()).sorted().toList();
        }
    }
}
