package org.engagements.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * {@code --data} has one meaning in every command that reads the data or starts notebooks: the same
 * option (the {@link DataOption} mixin), the same help, no default of picocli's (the default is the
 * repository's {@code data/}, resolved by {@code Locations}, never {@code ./data}). Every command is
 * listed here, with or without it, so that a new command has to choose.
 */
class DataOptionTest {
    /** Every runnable command, by its qualified name, and whether it takes --data. */
    private static final Map<String, Boolean> TAKES_DATA = new TreeMap<>(Map.ofEntries(
            Map.entry("engagements run", true),
            Map.entry("engagements report", true),
            Map.entry("engagements charts", true),
            Map.entry("engagements validate", true),
            Map.entry("engagements evaluate", true),
            Map.entry("engagements ingest", true),
            Map.entry("engagements vocab add person", true),
            Map.entry("engagements vocab add place", true),
            Map.entry("engagements vocab add issue", true),
            Map.entry("engagements shell", true),
            Map.entry("engagements kernel", true),
            Map.entry("engagements kernel install", true),
            // writes a new data folder (--out), reads none
            Map.entry("engagements generate", false),
            // convert notebook files; no data
            Map.entry("engagements notebook to-ipynb", false),
            Map.entry("engagements notebook to-jsh", false),
            Map.entry("engagements notebook sync", false),
            // print usage only
            Map.entry("engagements", false),
            Map.entry("engagements help", false),
            Map.entry("engagements notebook", false),
            Map.entry("engagements vocab", false),
            Map.entry("engagements vocab add", false)));

    private static List<CommandSpec> allCommands() {
        List<CommandSpec> all = new ArrayList<>();
        collect(Main.withAllSubcommands(), all);
        return all;
    }

    private static void collect(CommandLine line, List<CommandSpec> into) {
        into.add(line.getCommandSpec());
        line.getSubcommands().values().stream().distinct().forEach(sub -> collect(sub, into));
    }

    static Stream<CommandSpec> commands() {
        return allCommands().stream();
    }

    @Test
    void everyCommandIsListed() {
        assertEquals(TAKES_DATA.keySet(), new java.util.TreeSet<>(allCommands().stream()
                .map(CommandSpec::qualifiedName).toList()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("commands")
    void theCommandsThatTakeDataTakeTheSameOptionWithTheSameHelpAndNoFixedDefault(CommandSpec command) {
        OptionSpec data = command.findOption("--data");
        String name = command.qualifiedName();
        if (!TAKES_DATA.get(name)) {
            assertNull(data, name + " takes --data");
            return;
        }
        assertTrue(data != null, name + " has no --data");
        assertEquals(List.of(DataOption.DESCRIPTION), List.of(data.description()), name);
        assertEquals("DIR", data.paramLabel(), name);
        assertEquals(Path.class, data.type(), name);
        assertNull(data.defaultValue(), name + ": a fixed default would be relative to the working folder");
        assertTrue(findIn(command).isPresent(), name + ": --data is not the DataOption mixin");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("commands")
    void aGivenFolderIsTheDataFolderAndWithoutOneItIsTheHomes(CommandSpec command) {
        if (!TAKES_DATA.get(command.qualifiedName())) {
            return;
        }
        CommandLine line = Main.withAllSubcommands();
        List<String> path = List.of(command.qualifiedName().split(" ")).subList(1, command.qualifiedName().split(" ").length);
        List<String> args = new ArrayList<>(path);
        args.addAll(requiredArguments(command.qualifiedName()));
        CommandLine.ParseResult parsed = line.parseArgs(args.toArray(String[]::new));
        assertEquals(org.engagements.core.Locations.fromSystem().data(), dataOption(parsed).folder());

        List<String> given = new ArrayList<>(args);
        given.addAll(List.of("--data", "somewhere/data"));
        CommandLine.ParseResult withData = Main.withAllSubcommands().parseArgs(given.toArray(String[]::new));
        assertEquals(Path.of("somewhere/data"), dataOption(withData).folder());
        assertEquals("somewhere/data", dataOption(withData).shownAs());
    }

    /** What the command needs besides --data to parse. */
    private static List<String> requiredArguments(String command) {
        return switch (command) {
            case "engagements ingest" -> List.of("article.txt");
            case "engagements vocab add person" -> List.of("--id", "x", "--name", "X", "--country", "US", "--level",
                    "leader");
            case "engagements vocab add place" -> List.of("--id", "x", "--city", "X", "--country", "US",
                    "--lat", "1", "--lon", "1");
            case "engagements vocab add issue" -> List.of("--id", "x", "--label", "X");
            default -> List.of();
        };
    }

    private static DataOption dataOption(CommandLine.ParseResult parsed) {
        CommandLine.ParseResult leaf = parsed;
        while (leaf.hasSubcommand()) {
            leaf = leaf.subcommand();
        }
        return find(leaf.commandSpec());
    }

    /** The DataOption of {@code spec}, or of a mixin of it (run and report have theirs in NotebookOptions). */
    private static DataOption find(CommandSpec spec) {
        return findIn(spec).orElseThrow(() -> new AssertionError(spec.qualifiedName() + " has no DataOption"));
    }

    private static java.util.Optional<DataOption> findIn(CommandSpec spec) {
        for (CommandSpec mixin : spec.mixins().values()) {
            if (mixin.userObject() instanceof DataOption option) {
                return java.util.Optional.of(option);
            }
            java.util.Optional<DataOption> nested = findIn(mixin);
            if (nested.isPresent()) {
                return nested;
            }
        }
        return java.util.Optional.empty();
    }

    @Test
    void kernelInstallRecordsAGivenDataFolderInTheKernelspecByAbsolutePath(@TempDir Path temp) throws IOException {
        Path data = org.engagements.data.ShippedData.copyTo(temp);
        Path prefix = temp.resolve("prefix");

        Cli.Run run = Cli.run("kernel", "install", "--prefix", prefix.toString(), "--data", data.toString());

        assertEquals(0, run.exitCode(), run.toString());
        String spec = Files.readString(prefix.resolve("share/jupyter/kernels/engagements-java/kernel.json"));
        assertTrue(spec.contains("\"kernel\", \"--connection-file\", \"{connection_file}\", \"--data\", \""
                + data.toAbsolutePath() + "\" ]"), spec);
    }

    @Test
    void kernelInstallWithoutDataRecordsNoneSoTheKernelUsesTheRepositorys(@TempDir Path prefix) throws IOException {
        assertEquals(0, Cli.run("kernel", "install", "--prefix", prefix.toString()).exitCode());
        String spec = Files.readString(prefix.resolve("share/jupyter/kernels/engagements-java/kernel.json"));
        assertTrue(!spec.contains("--data"), spec);
    }

    @Test
    void kernelAndShellRefuseAFolderThatIsNotADataFolderBeforeStarting(@TempDir Path temp) {
        Path missing = temp.resolve("missing");
        String expected = "error: --data " + missing + ": expected a data folder; there is none at " + missing + "\n";
        assertEquals(new Cli.Run(1, "", expected), Cli.run("kernel", "--data", missing.toString()));
        assertEquals(new Cli.Run(1, "", expected), Cli.run("kernel", "install", "--prefix",
                temp.resolve("prefix").toString(), "--data", missing.toString()));
        assertEquals(new Cli.Run(1, "", expected), Cli.run("shell", "--data", missing.toString()));
        assertFalse(Files.exists(temp.resolve("prefix")), "no kernelspec written");
    }
}
