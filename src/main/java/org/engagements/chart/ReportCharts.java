package org.engagements.chart;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.engagements.chart.ChartExport.Format;
import org.engagements.data.Dataset;
import tech.tablesaw.api.Table;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * Every report chart of a dataset, under stable file names: {@code frequency-by-status},
 * {@code venues}, {@code issues}, {@code issue-cooccurrence}, {@code timeline}, {@code host-side} and
 * {@code venue-map}, each {@code .png}, {@code .svg} and/or {@code .pdf}.
 */
public final class ReportCharts {
    /** The file names (without extension), in the order charts are built and written. */
    public static final List<String> NAMES = List.of(
            "frequency-by-status", "venues", "issues", "issue-cooccurrence", "timeline", "host-side", "venue-map");

    private ReportCharts() {
    }

    /**
     * The source line of a chart of {@code data}: {@code Source: 5 articles, 21 engagements}; of a view
     * ({@link Dataset#withEngagements}) that leaves some out, {@code Source: 5 articles; 9 of 22 engagements}.
     */
    public static String source(Dataset data) {
        return source(data.whole(), data.engagements());
    }

    /**
     * The source line for a chart of {@code shown}, all or some of {@code data}'s engagements (after a
     * filter): {@code Source: 5 articles; 9 of 22 engagements}, or as {@link #source(Dataset)} when
     * nothing was left out.
     */
    public static String source(Dataset data, Table shown) {
        Dataset whole = data.whole();
        int articles = whole.articles().rowCount();
        int all = whole.engagements().rowCount();
        if (shown.rowCount() == all) {
            return String.format(Locale.ROOT, "Source: %,d article%s, %,d engagement%s", articles,
                    articles == 1 ? "" : "s", all, all == 1 ? "" : "s");
        }
        return String.format(Locale.ROOT, "Source: %,d article%s; %,d of %,d engagements", articles,
                articles == 1 ? "" : "s", shown.rowCount(), all);
    }

    /**
     * The chart, its {@link ChartData} told where to find the quotes of its engagements: {@code data}'s
     * mentions of the engagements its page lists ({@link Dataset#mentionsOf}: at a million engagements
     * the whole mentions table is not built for a few hundred quotes) and its articles. For the
     * factories' {@code of(Dataset)}; a chart built from tables alone lists its engagements without quotes.
     */
    static <C extends Chart<?, ?>> C withQuotes(C chart, Dataset data) {
        if (chart instanceof ChartData.DataChart holder && holder.data() != null) {
            ChartData numbers = holder.data();
            holder.setData(numbers.with(new ChartData.Behind(numbers.behind().engagements(),
                    // a HashSet: mentionsOf probes it once per mention (1.2 million at 10^6), and an
                    // immutable Set.copyOf compares Strings on every probe where HashMap compares hashes
                    Optional.of(data.mentionsOf(new HashSet<>(ChartDataPage.listed(numbers)))),
                    Optional.of(data.articles()))));
        }
        return chart;
    }

    /** Every chart, by file name, in {@link #NAMES} order. */
    public static Map<String, Chart<?, ?>> build(Dataset data) {
        Map<String, Chart<?, ?>> charts = new LinkedHashMap<>();
        NAMES.forEach(name -> charts.put(name, build(data, name)));
        return charts;
    }

    /**
     * One chart by its file name.
     *
     * @throws IllegalArgumentException for a name not in {@link #NAMES} (the caller's mistake)
     */
    public static Chart<?, ?> build(Dataset data, String name) {
        return switch (name) {
            case "frequency-by-status" -> FrequencyChart.byStatus(data);
            case "venues" -> VenueChart.of(data);
            case "issues" -> IssueChart.of(data);
            case "issue-cooccurrence" -> CooccurrenceChart.of(data);
            case "timeline" -> TimelineChart.of(data);
            case "host-side" -> HostSideChart.of(data);
            case "venue-map" -> VenueMap.of(data);
            default -> throw new IllegalArgumentException("no chart named '" + name + "'; charts: " + NAMES);
        };
    }

    /**
     * Builds every chart and writes it to {@code outDir} in each format, atomically, with its numbers
     * ({@code NAME.csv}) and the page of its engagements ({@code NAME-data.html}). Returns the files
     * written, chart by chart, PNG before SVG before PDF before the CSV and the page.
     *
     * @throws org.engagements.core.EngagementsException naming the file when one cannot be written
     */
    public static List<Path> writeAll(Dataset data, Path outDir, Set<Format> formats) {
        int threads = Math.min(WRITERS, Runtime.getRuntime().availableProcessors());
        if (threads < 2) {
            List<Path> written = new ArrayList<>();
            NAMES.forEach(name -> written.addAll(write(data, name, outDir, formats)));
            return written;
        }
        // Charts share nothing but the loaded (read-only) tables, so they are built and written on two
        // threads; each holds its own ids and images, so two at once stay well inside the memory the
        // loaded data takes. More threads would add memory, not speed, on the 2-core machines we measure.
        ExecutorService writers = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "write charts");
            thread.setDaemon(true);
            return thread;
        });
        try {
            Map<String, Future<List<Path>>> charts = new LinkedHashMap<>();
            // a chart missing from COSTLIEST_FIRST still runs, last
            Stream.concat(COSTLIEST_FIRST.stream(), NAMES.stream()).distinct().filter(NAMES::contains)
                    .forEach(name -> charts.put(name, writers.submit(() -> write(data, name, outDir, formats))));
            List<Path> written = new ArrayList<>();
            for (String name : NAMES) {
                written.addAll(result(charts.get(name)));
            }
            return written;
        } finally {
            writers.shutdownNow();
        }
    }

    /**
     * {@link #NAMES} in the order {@link #writeAll} starts them: the timeline (whose page quotes tens of
     * thousands of engagements at 10^6) and the issue charts (an engagement under several numbers)
     * first, so that a long chart does not start last and finish alone on one core.
     */
    private static final List<String> COSTLIEST_FIRST = List.of(
            "timeline", "issue-cooccurrence", "issues", "frequency-by-status", "host-side", "venues", "venue-map");

    /** How many charts {@link #writeAll} builds and writes at once, at most. */
    private static final int WRITERS = 2;

    /** One chart built and written: its images, then its CSV and page. */
    private static List<Path> write(Dataset data, String name, Path outDir, Set<Format> formats) {
        Chart<?, ?> chart = build(data, name);
        List<Path> written = new ArrayList<>(ChartExport.write(chart, outDir, name, formats));
        written.addAll(ChartExport.writeData(chart, outDir, name));
        return written;
    }

    /** The files a chart's task wrote, or the exception it failed with, as thrown on this thread. */
    private static List<Path> result(Future<List<Path>> chart) {
        try {
            return chart.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted while writing charts");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException("a chart failed: " + e.getCause(), e.getCause());
        }
    }
}
