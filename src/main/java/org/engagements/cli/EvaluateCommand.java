package org.engagements.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.engagements.data.DatasetContent;
import org.engagements.ingest.Evaluation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code engagements evaluate [--data DIR] [--details]}: extracts every curated article from its text and
 * date alone and scores the result against the curated mentions: event precision, recall and F1, and
 * field accuracy over matched pairs, per article and overall.
 */
@Command(name = "evaluate",
        mixinStandardHelpOptions = true,
        description = "Score the extractor against the curated engagements and mentions.")
public final class EvaluateCommand implements Callable<Integer> {
    @Mixin
    DataOption data;

    @Option(names = "--details", description = "Also list missed engagements and unmatched candidates.")
    boolean details;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        out.print(Evaluation.run(DatasetContent.read(data.folder())).render(details));
        out.flush();
        return 0;
    }
}
