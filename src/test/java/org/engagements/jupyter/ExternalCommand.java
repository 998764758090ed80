package org.engagements.jupyter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** A program the integration tests run (Python's Jupyter tools, our jar), its output kept in a log file. */
final class ExternalCommand {
    private ExternalCommand() {
    }

    /**
     * Runs {@code command} in {@code folder} with {@code environment} added, output and errors to {@code log};
     * returns the exit status. A command still running after {@code limit} is killed, with its children, and
     * fails the test with its log.
     */
    static int run(List<String> command, Path folder, Map<String, String> environment, Path log, Duration limit)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        Process process = builder.start();
        if (!process.waitFor(limit.toSeconds(), TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            throw new AssertionError(String.join(" ", command) + " did not finish within " + limit + ":\n"
                    + Files.readString(log, StandardCharsets.UTF_8));
        }
        return process.exitValue();
    }
}
