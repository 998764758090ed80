package org.engagements.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.engagements.chart.ReportCharts;
import org.engagements.data.ShippedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher run from another folder, {@code <repo>/engagements validate} and {@code <repo>/engagements
 * charts}, uses the repository's {@code data/} (and {@code charts/}), not those of the working folder:
 * here the working folder has a {@code data/} that is broken, which either command would reject. The
 * repository is a copy of the test's own: the launcher, the shipped data and the built jar.
 */
class OtherFolderIT {
    private static final long LIMIT_SECONDS = 120;

    @TempDir
    Path temp;

    @Test
    void validateAndChartsFromAnotherFolderUseTheRepositorysDataFolder() throws Exception {
        Path repository = repository();
        Path elsewhere = Files.createDirectories(temp.resolve("elsewhere"));
        Path broken = ShippedData.copyTo(elsewhere);
        Files.writeString(broken.resolve("engagements.csv"), "not,the,header\n");

        Outcome validate = launch(repository, elsewhere, "validate");
        Outcome charts = launch(repository, elsewhere, "charts");
        Outcome evaluate = launch(repository, elsewhere, "evaluate");

        assertEquals(0, validate.status(), validate.output());
        assertTrue(validate.output().startsWith("data: OK — 5 articles, 22 engagements"), validate.output());
        assertEquals(0, charts.status(), charts.output());
        assertEquals(4 * ReportCharts.NAMES.size(), charts.output().lines()   // PNG, SVG, CSV and data page each
                .filter(line -> line.startsWith(repository.resolve("charts") + "/"))
                .count(), charts.output());
        assertEquals(0, evaluate.status(), evaluate.output());
        assertEquals(List.of("data"), names(elsewhere), "nothing written in the working folder");
    }

    private record Outcome(int status, String output) {
    }

    /** Runs {@code <repository>/engagements ARGS} in {@code folder}, with this JVM's JDK. */
    private Outcome launch(Path repository, Path folder, String... args) throws IOException, InterruptedException {
        Path log = Files.createTempFile(temp, "launch-", ".txt");
        List<String> command = Stream.concat(Stream.of(repository.resolve("engagements").toString()), Stream.of(args))
                .toList();
        ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().remove("ENGAGEMENTS_DATA");
        builder.environment().remove("ENGAGEMENTS_CHARTS");
        builder.environment().remove("ENGAGEMENTS_HOME");
        Process process = builder.start();
        assertTrue(process.waitFor(LIMIT_SECONDS, TimeUnit.SECONDS), String.join(" ", args) + " did not end");
        return new Outcome(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }

    /** A repository of the test's own: the launcher, the shipped data, the jar and its libraries. */
    private Path repository() throws IOException {
        Path repository = Files.createDirectories(temp.resolve("repo"));
        Path source = Path.of(System.getProperty("basedir"));
        Path jar = Path.of(System.getProperty("engagements.jar"));
        Files.copy(source.resolve("engagements"), repository.resolve("engagements"));
        ShippedData.copyTo(repository);
        Path target = Files.createDirectories(repository.resolve("target"));
        Files.copy(jar, target.resolve(jar.getFileName()));
        Files.createSymbolicLink(target.resolve("lib"), jar.resolveSibling("lib"));
        return repository;
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.map(path -> path.getFileName().toString()).sorted().toList();
        }
    }
}
