package org.engagements.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.engagements.data.write.DatasetContent;
import org.engagements.ingest.Review;
import org.engagements.ingest.evaluate.EvaluationSet;
import org.engagements.ingest.evaluate.ExtractorEvaluation;
import org.engagements.ingest.evaluate.Scorer;
import org.engagements.ingest.evaluate.SetIngest;
import org.engagements.ingest.evaluate.SetReport;
import org.engagements.ingest.evaluate.SetScore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code engagements evaluate [--data DIR] [--details]}: extracts every curated article from its text and
 * date alone and scores the result against the curated mentions: event precision, recall and F1, and
 * field accuracy over matched pairs, per article and overall.
 *
 * <p>{@code engagements evaluate --set SET [--data DIR]}: ingests every article of an evaluation set
 * (real articles with hand-coded gold rows, {@code docs/coding-guide.md}) one after another into a
 * scratch copy of the data folder, as {@code ingest --apply} would, and scores what it left against the
 * gold: engagement and report precision, recall and F1, field accuracy on matched rows, duplicates, and
 * every miss and spurious row with the sentence behind it. The data folder is not changed.
 */
@Command(name = "evaluate",
        mixinStandardHelpOptions = true,
        description = {"Score the extractor against the curated engagements and mentions.",
            "With --set SET, score the whole ingest pipeline on an evaluation set of hand-coded articles."})
public final class EvaluateCommand implements Callable<Integer> {
    @Mixin
    DataOption data;

    @Option(names = "--details",
            description = "Also list missed engagements and unmatched candidates (--set always lists them).")
    boolean details;

    @Option(names = "--set", paramLabel = "SET",
            description = "An evaluation set folder (articles.csv, articles/, gold.csv), e.g. eval/dev.")
    Path set;

    @Option(names = "--min-confidence", paramLabel = "X", defaultValue = "0",
            description = "With --set: write only the proposals whose confidence is at least X, as ingest --apply "
                    + "does with the same option (default: 0, every proposal: what the extractor finds; ingest's "
                    + "default is 0.5).")
    double minConfidence;

    @Option(names = "--thresholds", paramLabel = "X,…", split = ",",
            description = "With --set: score the set once per review threshold and print one line for each "
                    + "(rows written, precision, recall, F1, duplicates, status), to choose --min-confidence "
                    + "for ingest --apply, e.g. 0,0.3,0.5,0.7.")
    List<Double> thresholds;

    @Spec
    CommandSpec spec;

    private final Clock clock;

    /** With the system clock: no article of a set may be published after today. */
    public EvaluateCommand() {
        this(Clock.systemUTC());
    }

    public EvaluateCommand(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (set == null && thresholds != null) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--thresholds needs --set: expected an evaluation set folder to score");
        }
        if (thresholds != null && minConfidence != 0) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--thresholds and --min-confidence: expected one of them, --thresholds scores each of its values");
        }
        if (set == null) {
            out.print(ExtractorEvaluation.run(DatasetContent.read(data.folder())).render(details));
        } else {
            String dataName = DataOption.name(data.folder());
            EvaluationSet evaluationSet = EvaluationSet.read(set, set.toString(), DatasetContent.read(data.folder()), dataName);
            if (thresholds != null) {
                List<Review> reviews = thresholds.stream().map(x -> new Review(x, Set.of(), Set.of())).toList();
                List<SetScore> scores = reviews.stream().map(review -> Scorer.score(evaluationSet,
                        SetIngest.run(evaluationSet, data.folder(), clock, review), dataName)).toList();
                out.print(SetReport.renderThresholds(scores));
            } else {
                SetIngest.Run run = SetIngest.run(evaluationSet, data.folder(), clock,
                        new Review(minConfidence, Set.of(), Set.of()));
                out.print(SetReport.render(Scorer.score(evaluationSet, run, dataName)));
            }
        }
        out.flush();
        return 0;
    }
}
