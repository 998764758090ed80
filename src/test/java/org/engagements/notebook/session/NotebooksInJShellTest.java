package org.engagements.notebook.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.engagements.display.Display;
import org.engagements.notebook.NotebookParserTest;
import org.junit.jupiter.api.io.TempDir;
import org.engagements.core.Locations;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every notebook also runs unchanged in the JDK's own {@code jshell}: the cell markers are comments,
 * and the session's imports and {@code display} come from the script that
 * {@code ./engagements shell --write-startup FILE} writes, as the README tells users of another jshell
 * to {@code /open} it. JShell reports a failing snippet with a line starting {@code Error:} or an
 * exception and goes on, so the test reads its output.
 */
class NotebooksInJShellTest {
    static Stream<Path> notebooks() throws IOException {
        return NotebookParserTest.repositoryNotebooks().stream();
    }

    @ParameterizedTest
    @MethodSource("notebooks")
    void runsCleanlyInTheJdksJShell(Path notebook, @TempDir Path charts) throws Exception {
        Path home = Path.of(System.getProperty("basedir"));
        Path startup = charts.resolve("startup.jsh");
        java.io.StringWriter err = new java.io.StringWriter();
        assertEquals(0, org.engagements.cli.Main.execute(new String[] {"shell", "--write-startup", startup.toString()},
                new java.io.PrintWriter(new java.io.StringWriter()), new java.io.PrintWriter(err)), err::toString);
        Path jshell = Path.of(System.getProperty("java.home"), "bin", "jshell");
        List<String> command = new ArrayList<>(List.of(jshell.toString(),
                "--class-path", ClassPath.ofRunningJvm().toString(), "-R-Djava.awt.headless=true"));
        Locations.of(home).withCharts(charts).jvmOptions().forEach(option -> command.add("-R" + option));
        command.addAll(List.of("--startup", "DEFAULT", "--startup", startup.toString(), notebook.toString()));
        Process process = new ProcessBuilder(command)
                .directory(home.toFile())
                .redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(true, process.waitFor(120, TimeUnit.SECONDS), "jshell did not finish");
        assertFalse(output.contains("Error:") || output.contains("Exception"),
                () -> notebook.getFileName() + " fails in jshell:\n" + output);
    }
}
