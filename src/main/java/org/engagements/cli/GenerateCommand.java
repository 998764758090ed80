package org.engagements.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.engagements.synthetic.SyntheticData;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code engagements generate --engagements N [--seed S] --out DIR}: writes a synthetic data folder. */
@Command(name = "generate",
        mixinStandardHelpOptions = true,
        description = {"Writes a valid synthetic data folder of N engagements (articles, mentions, vocabularies) "
                + "for scale tests and benchmarks. The same N and seed give byte-identical files.",
            "The folder must be new or empty; it appears complete or not at all."})
final class GenerateCommand implements Callable<Integer> {
    @Option(names = "--engagements", paramLabel = "N", required = true, description = "How many engagements.")
    int engagements;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "The data folder to create: a new folder or an empty one.")
    Path out;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (engagements < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--engagements must be at least 1, not " + engagements);
        }
        long start = System.nanoTime();
        SyntheticData.Summary summary = SyntheticData.write(out, engagements, seed);
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.printf(Locale.ROOT, "%s: %,d articles, %,d engagements, %,d mentions (seed %d) in %.1f s%n", out,
                summary.articles(), summary.engagements(), summary.mentions(), seed, (System.nanoTime() - start) / 1e9);
        stdout.flush();
        return 0;
    }
}
