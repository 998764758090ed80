package org.engagements.notebook.session;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import jdk.jshell.tool.JavaShellToolBuilder;
import org.engagements.core.AtomicFile;
import org.engagements.notebook.engine.ForkedEngine;

/**
 * The JDK's own interactive {@code jshell} (line editing, completion, history, {@code /open}) with
 * the session's class path, imports and {@code display(x)} helper, running snippets on
 * {@link ForkedEngine}. Without a display channel, {@code display(chart)} writes
 * {@code <charts>/display-<n>.png} and prints the path.
 */
public final class InteractiveShell {
    /**
     * @param jvmOptions options of the shell's JVM besides the standard ones: the system properties that
     *                   tell it the repository's folders ({@code Locations.jvmOptions()}), the charts
     *                   folder among them, where displayed images are written
     * @param startup    snippets after the standard startup
     */
    public record Options(List<String> jvmOptions, List<String> startup) {
        public Options {
            jvmOptions = List.copyOf(jvmOptions);
            startup = List.copyOf(startup);
        }
    }

    private InteractiveShell() {
    }

    /** Runs the shell until the user leaves it; returns jshell's exit code. */
    public static int run(Options options, JavaShellToolBuilder tool) throws Exception {
        Path script = Files.createTempFile("engagements-startup-", ".jsh");
        try {
            AtomicFile.writeString(script, Startup.script(options.startup()));
            return tool.start(arguments(options, script).toArray(String[]::new));
        } finally {
            deleteQuietly(script);
        }
    }

    /** The jshell command-line arguments for {@code options} and a startup script. */
    static List<String> arguments(Options options, Path startupScript) {
        String classPath = ClassPath.ofRunningJvm().toString();
        List<String> arguments = new ArrayList<>(List.of(
                "--class-path", classPath,
                "--execution", ForkedEngine.NAME,
                "--startup", startupScript.toString()));
        List<String> jvmOptions = new ArrayList<>(SessionOptions.STANDARD_JVM_OPTIONS);
        jvmOptions.addAll(List.of("--class-path", classPath));
        jvmOptions.addAll(options.jvmOptions());
        jvmOptions.forEach(option -> arguments.add("-R" + option));
        return arguments;
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove the startup script " + file, e);
        }
    }
}
