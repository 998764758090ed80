package org.engagements.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.engagements.chart.ChartExport.Format;
import org.engagements.chart.ReportCharts;
import org.engagements.core.Locations;
import org.engagements.data.Dataset;
import org.engagements.data.DatasetLoader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code engagements charts [--data DIR] [--out DIR] [--format png,svg,pdf]}: writes every report chart. */
@Command(name = "charts",
        mixinStandardHelpOptions = true,
        description = "Writes every report chart (frequency-by-status, venues, issues, issue-cooccurrence, "
                + "timeline, host-side, venue-map), each with NAME.csv (the numbers drawn and the engagement ids "
                + "behind each) and NAME-data.html (those engagements with their quotes), and prints one line per "
                + "file written.")
public final class ChartsCommand implements Callable<Integer> {
    @Mixin
    DataOption data;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Where the charts go (default: charts/ in the repository); created when missing.")
    Path out;

    @Option(names = "--format", paramLabel = "FORMAT", split = ",", defaultValue = "png,svg",
            converter = FormatConverter.class,
            description = "Comma-separated formats: png, svg, pdf (default: ${DEFAULT-VALUE}).")
    List<Format> formats;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final Function<Path, Dataset> loader;

    public ChartsCommand() {
        this(DatasetLoader::load);
    }

    /** With another loader: tests pass one that returns a fixture. */
    ChartsCommand(Function<Path, Dataset> loader) {
        this.loader = loader;
    }

    @Override
    public Integer call() {
        Locations locations = data.locations().withCharts(out);
        Dataset dataset = loader.apply(locations.data());
        Set<Format> wanted = EnumSet.copyOf(formats);
        PrintWriter stdout = spec.commandLine().getOut();
        for (Path written : ReportCharts.writeAll(dataset, locations.charts(), wanted)) {
            stdout.println(written);
        }
        stdout.flush();
        return 0;
    }

    /** {@code png}, {@code svg} or {@code pdf}, any case. */
    static final class FormatConverter implements CommandLine.ITypeConverter<Format> {
        @Override
        public Format convert(String value) {
            for (Format format : Format.values()) {
                if (format.extension().equals(value.strip().toLowerCase(Locale.ROOT))) {
                    return format;
                }
            }
            throw new CommandLine.TypeConversionException(
                    "unknown format '" + value + "' (expected png, svg or pdf)");
        }
    }
}
