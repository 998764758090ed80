package org.engagements.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.engagements.data.DataValidationException;
import org.engagements.data.DataCounts;
import org.engagements.data.DatasetLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code engagements validate [--data DIR]}: checks the data folder. Exit 0 with a one-line summary when
 * the data is good; exit 1 with every problem, one per line, and a count when it is not.
 */
@Command(name = "validate",
        mixinStandardHelpOptions = true,
        description = "Check the data folder: files, headers, cell types and cross-references.")
public final class ValidateCommand implements Callable<Integer> {
    @Mixin
    DataOption data;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try {
            Path folder = data.folder();
            // counted, not loaded: validate reports the data's problems and size, never its tables
            DataCounts counts = DatasetLoader.recoverAndCount(folder);
            out.println(summary(DataOption.name(folder), counts));
            return 0;
        } catch (DataValidationException e) {
            e.report().forEach(out::println);
            out.println(e.summary());
            return 1;
        } finally {
            out.flush();
        }
    }

    static String summary(String name, DataCounts counts) {
        return name + ": OK — " + counts.articles() + " articles, "
                + counts.engagements() + " engagements, "
                + counts.mentions() + " mentions, "
                + counts.people() + " people, "
                + counts.places() + " places, "
                + counts.issues() + " issues";
    }
}
