package org.engagements.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * Each folder comes from the first of: an option, a system property, an environment variable, the
 * default in the home folder; and a run's charts go beside its pages unless it reproduces the committed ones.
 */
class LocationsTest {
    private static final Path WORKING = Path.of("/work/somewhere");
    private static final Path HOME = Path.of("/repo");

    /** Which sources give a value, and which value wins; the option is {@code withData}/{@code withCharts}. */
    static Stream<Arguments> precedence() {
        return Stream.of(
                Arguments.of("option", "property", "environment", "/option"),
                Arguments.of(null, "property", "environment", "/property"),
                Arguments.of(null, null, "environment", "/environment"),
                Arguments.of(null, null, null, "default"),
                Arguments.of(null, " ", "environment", "/environment"),
                Arguments.of("option", null, null, "/option"));
    }

    @ParameterizedTest(name = "option {0}, property {1}, environment {2} → {3}")
    @MethodSource("precedence")
    void theDataFolderIsTheOptionElseThePropertyElseTheEnvironmentElseTheHomes(String option, String property,
                                                                               String environment, String expected) {
        Map<String, String> properties = new HashMap<>(Map.of(Locations.HOME_PROPERTY, HOME.toString()));
        Map<String, String> variables = new HashMap<>();
        if (property != null) {
            properties.put(Locations.DATA_PROPERTY, property.isBlank() ? property : "/" + property);
        }
        if (environment != null) {
            variables.put(Locations.DATA_VARIABLE, "/" + environment);
        }
        Locations locations = Locations.from(properties::get, variables, WORKING)
                .withData(option == null ? null : Path.of("/" + option));

        assertEquals(expected.equals("default") ? HOME.resolve("data") : Path.of(expected), locations.data());
    }

    @ParameterizedTest(name = "option {0}, property {1}, environment {2} → {3}")
    @MethodSource("precedence")
    void theChartsFolderFollowsTheSameOrder(String option, String property, String environment, String expected) {
        Map<String, String> properties = new HashMap<>(Map.of(Locations.HOME_PROPERTY, HOME.toString()));
        Map<String, String> variables = new HashMap<>();
        if (property != null) {
            properties.put(Locations.CHARTS_PROPERTY, property.isBlank() ? property : "/" + property);
        }
        if (environment != null) {
            variables.put(Locations.CHARTS_VARIABLE, "/" + environment);
        }
        Locations locations = Locations.from(properties::get, variables, WORKING)
                .withCharts(option == null ? null : Path.of("/" + option));

        assertEquals(expected.equals("default") ? HOME.resolve("charts") : Path.of(expected), locations.charts());
    }

    @Test
    void theHomeIsThePropertyElseTheEnvironmentElseTheWorkingFolder() {
        Map<String, String> environment = Map.of(Locations.HOME_VARIABLE, "/from-env");
        assertEquals(HOME, Locations.from(Map.of(Locations.HOME_PROPERTY, HOME.toString())::get, environment, WORKING)
                .home());
        assertEquals(Path.of("/from-env"), Locations.from(name -> null, environment, WORKING).home());
        Locations defaults = Locations.from(name -> null, Map.of(), WORKING);
        assertEquals(WORKING, defaults.home());
        assertEquals(List.of(WORKING.resolve("data"), WORKING.resolve("charts"), WORKING.resolve("notebooks"),
                WORKING.resolve("target/notebooks"), WORKING.resolve("report")), List.of(defaults.data(),
                defaults.charts(), defaults.notebooks(), defaults.runOutput(), defaults.reportOutput()));
        assertEquals(Optional.empty(), defaults.classData());
    }

    @Test
    void aRelativeHomeOrSettingIsResolvedAgainstTheWorkingFolder() {
        Locations locations = Locations.from(Map.of(Locations.HOME_PROPERTY, "repo",
                Locations.DATA_PROPERTY, "elsewhere/../data2")::get, Map.of(), WORKING);
        assertEquals(WORKING.resolve("repo"), locations.home());
        assertEquals(WORKING.resolve("data2"), locations.data());
    }

