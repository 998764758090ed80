package org.engagements.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The options {@code run} and {@code report} share: which notebooks, how to run them, with what. */
final class NotebookOptions {
    @Parameters(paramLabel = "NOTEBOOK|DIR", arity = "0..*",
            description = "Notebooks or folders of them (default: every *.jsh in notebooks/, sorted).")
    List<Path> targets = new ArrayList<>();

    @Option(names = {"-p", "--parameter"}, paramLabel = "NAME=VALUE",
            description = {"Sets a parameter (repeatable). The notebook's cell tagged \"parameters\" declares it "
                + "with a default; the value is parsed as that declaration's type: String, int, long, double, "
                + "boolean or LocalDate (yyyy-MM-dd). Injected as a cell tagged \"injected-parameters\" after it."})
    List<String> parameters = new ArrayList<>();

    /** The data folder notebooks load with {@code Engagements.load()}; reports list its files' SHA-256. */
    @Mixin
    DataOption data;

    @Option(names = "--continue-on-error", description = "Run the remaining cells after a failing one.")
    boolean continueOnError;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "120",
            converter = CellTimeLimit.Positive.class,
            description = "Time limit of one cell, in seconds, from 0.001 to a week (default: ${DEFAULT-VALUE}).")
    Duration timeout;

    @Option(names = {"-j", "--jobs"}, paramLabel = "N",
            description = "How many notebooks run at once, each in its own JVM (default: the number of "
                + "processors, at most " + NotebookBatch.MAX_DEFAULT_JOBS + "). Progress and outputs come in "
                + "notebook order either way; use 1 when a notebook reads what an earlier one writes.")
    Integer jobs;

    @Option(names = "--timestamps",
            description = "Record when each cell started and ended in the executed notebooks (.ipynb), as "
                + "nbclient does; without it the same outputs give the same file.")
    boolean timestamps;

    @Option(names = "--force",
            description = "Run every notebook, even one whose inputs (source, parameters, data files, "
                + "declared inputs, engagements code and JDK) are unchanged since its last successful run "
                + "and whose outputs would otherwise be reused.")
    boolean force;

    /** Whether any parameter was given with {@code -p}. */
    boolean withParameters() {
        return !parameters.isEmpty();
    }

    /**
     * Checks these options and the command's own before anything runs or is written ({@code --timeout}
     * is checked earlier still, as picocli converts it).
     *
     * @param more the command's problems with its other options, such as {@code --out}
     * @throws OptionException listing every problem, when there is any
     */
    void requireValid(List<Optional<String>> more) {
        List<String> problems = new ArrayList<>();
        if (jobs != null && jobs < 1) {
            problems.add("--jobs must be at least 1, not " + jobs);
        }
        data.findProblem().ifPresent(problems::add);
        more.forEach(problem -> problem.ifPresent(problems::add));
        if (!problems.isEmpty()) {
            throw new OptionException(problems);
        }
    }
}
