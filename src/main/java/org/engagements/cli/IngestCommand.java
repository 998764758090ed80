package org.engagements.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
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
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code engagements ingest ARTICLE|FOLDER --published DATE --outlet NAME [--title T] [--url U] [--data DIR]
 * [--apply]}: proposes the changes an article brings (new article row, new and updated engagements with
 * their quotes, unknown names) and, with {@code --apply}, writes them after validating the result. A
 * folder holds {@code .txt} articles and {@code metadata.csv}; all its articles are written together.
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

    @Option(names = "--apply", description = "Write the changes (default: only show them).")
    boolean apply;

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
        DatasetWriter writer = DatasetWriter.of(dataFolder);   // notes the folder before it is read
        DatasetContent content = DatasetContent.read(dataFolder);
        boolean added = false;
        List<ArticleInput> inputs = inputs();
        Progress progress = Progress.printing("Articles", inputs.size(), spec.commandLine().getErr(), clock);
        for (ArticleInput input : inputs) {
            IngestPlan plan = Ingester.plan(content, input);
            out.print(PlanReport.render(plan, folder));
            content = plan.result();
            added |= plan.outcome() == IngestPlan.Outcome.ADDED;
            progress.step();
        }
        progress.done();
        int code = added ? finish(writer, content, folder, out) : 0;
        out.flush();
        return code;
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