    @Test
    void anOptionKeepsTheFormItWasGivenInForMessages() {
        Locations locations = Locations.of(HOME).withData(Path.of("my-data"));
        assertEquals(Path.of("my-data"), locations.data());
        assertEquals("-D" + Locations.DATA_PROPERTY + "=" + Path.of("my-data").toAbsolutePath(),
                locations.jvmOptions().get(1), "a notebook JVM works elsewhere, so it gets the absolute path");
    }

    @Test
    void theClassDataFolderIsOnlyAProperty() {
        assertEquals(Optional.of(Path.of("/repo/target/class-data")), Locations.from(
                Map.of(Locations.CLASS_DATA_PROPERTY, "/repo/target/class-data")::get, Map.of(), WORKING).classData());
    }

    @Test
    void aJvmStartedWithTheJvmOptionsResolvesTheSameFolders() {
        Locations given = Locations.of(HOME).withData(Path.of("/d")).withCharts(Path.of("/c"));
        Map<String, String> properties = new HashMap<>();
        for (String option : given.jvmOptions()) {
            String[] parts = option.substring(2).split("=", 2);
            properties.put(parts[0], parts[1]);
        }
        Locations there = Locations.from(properties::get, Map.of(Locations.DATA_VARIABLE, "/ignored"), Path.of("/x"));
        assertEquals(List.of(HOME, Path.of("/d"), Path.of("/c")), List.of(there.home(), there.data(), there.charts()));
    }

    @Test
    void theRepositorysOwnRunWritesTheCommittedChartsAndAnyOtherRunWritesBesideItsPages() {
        Path out = Path.of("/out");
        Locations own = Locations.of(HOME);
        assertEquals(HOME.resolve("charts"), own.chartsOfRun(out, false));
        assertEquals(out.resolve("charts"), own.chartsOfRun(out, true), "with parameters");
        assertEquals(out.resolve("charts"), own.withData(Path.of("/other/data")).chartsOfRun(out, false),
                "with other data");
        assertEquals(HOME.resolve("charts"), own.withData(HOME.resolve("x/../data")).chartsOfRun(out, false),
                "the home's data, however it is named");
        assertEquals(Path.of("/chosen"), own.withCharts(Path.of("/chosen")).chartsOfRun(out, true),
                "a chosen folder wins");
        Locations fromEnvironment = Locations.from(Map.of(Locations.HOME_PROPERTY, HOME.toString())::get,
                Map.of(Locations.CHARTS_VARIABLE, "/env-charts"), WORKING);
        assertEquals(Path.of("/env-charts"), fromEnvironment.chartsOfRun(out, true), "so does one in the environment");
    }

    @Test
    void isHomeDataComparesTheFoldersNotTheirSpelling() {
        assertTrue(Locations.of(HOME).isHomeData());
        assertTrue(Locations.of(HOME).withData(Path.of("/repo/./data")).isHomeData());
        assertFalse(Locations.of(HOME).withData(Path.of("/repo/data2")).isHomeData());
    }

    /**
     * Grep as a test: no main class but Locations names the settings' properties or variables, or spells a
     * default folder of the repository ({@code resolve("data")}, {@code Path.of("charts")}, {@code "target/notebooks"}).
     */
    @Test
    void noOtherClassReadsTheSettingsOrSpellsADefaultFolder() throws IOException {
        Pattern spelled = Pattern.compile("\"engagements\\.(home|data|charts|classData)\"|ENGAGEMENTS_(HOME|DATA|CHARTS)\\b"
                + "|(resolve|Path\\.of|Paths\\.get)\\(\"(data|charts|report|notebooks)\"\\)|\"target/notebooks\"");
        Path sources = Path.of(System.getProperty("basedir"), "src", "main", "java");
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                List<String> lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    if (spelled.matcher(lines.get(i)).find() && !file.getFileName().toString().equals("Locations.java")) {
                        found.add(sources.relativize(file) + ":" + (i + 1) + ": " + lines.get(i).strip());
                    }
                }
            }
        }
        assertEquals(List.of(), found);
    }
}
