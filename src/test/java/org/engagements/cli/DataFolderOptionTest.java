package org.engagements.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.engagements.data.DatasetLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every command taking {@code --data} refuses a folder that is not a data folder (here one holding only
 * notes.txt, as {@code /} or a home folder would) at once: exit 1, a message naming the folder and what a
 * data folder holds, and nothing read, checksummed or written beside it. {@code generate --out} takes only
 * a new or empty folder.
 */
class DataFolderOptionTest {
    private static final String DATA = "DATA";

    @TempDir
    Path temp;

    static Stream<List<String>> commands() {
        return Stream.of(
                List.of("validate", "--data", DATA),
                List.of("charts", "--data", DATA, "--out", "OUT"),
                List.of("evaluate", "--data", DATA),
                List.of("ingest", article().toString(), "--published", "2022-03-20", "--outlet", "Wire", "--apply",
                        "--data", DATA),
                List.of("vocab", "add", "issue", "--id", "ukraine", "--label", "War in Ukraine", "--data", DATA),
                List.of("run", "missing.jsh", "--data", DATA, "--out", "OUT"),
                List.of("report", "missing.jsh", "--data", DATA, "--out", "OUT"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("commands")
    void aFolderThatIsNotADataFolderIsRefusedBeforeAnyWork(List<String> command) throws IOException {
        Path notes = Files.createDirectory(temp.resolve("notes"));
        Files.writeString(notes.resolve("notes.txt"), "not data");
        List<String> args = new ArrayList<>();
        for (String arg : command) {
            args.add(arg.equals(DATA) ? notes.toString() : arg.equals("OUT") ? temp.resolve("out").toString() : arg);
        }

        Cli.Run run = Cli.run(args.toArray(String[]::new));

        assertEquals(1, run.exitCode(), run.toString());
        assertTrue((run.out() + run.err()).contains("expected a data folder holding articles.csv, engagements.csv "
                + "and mentions.csv; " + notes.toAbsolutePath() + " holds none of them"), run.toString());
        assertEquals(List.of("notes"), namesIn(temp), "nothing was written beside it");
        assertEquals(List.of("notes.txt"), namesIn(notes), "nor in it");
    }

    @Test
    void runNamesTheOptionAndTheValueAsGiven() throws IOException {
        Path missing = temp.resolve("nothing");
        Cli.Run run = Cli.run("run", "missing.jsh", "--data", missing.toString());
        assertEquals(new Cli.Run(1, "", "error: --data " + missing + ": expected a data folder; there is none at "
                + missing.toAbsolutePath() + "\n"), run);
    }

    @Test
    void generateRefusesAFileAndAFolderWithAnythingInIt() throws IOException {
        Path file = Files.writeString(temp.resolve("file.txt"), "text");
        Path full = Files.createDirectory(temp.resolve("full"));
        Files.writeString(full.resolve("keep.txt"), "mine");

        assertEquals(new Cli.Run(1, "", "error: " + file + ": expected a new folder or an empty one; it is a file\n"),
                Cli.run("generate", "--engagements", "10", "--out", file.toString()));
        assertEquals(new Cli.Run(1, "", "error: " + full + ": expected a new folder or an empty one; it holds files "
                + "already (remove them or choose another folder)\n"),
                Cli.run("generate", "--engagements", "10", "--out", full.toString()));
        assertEquals(List.of("file.txt", "full"), namesIn(temp));
        assertEquals(List.of("keep.txt"), namesIn(full));
    }

    @Test
    void generateFillsAnEmptyFolder() throws IOException {
        Path empty = Files.createDirectory(temp.resolve("data"));
        assertEquals(0, Cli.run("generate", "--engagements", "10", "--out", empty.toString()).exitCode());
        assertEquals(List.of(), DatasetLoader.validate(empty));
        assertEquals(List.of(".engagements-lock-data", "data"), namesIn(temp));
    }

    private static Path article() {
        try {
            return Path.of(DataFolderOptionTest.class.getResource("/ingest/call.txt").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> namesIn(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.map(path -> path.getFileName().toString()).sorted().toList();
        }
    }
}
