package org.engagements.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.List;
import org.engagements.core.EngagementsException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The only entry point: `./engagements SUBCOMMAND ...`. */
@Command(name = "engagements",
        mixinStandardHelpOptions = true,
        version = "engagements 0.1.0",
        description = "US–China diplomatic engagements: dataset, analyses, charts and notebooks.")
public final class Main implements Runnable {
    /**
     * The subcommands, in the order the usage lists them. Added by {@link #subcommandsFor} rather than
     * named in the annotation: picocli builds the model of every subcommand it is given by reflection,
     * about 0.1 s of a cold start, and a command line that names one needs only that one.
     */
    private static final List<Class<?>> SUBCOMMANDS = List.of(
            CommandLine.HelpCommand.class,
            RunCommand.class,
            ReportCommand.class,
            NotebookCommand.class,
            ShellCommand.class,
            ValidateCommand.class,
            ChartsCommand.class,
            KernelCommand.class,
            IngestCommand.class,
            EvaluateCommand.class,
            VocabCommand.class,
            GenerateCommand.class);

    @Option(names = "--debug", scope = CommandLine.ScopeType.INHERIT,
            description = "Print stack traces with error messages.")
    boolean debug;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        System.exit(execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line and returns the exit code; tests call this instead of {@link #main}. */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        return execute(args, out, err, Clock.systemUTC());
    }

    /** As {@link #execute(String[], PrintWriter, PrintWriter)}, with "today" from the given clock. */
    public static int execute(String[] args, PrintWriter out, PrintWriter err, Clock clock) {
        return execute(args, out, err, factory(clock));
    }

    /** Runs the command line with commands made by {@code factory}: tests give commands a fixed clock. */
    static int execute(String[] args, PrintWriter out, PrintWriter err, CommandLine.IFactory factory) {
        CommandLine commandLine = new CommandLine(new Main(), factory);
        subcommandsFor(args).forEach(commandLine::addSubcommand);
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler((exception, line, parsed) -> {
            boolean debug = java.util.Arrays.asList(args).contains("--debug");
            if (exception instanceof EngagementsException) {
                line.getErr().println("error: " + exception.getMessage());
            } else {
                line.getErr().println("internal error (a bug in engagements, please report it): " + exception);
            }
            if (debug) {
                exception.printStackTrace(line.getErr());
            } else if (!(exception instanceof EngagementsException)) {
                line.getErr().println("run again with --debug for the stack trace");
            }
            line.getErr().flush();
            return 1;
        });
        commandLine.setParameterExceptionHandler((exception, parsedArgs) -> {
            CommandLine failed = exception.getCommandLine();
            failed.getErr().println("error: " + exception.getMessage());
            failed.getErr().println("see '" + failed.getCommandSpec().qualifiedName() + " --help'");
            failed.getErr().flush();
            return 1;
        });
        return commandLine.execute(args);
    }

    /** The command line with every subcommand, as its usage shows them; tests read its model. */
    static CommandLine withAllSubcommands() {
        CommandLine commandLine = new CommandLine(new Main());
        SUBCOMMANDS.forEach(commandLine::addSubcommand);
        return commandLine;
    }

    /**
     * The subcommand the first argument names, if it names one other than {@code help} (which looks
     * the others up); else all of them, for the usage, {@code help} and the error for an unknown one.
     */
    static List<Class<?>> subcommandsFor(String[] args) {
        if (args.length > 0) {
            for (Class<?> command : SUBCOMMANDS) {
                if (command != CommandLine.HelpCommand.class
                        && command.getAnnotation(Command.class).name().equals(args[0])) {
                    return List.of(command);
                }
            }
        }
        return SUBCOMMANDS;
    }

    /** Creates commands, giving those that need "today" the clock. */
    private static CommandLine.IFactory factory(Clock clock) {
        CommandLine.IFactory defaults = CommandLine.defaultFactory();
        return new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> type) throws Exception {
                if (type == IngestCommand.class) {
                    return type.cast(new IngestCommand(clock));
                }
                if (type == RunCommand.class) {
                    return type.cast(new RunCommand(clock));
                }
                if (type == ReportCommand.class) {
                    return type.cast(new ReportCommand(clock));
                }
                if (type == EvaluateCommand.class) {
                    return type.cast(new EvaluateCommand(clock));
                }
                return defaults.create(type);
            }
        };
    }
}
