package org.engagements.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.engagements.data.write.DatasetContent;
import org.engagements.data.write.DatasetWriter;
import org.engagements.data.Problem;
import org.engagements.display.Progress;
import org.engagements.ingest.ArticleInput;
import org.engagements.ingest.ArticleReader;
import org.engagements.ingest.IngestException;
import org.engagements.ingest.IngestPlan;
import org.engagements.ingest.Ingester;
import org.engagements.ingest.MetadataFile;
import org.engagements.ingest.PlanReport;
import org.engagements.ingest.Review;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code engagements ingest ARTICLE|FOLDER --published DATE --outlet NAME [--title T] [--url U] [--data DIR]
 * [--apply] [--min-confidence X] [--accept ID,…] [--reject ID,…]}: proposes the changes an article brings
 * (new article row, new and updated engagements with their quotes and confidence, unknown names), each
 * with an id ({@code p1}, …), and, with {@code --apply}, writes those the review passes after validating
 * the result. A folder holds {@code .txt} articles and {@code metadata.csv}; all its articles are written
 * together, and an id given that names no proposal stops the run before anything is written.
 * A folder that takes more than a second shows its progress on standard error, a line a second.
 */
@Command(name = "ingest",
        mixinStandardHelpOptions = true,
        description = {"Propose the engagements an article reports; write them with --apply.",
            "ARTICLE is a UTF-8 .txt file, or a folder of them with metadata.csv (file,published,outlet,title,url)."})
public final class IngestCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "ARTICLE", description = "An article .txt file, or a folder of them.")
    Path source;

    @Option(names = "--published", paramLabel = "YYYY-MM-DD", converter = DateConverter.class,
            description = "Publication date (required for a single article).")
    LocalDate published;

    @Option(names = "--outlet", paramLabel = "NAME", description = "The news outlet (required for a single article).")
    String outlet;

    @Option(names = "--title", paramLabel = "T", description = "The headline (default: the first line).")
    String title;

    @Option(names = "--url", paramLabel = "U", description = "Where the article was read.")
    String url;

    @Mixin
    DataOption data;

    @Option(names = "--apply", description = "Write the proposals the review passes (default: only show them).")
    boolean apply;

    @Option(names = "--min-confidence", paramLabel = "X", defaultValue = "0.5",
            description = {"Write only proposals whose confidence (0 to 1, shown for each) is at least X "
                    + "(default: ${DEFAULT-VALUE}). Confidence adds up what the article states: both sides "
                    + "named, an exact date, a status cue, a venue, and a match with an engagement already in "
                    + "the data; see docs/review.md."})
    double minConfidence;

    @Option(names = "--accept", paramLabel = "ID", split = ",",
            description = "Write these proposals (p1,p3) whatever their confidence.")
    List<String> accept = List.of();

    @Option(names = "--reject", paramLabel = "ID", split = ",",
            description = "Never write these proposals, nor their mentions.")
    List<String> reject = List.of();

    @Spec
    CommandSpec spec;

    private final Clock clock;

    /** With the system clock: "today" is the real date. */
    public IngestCommand() {
        this(Clock.systemUTC());
    }

    public IngestCommand(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Path dataFolder = data.folder();
        String folder = DataOption.name(dataFolder);
        Review review = new Review(minConfidence, ids(accept), ids(reject));
        DatasetWriter writer = DatasetWriter.of(dataFolder);   // notes the folder before it is read
        DatasetContent content = DatasetContent.read(dataFolder);
        List<ArticleInput> inputs = inputs();
        StringBuilder report = new StringBuilder();          // shown only once the ids given are known
        List<String> proposals = new ArrayList<>();
        boolean added = false;
        // One article is its own progress; a bar for it would only be noise on a slow machine.
        PrintWriter progressOut = inputs.size() > 1 ? spec.commandLine().getErr()
                : new PrintWriter(java.io.Writer.nullWriter());
        Progress progress = Progress.printing("Articles", inputs.size(), progressOut, clock);
        for (ArticleInput input : inputs) {
            IngestPlan plan = Ingester.plan(content, input, review, proposals.size() + 1);
            report.append(PlanReport.render(plan, folder, review));
            plan.proposals().forEach(p -> proposals.add(p.id()));
            content = plan.result();
            added |= plan.outcome() == IngestPlan.Outcome.ADDED;
            progress.step();
        }
        progress.done();
        requireKnown(review, proposals);
        out.print(report);
        if (!added && !proposals.isEmpty()) {
            out.println("nothing to write: no proposal passes the review (--min-confidence "
                    + review.thresholdText() + "; --accept writes one below it)");
        }
        int code = added ? finish(writer, content, folder, out) : 0;
        out.flush();
        return code;
    }

    private static Set<String> ids(List<String> given) {
        return given.stream().map(String::strip).filter(id -> !id.isEmpty()).collect(Collectors.toSet());
    }

    /**
     * Every id given to --accept and --reject names a proposal of this run; otherwise nothing is written.
     * The ids are p1 to pN without gaps, so a long run names only the first and the last.
     */
    private static void requireKnown(Review review, List<String> proposals) {
        List<String> unknown = new ArrayList<>(unknown("--accept", review.accept(), proposals));
        unknown.addAll(unknown("--reject", review.reject(), proposals));
        if (!unknown.isEmpty()) {
            throw new IngestException(String.join(", ", unknown) + ": no such proposal in this run; "
                    + (proposals.isEmpty() ? "it has none" : "its proposals are " + (proposals.size() <= 5
                    ? String.join(", ", proposals) : proposals.get(0) + " to " + proposals.get(proposals.size() - 1)))
                    + "; nothing written");
        }
    }

    private static List<String> unknown(String option, Set<String> ids, List<String> proposals) {
        return ids.stream().filter(id -> !proposals.contains(id)).sorted().map(id -> option + " " + id).toList();
    }

    private List<ArticleInput> inputs() {
        ArticleReader reader = new ArticleReader(clock);
        if (Files.isDirectory(source)) {
            List<ArticleInput> inputs = new ArrayList<>();
            for (MetadataFile.Entry entry : MetadataFile.read(source, source.toString())) {
                inputs.add(reader.read(source.resolve(entry.file()), source + "/" + entry.file(), entry.metadata()));
            }
            return inputs;
        }
        if (published == null || outlet == null) {
            throw new IngestException(source + ": expected --published YYYY-MM-DD and --outlet NAME for a single "
                    + "article (a folder takes them from " + MetadataFile.NAME + ")");
        }
        return List.of(reader.read(source, source.toString(), new ArticleReader.Metadata(published, outlet, title, url,
                "stated: given to ingest with --published and --outlet")));
    }

    /** Writes with --apply; otherwise checks that the result would validate, and says how to apply it. */
    private int finish(DatasetWriter writer, DatasetContent content, String folder, PrintWriter out) {
        if (apply) {
            List<String> written = writer.write(content);
            out.println(written.isEmpty() ? "nothing to write" : "wrote " + String.join(", ",
                    written.stream().map(f -> folder + "/" + f).toList()));
            return 0;
        }
        List<Problem> problems = writer.check(content);
        if (!problems.isEmpty()) {
            out.println("the changes would not pass validation, so they cannot be applied:");
            problems.forEach(p -> out.println("  " + p.message()));
            return 1;
        }
        out.println("dry run: nothing written; run again with --apply to write these changes");
        return 0;
    }

    /** Reads an option value as an ISO date, with a message that says what was expected. */
    static final class DateConverter implements CommandLine.ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                throw new CommandLine.TypeConversionException("expected a date yyyy-MM-dd, found \"" + value + "\"");
            }
        }
    }
}
