package org.engagements.data.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.engagements.core.AtomicFile;
import org.engagements.data.Schema;
import org.engagements.data.ShippedData;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real {@code engagements validate} process started while a write is half-way through its moves (this
 * test's writer stops after moving articles.csv, before mentions.csv) must not report the mix as
 * problems: it waits for the write and sees the new data. The writer goes on once the validate process
 * has ended or waits for the lock (seen in {@code /proc/locks} on Linux; elsewhere after {@link #LIMIT}).
 * Failsafe runs it in {@code mvn -Pslow verify}, against the built jar.
 */
@Tag("slow")
class ReadDuringCommitIT {
    private static final Duration LIMIT = Duration.ofSeconds(60);

    @TempDir
    Path temp;

    @Test
    void aValidateStartedDuringACommitReportsTheNewDataNotAMix() throws Exception {
        Path data = ShippedData.copyTo(temp);
        DatasetContent shipped = DatasetContent.read(data);
        DatasetWriter.of(data).write(DatasetWriterTest.withArticleA005(shipped));
        Path log = temp.resolve("validate.log");
        List<Process> validate = new ArrayList<>();
        DatasetWriter.Mover pausing = (from, to) -> {
            AtomicFile.move(from, to);
            if (validate.isEmpty() && to.endsWith(Schema.ARTICLES.fileName())) {
                validate.add(start(log, "validate", "--data", data.toString()));
                awaitEndOrLockWait(validate.get(0));
            }
        };

        new DatasetWriter(data, pausing, ProcessHandle.current().pid()).write(shipped);

        assertEquals(1, validate.size(), "the write moved articles.csv");
        Process process = validate.get(0);
        assertTrue(process.waitFor(LIMIT.toMillis(), TimeUnit.MILLISECONDS), "validate did not end");
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertTrue(output.startsWith("data: OK — " + shipped.articles().size() + " articles, "), output);
        assertEquals(0, process.exitValue(), output);
    }

    /** Returns when {@code process} has ended or is waiting for a file lock, or after {@link #LIMIT}. */
    private static void awaitEndOrLockWait(Process process) {
        long deadline = System.nanoTime() + LIMIT.toNanos();
        try {
            while (System.nanoTime() < deadline && !process.waitFor(20, TimeUnit.MILLISECONDS)) {
                if (waitsForALock(process.pid())) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Linux lists a process blocked on a lock as {@code N: -> POSIX ADVISORY READ PID ...} in /proc/locks. */
    private static boolean waitsForALock(long pid) {
        Path locks = Path.of("/proc/locks");
        if (!Files.isReadable(locks)) {
            return false;
        }
        try {
            return Files.readAllLines(locks).stream()
                    .anyMatch(line -> line.contains("->") && List.of(line.trim().split("\\s+")).contains(
                            Long.toString(pid)));
        } catch (IOException e) {
            return false;
        }
    }

    /** {@code engagements ARGS} from the built jar, as the launcher starts it, output to {@code log}. */
    private static Process start(Path log, String... args) {
        String jar = System.getProperty("engagements.jar");
        assertTrue(jar != null && Files.isRegularFile(Path.of(jar)), "engagements.jar is not built: " + jar);
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Djava.awt.headless=true", "-Duser.language=en", "-Dfile.encoding=UTF-8"));
        command.addAll(org.engagements.core.JvmFlags.forRunningJdk());
        command.addAll(List.of("-jar", jar));
        command.addAll(List.of(args));
        try {
            return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
