package org.engagements.core;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Where engagements reads and writes: the repository home, its data folder, the charts folder, the
 * notebooks and the default output folders. The one place that reads the settings below and spells a
 * default path; commands resolve a {@code Locations} once and pass it down, to notebook JVMs as the
 * system properties of {@link #jvmOptions()}.
 *
 * <p>Each folder is the first of: a command-line option ({@link #withData}, {@link #withCharts}), a system
 * property, an environment variable, a default in the home folder.
 * <table>
 *   <caption>Settings</caption>
 *   <tr><th>folder</th><th>option</th><th>system property</th><th>environment</th><th>default</th></tr>
 *   <tr><td>home</td><td></td><td>{@value #HOME_PROPERTY} (set by the launcher to the folder it is in)</td>
 *       <td>{@value #HOME_VARIABLE}</td><td>the working folder</td></tr>
 *   <tr><td>data</td><td>{@code --data}</td><td>{@value #DATA_PROPERTY}</td><td>{@value #DATA_VARIABLE}</td>
 *       <td>{@code <home>/data}</td></tr>
 *   <tr><td>charts</td><td>{@code --charts}</td><td>{@value #CHARTS_PROPERTY}</td><td>{@value #CHARTS_VARIABLE}</td>
 *       <td>{@code <home>/charts}</td></tr>
 *   <tr><td>class data</td><td></td><td>{@value #CLASS_DATA_PROPERTY} (set by the launcher)</td><td></td>
 *       <td>none</td></tr>
 * </table>
 * A blank value counts as unset. A folder given by option keeps the form it was given in (relative to
 * the working folder), so messages show it as the user wrote it; the others are absolute.
 *
 * <p>Immutable; {@code with…} returns a copy.
 */
public final class Locations {
    public static final String HOME_PROPERTY = "engagements.home";
    public static final String DATA_PROPERTY = "engagements.data";
    public static final String CHARTS_PROPERTY = "engagements.charts";
    /** The folder of the notebook JVMs' class-data archive (see the launcher); unset in tests. */
    public static final String CLASS_DATA_PROPERTY = "engagements.classData";
    public static final String HOME_VARIABLE = "ENGAGEMENTS_HOME";
    public static final String DATA_VARIABLE = "ENGAGEMENTS_DATA";
    public static final String CHARTS_VARIABLE = "ENGAGEMENTS_CHARTS";
    /** The name of a charts folder: {@code <home>/charts}, and the one beside a run's or report's pages. */
    public static final String CHARTS = "charts";

    private static final String DATA = "data";
    private static final String NOTEBOOKS = "notebooks";
    private static final String RUN_OUTPUT = "target/notebooks";
    private static final String REPORT_OUTPUT = "report";

    private final Path home;
    private final Path data;
    private final Path charts;
    private final boolean chartsChosen;
    private final Optional<Path> classData;

    private Locations(Path home, Path data, Path charts, boolean chartsChosen, Optional<Path> classData) {
        this.home = Objects.requireNonNull(home, "home");
        this.data = Objects.requireNonNull(data, "data");
        this.charts = Objects.requireNonNull(charts, "charts");
        this.chartsChosen = chartsChosen;
        this.classData = Objects.requireNonNull(classData, "classData");
    }

    /** The defaults of a home folder: {@code home/data}, {@code home/charts}, no class-data archive. */
    public static Locations of(Path home) {
        Path root = home.toAbsolutePath().normalize();
        return new Locations(root, root.resolve(DATA), root.resolve(CHARTS), false, Optional.empty());
    }

    /** What this JVM was told: its system properties, then its environment, then the defaults. */
    public static Locations fromSystem() {
        return from(System::getProperty, System.getenv(), Path.of(""));
    }

    /**
     * What the given system properties and environment say, the defaults filling the rest; the home
     * defaults to {@code workingFolder}, and relative values are resolved against it. Tests pass maps;
     * {@link #fromSystem()} passes the real ones.
     */
    public static Locations from(UnaryOperator<String> properties, Map<String, String> environment,
                                 Path workingFolder) {
        Path working = workingFolder.toAbsolutePath();
        Optional<Path> home = setting(properties, environment, HOME_PROPERTY, HOME_VARIABLE).map(working::resolve);
        Locations defaults = of(home.orElse(working));
        Optional<Path> data = setting(properties, environment, DATA_PROPERTY, DATA_VARIABLE).map(working::resolve);
        Optional<Path> charts = setting(properties, environment, CHARTS_PROPERTY, CHARTS_VARIABLE)
                .map(working::resolve);
        Optional<Path> classData = nonBlank(properties.apply(CLASS_DATA_PROPERTY)).map(working::resolve);
        return new Locations(defaults.home, data.map(Path::normalize).orElse(defaults.data),
                charts.map(Path::normalize).orElse(defaults.charts), charts.isPresent(), classData);
    }

    private static Optional<String> setting(UnaryOperator<String> properties, Map<String, String> environment,
                                            String property, String variable) {
        return nonBlank(properties.apply(property)).or(() -> nonBlank(environment.get(variable)));
    }

    private static Optional<String> nonBlank(String value) {
        return Optional.ofNullable(value).filter(text -> !text.isBlank());
    }

    private static Path absolute(Path path) {
        return path.toAbsolutePath().normalize();
    }

    /** With the data folder an option names; unchanged when {@code option} is null (not given). */
    public Locations withData(Path option) {
        return option == null ? this : new Locations(home, option, charts, chartsChosen, classData);
    }

    /** With the charts folder an option names; unchanged when {@code option} is null (not given). */
    public Locations withCharts(Path option) {
        return option == null ? this : new Locations(home, data, option, true, classData);
    }

    /** The repository root, absolute: where notebooks run and the other defaults live. */
    public Path home() {
        return home;
    }

    /** The data folder {@code Engagements.load()} and every command read. */
    public Path data() {
        return data;
    }

    /** Where charts go: {@code Engagements.save} and {@code display} in the shell. */
    public Path charts() {
        return charts;
    }

    /** Where notebook JVMs keep their class-data archive, when the launcher said. */
    public Optional<Path> classData() {
        return classData;
    }

    /** The notebooks {@code run} and {@code report} take when none are named. */
    public Path notebooks() {
        return home.resolve(NOTEBOOKS);
    }

    /** Where {@code run} saves executed notebooks and pages by default: build output. */
    public Path runOutput() {
        return home.resolve(RUN_OUTPUT);
    }

    /** The folder {@code report} writes by default. */
    public Path reportOutput() {
        return home.resolve(REPORT_OUTPUT);
    }

    /** Whether the data folder is the repository's own, {@code <home>/data}, however it was named. */
    public boolean isHomeData() {
        return absolute(data).equals(home.resolve(DATA));
    }

    /**
     * Where the charts of a run saving its pages in {@code out} go. The committed {@code <home>/charts}
     * holds the charts of the repository's own run: its data and the notebooks' own parameters. A run
     * with parameters or other data writes them beside its pages, in {@code out/charts}, and leaves the
     * committed ones alone; unless a charts folder was chosen ({@code --charts}, property, environment).
     */
    public Path chartsOfRun(Path out, boolean withParameters) {
        return chartsChosen || (!withParameters && isHomeData()) ? charts : out.resolve(CHARTS);
    }

    /**
     * The system properties that give a JVM these locations (home, data and charts, absolute): how
     * they reach notebook JVMs, the shell's and the kernel's.
     */
    public List<String> jvmOptions() {
        return List.of("-D" + HOME_PROPERTY + "=" + home, "-D" + DATA_PROPERTY + "=" + absolute(data),
                "-D" + CHARTS_PROPERTY + "=" + absolute(charts));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Locations that && home.equals(that.home) && data.equals(that.data)
                && charts.equals(that.charts) && chartsChosen == that.chartsChosen
                && classData.equals(that.classData);
    }

    @Override
    public int hashCode() {
        return Objects.hash(home, data, charts, chartsChosen, classData);
    }

    @Override
    public String toString() {
        return "Locations[home=" + home + ", data=" + data + ", charts=" + charts + (chartsChosen ? " (chosen)" : "")
                + classData.map(folder -> ", classData=" + folder).orElse("") + "]";
    }
}
