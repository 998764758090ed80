package org.engagements.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MainTest {
    private static final List<String> NAMES = List.of("help", "run", "report", "notebook", "shell", "validate",
            "charts", "kernel", "ingest", "evaluate", "vocab", "generate");

    @Test
    void theUsageListsEverySubcommand() {
        Cli.Run run = Cli.run("--help");

        assertEquals(0, run.exitCode(), run.err());
        for (String name : NAMES) {
            assertTrue(run.out().lines().anyMatch(line -> line.strip().startsWith(name + " ")
                    || line.strip().equals(name)), name + " missing from:\n" + run.out());
        }
    }

    @Test
    void aCommandLineNamingASubcommandBuildsOnlyThatOne() {
        assertEquals(List.of(RunCommand.class), Main.subcommandsFor(new String[] {"run", "--force"}));
        assertEquals(NAMES.size(), Main.subcommandsFor(new String[] {"help", "run"}).size());
        assertEquals(NAMES.size(), Main.subcommandsFor(new String[] {"rnu"}).size());
        assertEquals(NAMES.size(), Main.subcommandsFor(new String[0]).size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"run", "validate", "report"})
    void helpNamesEachSubcommandsUsageAsTheSubcommandItselfDoes(String name) {
        Cli.Run viaHelp = Cli.run("help", name);
        Cli.Run direct = Cli.run(name, "--help");

        assertEquals(0, viaHelp.exitCode(), viaHelp.err());
        assertEquals(direct.out(), viaHelp.out());
        assertTrue(direct.out().startsWith("Usage: engagements " + name), direct.out());
    }

    @Test
    void anUnknownSubcommandIsAnErrorThatPointsToTheUsage() {
        Cli.Run run = Cli.run("rnu");

        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("rnu"), run.err());
    }

    @Test
    void theDebugOptionReachesTheSubcommandItIsGivenTo() {
        Cli.Run run = Cli.run("validate", "--debug", "--data", "/nonexistent/engagements-data");

        assertEquals(1, run.exitCode());
        assertEquals("", run.err());
        assertTrue(run.out().contains("expected a data folder; there is none"), run.out());
    }
}
