package org.engagements.cli;

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

/**
 * The built {@code target/engagements.jar} started as the {@code ./engagements} launcher starts it (fixed
 * locale and zone, headless, {@code -Dengagements.home}), in a repository copy of the test's own: for the
 * integration tests that need a real process (failsafe sets {@code engagements.jar}).
 */
final class Jar {
    private static final List<String> LAUNCHER_OPTIONS = List.of("-Djava.awt.headless=true", "-Duser.timezone=UTC",
            "-Duser.language=en", "-Duser.country=US", "-Dfile.encoding=UTF-8");

    private final Path jar;
    private final Path home;

    private Jar(Path jar, Path home) {
        this.jar = jar;
        this.home = home;
    }

    /** The jar failsafe names, run with {@code home} as the repository root. */
    static Jar in(Path home) {
        String value = System.getProperty("engagements.jar");
        assertTrue(value != null, "engagements.jar is not set; failsafe sets it in pom.xml");
        Path jar = Path.of(value);
        assertTrue(Files.isRegularFile(jar), jar + " is missing; run mvn package first");
        return new Jar(jar, home);
    }

    Path home() {
        return home;
    }

    /** Starts {@code engagements ARGS} in the home folder, output and errors to {@code log}. */
    Process start(Path log, String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString()));
        command.addAll(LAUNCHER_OPTIONS);
        command.addAll(org.engagements.core.JvmFlags.forRunningJdk());
        command.add("-Dengagements.home=" + home);
        command.addAll(List.of("-jar", jar.toString()));
        command.addAll(List.of(args));
        try {
            return new ProcessBuilder(command).directory(home.toFile()).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs {@code engagements ARGS} to its end and requires exit status 0; the time it took. */
    Duration runToEnd(Path log, Duration limit, String... args) throws InterruptedException {
        long start = System.nanoTime();
        Process process = start(log, args);
        if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
            kill(process);
            throw new AssertionError(String.join(" ", args) + " did not finish within " + limit + ":\n" + read(log));
        }
        assertEquals(0, process.exitValue(), () -> String.join(" ", args) + " failed:\n" + read(log));
        return Duration.ofNanos(System.nanoTime() - start);
    }

    /**
     * SIGKILL to the process and every process it started (the notebook JVMs), as a power cut or
     * {@code kill -9} would: nothing of ours runs after it. Waits until all of them are gone. Children
     * are found before the parent dies (they are re-parented after) and, in case one was being started
     * at that moment, by the home folder in their command line, which is this test's own temporary folder.
     */
    void kill(Process process) throws InterruptedException {
        List<ProcessHandle> children = process.descendants().toList();
        process.destroyForcibly();
        process.waitFor();
        List<ProcessHandle> all = new ArrayList<>(children);
        String mark = "-Dengagements.home=" + home;
        ProcessHandle.allProcesses()
                .filter(other -> other.info().arguments().map(args -> List.of(args).contains(mark)).orElse(false))
                .forEach(all::add);
        for (ProcessHandle child : all) {
            child.destroyForcibly();
        }
        for (ProcessHandle child : all) {
            child.onExit().join();
        }
    }

    static String read(Path log) {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }
}
