package org.engagements;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.engagements.chart.ChartExport;
import org.engagements.chart.ReportCharts;
import org.engagements.core.EngagementsException;
import org.engagements.data.DataValidationException;
import org.engagements.data.Dataset;
import org.engagements.data.DatasetLoader;
import org.engagements.display.Display;
import org.knowm.xchart.internal.chartpart.Chart;
import tech.tablesaw.api.Table;

/**
 * The one class a notebook needs to start: {@code Dataset data = Engagements.load();}. Loading
 * validates everything; bad data is the user's to fix and fails with a {@link DataValidationException}
 * listing every problem.
 */
public final class Engagements {
    /** System property naming the data folder; wins over every other place. */
    public static final String DATA_PROPERTY = "engagements.data";
    /** System property the launcher sets to the project folder. */
    public static final String HOME_PROPERTY = "engagements.home";
    /**
     * What a notebook session imports besides the kernel's own (java.util, java.time, Tablesaw, XChart,
     * {@code display}): this facade and the packages of the data model and its write side, the analyses and
     * the charts, so that a cell's first line can be {@code var data = Engagements.load();}.
     */
    public static final List<String> SESSION_IMPORTS = List.of("org.engagements.Engagements",
            "org.engagements.data.*", "org.engagements.data.write.*", "org.engagements.analysis.*",
            "org.engagements.chart.*");

    /** {@link #SESSION_IMPORTS} as Java import statements on one line, for a session's startup. */
    public static String sessionImportStatements() {
        return String.join(" ", SESSION_IMPORTS.stream().map(name -> "import " + name + ";").toList());
    }

    private Engagements() {
    }

    /**
     * Loads the data folder named by {@code -Dengagements.data}, else {@code ./data} if it exists, else
     * {@code data} in the project folder ({@code -Dengagements.home}, set by the launcher).
     *
     * @throws EngagementsException when no data folder is found
     * @throws DataValidationException when the data breaks any rule
     */
    public static Dataset load() {
        return load(dataFolder(System::getProperty, Path.of("")));
    }

    /** Loads the given data folder. @throws DataValidationException when the data breaks any rule */
    public static Dataset load(Path dataFolder) {
        return DatasetLoader.load(dataFolder);
    }

    /** Loads the given data folder. @throws DataValidationException when the data breaks any rule */
    public static Dataset load(String dataFolder) {
        return load(Path.of(dataFolder));
    }

    /**
     * Where notebooks write their charts: {@code -Dengagements.charts} (set by {@code ./engagements run}),
     * else {@code charts/} in the project folder.
     */
    public static Path chartsFolder() {
        return Display.chartsFolder();
    }

    /**
     * Writes {@code chart} as {@code <charts folder>/<name>.png} and {@code .svg}, atomically, and
     * returns the chart so a notebook cell can end with it and show it.
     *
     * @throws EngagementsException naming the file when it cannot be written
     */
    public static <C extends Chart<?, ?>> C save(C chart, String name) {
        ChartExport.write(chart, chartsFolder(), name, EnumSet.allOf(ChartExport.Format.class));
        return chart;
    }

    /** The source line for charts of {@code shown}, all or some of {@code data}'s engagements. */
    public static String source(Dataset data, Table shown) {
        return ReportCharts.source(data, shown);
    }

    /**
     * Where {@link #load()} looks, given the system properties and the working folder.
     *
     * @throws EngagementsException when none of the places has a data folder
     */
    static Path dataFolder(UnaryOperator<String> properties, Path workingFolder) {
        Optional<String> named = Optional.ofNullable(properties.apply(DATA_PROPERTY));
        if (named.isPresent()) {
            return Path.of(named.get());
        }
        Path local = workingFolder.resolve("data");
        if (Files.isDirectory(local)) {
            return local;
        }
        Optional<Path> home = Optional.ofNullable(properties.apply(HOME_PROPERTY)).map(h -> Path.of(h, "data"));
        if (home.isPresent() && Files.isDirectory(home.get())) {
            return home.get();
        }
        throw new EngagementsException("no data folder: expected -D" + DATA_PROPERTY + "=DIR, a folder "
                + local.toAbsolutePath().normalize() + home.map(h -> ", or " + h).orElse("")
                + "; or call Engagements.load(\"path/to/data\")");
    }
}
