package org.engagements.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Set;
import java.util.concurrent.Callable;
import org.engagements.data.write.DatasetContent;
import org.engagements.ingest.Review;
import org.engagements.ingest.evaluate.EvaluationSet;
import org.engagements.ingest.evaluate.ExtractorEvaluation;
import org.engagements.ingest.evaluate.Scorer;
import org.engagements.ingest.evaluate.SetIngest;
import org.engagements.ingest.evaluate.SetReport;
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
        if (set == null) {
            out.print(ExtractorEvaluation.run(DatasetContent.read(data.folder())).render(details));
        } else {
            String dataName = DataOption.name(data.folder());
            EvaluationSet evaluationSet = EvaluationSet.read(set, set.toString(), DatasetContent.read(data.folder()), dataName);
            SetIngest.Run run = SetIngest.run(evaluationSet, data.folder(), clock,
                    new Review(minConfidence, Set.of(), Set.of()));
            out.print(SetReport.render(Scorer.score(evaluationSet, run, dataName)));
        }
        out.flush();
        return 0;
    }
}
