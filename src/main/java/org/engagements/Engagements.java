package org.engagements;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import org.engagements.chart.ChartExport;
import org.engagements.chart.ReportCharts;
import org.engagements.core.EngagementsException;
import org.engagements.core.Locations;
import org.engagements.data.DataFolder;
import org.engagements.data.DataValidationException;
import org.engagements.data.Dataset;
import org.engagements.data.DatasetLoader;
import org.knowm.xchart.internal.chartpart.Chart;
import tech.tablesaw.api.Table;

/**
 * The one class a notebook needs to start: {@code Dataset data = Engagements.load();}. Loading
 * validates everything; bad data is the user's to fix and fails with a {@link DataValidationException}
 * listing every problem.
 */
public final class Engagements {
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
     * Loads the data folder of this session: the one {@code run}, {@code report}, the kernel and the shell
     * were given with {@code --data}, by default the repository's {@code data/} (see {@link Locations}).
     *
     * @throws EngagementsException when there is no data folder there
     * @throws DataValidationException when the data breaks any rule
     */
    public static Dataset load() {
        Path folder = Locations.fromSystem().data();
        DataFolder.findProblem(folder).ifPresent(problem -> {
            throw new EngagementsException("no data folder: expected " + problem.expected() + " (set -D"
                    + Locations.DATA_PROPERTY + "=DIR or $" + Locations.DATA_VARIABLE
                    + ", or call Engagements.load(\"path/to/data\"))");
        });
        return load(folder);
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
     * Where notebooks write their charts: the folder {@code run}, the kernel or the shell chose, by default
     * {@code charts/} in the repository (see {@link Locations}).
     */
    public static Path chartsFolder() {
        return Locations.fromSystem().charts();
    }

    /**
     * Writes {@code chart} as {@code <charts folder>/<name>.png} and {@code .svg}, atomically, and
     * returns the chart so a notebook cell can end with it and show it. A chart of ours also gets
     * {@code <name>.csv}, the numbers it draws with the ids of the engagements behind each, and
     * {@code <name>-data.html}, those engagements with the articles' quotes; a chart made straight
     * from XChart gets neither (see {@link ChartExport#writeData}).
     *
     * @throws EngagementsException naming the file when it cannot be written
     */
    public static <C extends Chart<?, ?>> C save(C chart, String name) {
        return save(chart, name, ChartExport.DEFAULT_FORMATS.toArray(ChartExport.Format[]::new));
    }

    /**
     * Writes {@code chart} as {@code <charts folder>/<name>} in each format asked, for example
     * {@code save(chart, "venues", ChartExport.Format.PDF)} for a vector PDF alone, atomically, with the
     * chart's data files as {@link #save(Chart, String)} writes them, and returns the chart.
     *
     * @throws IllegalArgumentException when no format is given (the caller's mistake)
     * @throws EngagementsException naming the file when it cannot be written
     */
    public static <C extends Chart<?, ?>> C save(C chart, String name, ChartExport.Format... formats) {
        if (formats.length == 0) {
            throw new IllegalArgumentException("save(chart, \"" + name + "\"): name at least one format: PNG, SVG or PDF");
        }
        Path folder = chartsFolder();
        ChartExport.write(chart, folder, name, EnumSet.copyOf(java.util.Arrays.asList(formats)));
        ChartExport.writeData(chart, folder, name);
        return chart;
    }

    /** The source line for charts of {@code shown}, all or some of {@code data}'s engagements. */
    public static String source(Dataset data, Table shown) {
        return ReportCharts.source(data, shown);
    }
}
