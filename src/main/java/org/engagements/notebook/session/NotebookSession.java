package org.engagements.notebook.session;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import jdk.jshell.DeclarationSnippet;
import jdk.jshell.Diag;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.spi.ExecutionControl;
import org.engagements.core.EngagementsException;
import org.engagements.notebook.Cell;
import org.engagements.notebook.CellOutput;
import org.engagements.notebook.CellResult;
import org.engagements.notebook.CellStatus;
import org.engagements.notebook.StreamName;
import org.engagements.notebook.engine.Agent;
import org.engagements.notebook.engine.ForkedEngine;
import org.engagements.notebook.engine.ForkedJvm;
import org.engagements.notebook.javadoc.LibrarySources;

/**
 * A JShell whose snippets run in a JVM of their own, fed one cell at a time; the state (variables,
 * methods, classes) carries from cell to cell. Both the command-line runner and the Jupyter kernel
 * run cells through this class.
 *
 * <p>Engine: {@link ForkedEngine}, a plain child JVM ({@link SessionOptions#STANDARD_JVM_OPTIONS}).
 * A cell that calls {@code System.exit}, exhausts the heap or loops forever cannot harm the host or
 * the other notebooks of a run. JShell's default JDI engine is as isolated but slower per snippet
 * (docs/jupyter.md); its in-process local engine is not isolated. {@code bench/kernel-roundtrip.py}
 * and {@code bench/end-to-end.sh} measure a cell's cost.
 *
 * <p>JShell compiles each snippet against an import of every definition the session holds, and lists
 * the class of every snippet compiled so far (the notebook's JVM cannot redefine a class, so each
 * new version is a class of its own), so a cell costs more as the session grows. The variables that
 * hold the cells' values are dropped once shown ({@link CellValue}), so at least they are not
 * imported by every later cell.
 * That is why an expression or a statement that declares nothing takes the direct path
 * ({@link DirectCells}): compiled here, importing only the definitions it names, and run through the
 * same engine; anything else, and anything that path does not reproduce exactly, is JShell's.
 *
 * <p>Rich output: {@code display(x)} and the value of a cell's last expression are rendered in the
 * notebook's JVM and reach the host as {@link org.engagements.display.DisplayFrame}s on standard
 * output, in order with the printed text (see {@link OutputRouter}); so do updates of a display,
 * clearing the output, and requests for a line of input, which the cell's {@link InputSource}
 * answers (see {@link InputRelay}).
 *
 * <p>Not thread safe, except {@link #interrupt()}: one thread runs cells (and asks {@link #sourceAssist()});
 * outputs reach the sink on JShell's reader thread.
 */
public final class NotebookSession implements AutoCloseable {
    /** How long a cell past its limit, or interrupted, has to stop when asked before its JVM is ended. */
    public static final Duration STOP_GRACE = Duration.ofSeconds(5);
    /**
     * How many characters a cell's printed text (both streams together) may have, and the plain text of
     * its result; the rest is dropped with a note (see {@link OutputCollector}). A million characters is
     * about 15,000 lines of 64, far more than anyone reads in a notebook, and small enough for a front
     * end and an HTML page.
     */
    public static final int OUTPUT_TEXT_LIMIT = 1_000_000;
    /**
     * How many characters a cell's displayed values may have, all representations together (a report
     * chart is about 150,000 as base64 PNG): room for a hundred charts, the rest dropped with a note.
     * The other forms of the cell's result (its HTML, an image) count too.
     */
    public static final long OUTPUT_DISPLAY_LIMIT = 20_000_000;

    private static final InputSource NO_INPUT = InputSource.none(InputSource.BATCH_REASON);
    private static final String INTERRUPTED_WHILE_READING = "the cell was interrupted while it waited for input";

    private final SessionOptions options;
    private final ForkedEngine engine;
    private final OutputRouter router;
    private final InputRelay input;
    private final Watchdog watchdog = new Watchdog();
    private final CellErrors errors;
    private final List<Snippet> cellValues = new ArrayList<>();   // of the running cell, dropped as it ends
    private JShell jshell;
    private Optional<CompiledClasses> compiledClasses = Optional.empty();
    private Optional<DirectCells> directCells = Optional.empty();
    private Optional<Path> classPathEntry = Optional.empty();   // one entry of JShell's class path
    private LibrarySources librarySources = LibrarySources.none();   // Javadoc for inspection
    private SnippetSplitter splitter;
    private volatile boolean engineGone;
    private volatile boolean interruptRequested;   // by interrupt(), for the cell running now
    private volatile Watchdog.Guard watching;      // the guard of the evaluation running now, if any
    private int executionCount;
    private int valueCount;                        // CellValue variables declared so far
    private boolean classesReplaced;               // by a snippet of the running cell (CompiledClasses)
    private Duration cellLimit;                    // the time limit of the cell running now
    private Optional<ClassDataArchive.Recording> recording = Optional.empty();

    private NotebookSession(SessionOptions options, String origin, ForkedEngine engine) {
        this.options = options;
        this.engine = engine;
        this.input = new InputRelay(answer -> engine.jvm().ifPresent(jvm -> jvm.answerInput(answer)));
        this.router = new OutputRouter(input);
        this.errors = new CellErrors(origin);
    }

    /**
     * Starts a JVM and a JShell with the standard startup and {@code options.startup()}; messages
     * name cells as {@code origin, cell 3, line 2}.
     *
     * @throws EngagementsException if the JVM cannot start or a startup snippet fails
     */
    public static NotebookSession start(SessionOptions options, String origin) {
        CompletableFuture.runAsync(SnippetSplitter::shared);   // warms the compiler while the JVM boots
        String token = HexFormat.of().formatHex(new SecureRandom().generateSeed(12));
        NotebookSession session = new NotebookSession(options, origin, new ForkedEngine());
        session.open(token);
        return session;
    }

    private void open(String token) {
        ClassPath classPath = ClassPath.ofRunningJvm().plus(options.extraClassPath());
        classPathEntry = classPath.entries().stream().findFirst();
        librarySources = LibrarySources.forClassPath(classPath.entries());
        List<String> jvmOptions = new ArrayList<>(SessionOptions.STANDARD_JVM_OPTIONS);
        jvmOptions.addAll(List.of("--class-path", classPath.toString(),
                "-D" + Agent.CHANNEL_PROPERTY + "=" + token));
        jvmOptions.addAll(options.jvmOptions());
        Optional<ClassDataArchive.Plan> plan = options.classData().map(archive -> archive.plan(classPath));
        plan.ifPresent(sharing -> jvmOptions.addAll(sharing.vmOptions()));
        recording = plan.flatMap(ClassDataArchive.Plan::recording);
        try {
            jshell = JShell.builder()
                    .in(InputStream.nullInputStream())
                    .out(stream(new OutputChannel(StreamName.STDOUT, token, router)))
                    .err(stream(new OutputChannel(StreamName.STDERR, null, router)))
                    .executionEngine(engine, ForkedEngine.parameters(options.directory()))
                    .remoteVMOptions(jvmOptions.toArray(String[]::new))
                    .fileManager(SteadyFileManager::new)
                    .build();
            // Not as a compiler option: JShell passes those to every compilation, and javac indexes
            // the class path again each time it is given one.
            jshell.addToClasspath(classPath.toString());
        } catch (IllegalStateException e) {
            watchdog.close();
            throw new EngagementsException("cannot start the notebook's JVM: " + rootMessage(e), e);
        }
        jshell.onShutdown(closed -> engineGone = true);
        compiledClasses = CompiledClasses.of(jshell);
        splitter = SnippetSplitter.shared();
        try {
            runStartup();
            engine.awaitStart().ifPresent(failure -> {
                throw notStarted(failure);
            });
        } catch (EngagementsException e) {
            close();
            throw e;
        }
        directCells = DirectCells.of(jshell);   // after the startup, whose messages must stay JShell's
    }

    private static EngagementsException notStarted(Throwable failure) {
        return new EngagementsException("cannot start the notebook's JVM: " + rootMessage(failure), failure);
    }

    private static PrintStream stream(OutputChannel channel) {
        return new PrintStream(channel, true, StandardCharsets.UTF_8);
    }

    /**
     * Runs the startup snippets, each under the longer of the cell limit and
     * {@link SessionOptions#DEFAULT_CELL_TIMEOUT}: the first imports load Tablesaw and XChart, which
     * takes seconds on a busy machine, and a short {@code --timeout} is meant for the notebook's cells.
     */
    private void runStartup() {
        Cell startup = Cell.code(1, "startup", "");
        Duration startupLimit = options.cellTimeout().compareTo(SessionOptions.DEFAULT_CELL_TIMEOUT) > 0
                ? options.cellTimeout() : SessionOptions.DEFAULT_CELL_TIMEOUT;
        for (String snippet : Startup.snippets(options.startup())) {
            CellResult result = execute(startup.withSource(snippet), OutputSink.NONE, NO_INPUT, startupLimit);
            if (!result.isOk()) {
                close();
                throw new EngagementsException("session startup failed at \"" + snippet + "\": "
                        + result.findError().map(CellOutput.Error::evalue).orElse(result.status().label()));
            }
        }
        executionCount = 0;
        errors.forget();
    }

    /**
     * Runs a code cell: its snippets in order until one fails, then the display of the last
     * expression's value. Outputs go to {@code sink} as they happen and into the result. Reads of
     * standard input fail with {@link InputSource#BATCH_REASON}.
     *
     * @throws IllegalStateException if the session has ended (see {@link #isAlive()})
     */
    public CellResult execute(Cell cell, OutputSink sink) {
        return execute(cell, sink, NO_INPUT, options.cellTimeout());
    }

    /** {@link #execute(Cell, OutputSink)}, with the cell's reads of standard input answered by {@code input}. */
    public CellResult execute(Cell cell, OutputSink sink, InputSource input) {
        return execute(cell, sink, input, options.cellTimeout());
    }

    private CellResult execute(Cell cell, OutputSink sink, InputSource source, Duration timeLimit) {
        if (!cell.isCode()) {
            throw new IllegalArgumentException("cell " + cell.number() + " is " + cell.kind() + ", not code");
        }
        if (!isAlive()) {
            throw new IllegalStateException("the session has ended; start a new one");
        }
        int count = ++executionCount;
        interruptRequested = false;
        cellLimit = timeLimit;
        OutputCollector collector = new OutputCollector(sink, count, OUTPUT_TEXT_LIMIT, OUTPUT_DISPLAY_LIMIT);
        Instant start = options.clock().instant();
        router.route(collector);
        input.open(source);
        CellStatus status;
        try {
            status = run(cell, collector, System.nanoTime() + timeLimit.toNanos());
        } finally {
            input.close();
            router.route(null);
            dropCellValues();
            forgetReplacedClasses();
        }
        Duration duration = Duration.between(start, options.clock().instant());
        return new CellResult(cell, status, collector.outputs(), start, duration, count);
    }

    private CellStatus run(Cell cell, OutputCollector collector, long deadline) {
        List<SourceSnippet> snippets = SourceSnippet.joinImports(splitter.split(cell.source()));
        Evaluation last = null;
        Optional<DirectCells.Prepared> direct = Optional.empty();
        for (int i = 0; i < snippets.size(); i++) {
            SourceSnippet snippet = snippets.get(i);
            boolean showsValue = i == snippets.size() - 1 && !CellValue.endsWithSemicolon(snippet.source());
            direct = prepareDirect(snippet, showsValue);
            if (direct.isPresent()) {
                last = runDirect(cell, snippet, direct.get(), deadline);
            } else {
                last = showsValue ? evaluateValue(cell, snippet, deadline) : evaluate(cell, snippet, deadline);
            }
            if (last.failure().isPresent()) {
                collector.add(last.failure().get());
                return last.status();
            }
        }
        if (direct.isPresent()) {
            return direct.get().value() ? showDirectResult(cell, last.source(), direct.get(), deadline, collector)
                    : CellStatus.OK;
        }
        Optional<String> shown = last == null || CellValue.endsWithSemicolon(last.source().source())
                ? Optional.empty() : CellValue.nameOf(last.snippet());
        if (shown.isPresent()) {
            Evaluation result = showResult(cell, last.source(), deadline, CellErrors.Thrown::of);
            if (result.status() == CellStatus.ERROR) {
                result = showResultAsSnippet(cell, last.source(), shown.get(), deadline);
            }
            result.failure().ifPresent(collector::add);
            return result.status();
        }
        return CellStatus.OK;
    }

    private Evaluation evaluate(Cell cell, SourceSnippet source, long deadline) {
        Attempt attempt = attempt(cell, source, source.source(), deadline);
        attempt.event().filter(e -> e.status().isDefined() && CellValue.isTemporary(e.snippet()))
                .ifPresent(e -> cellValues.add(e.snippet()));
        return attempt.ended().orElseGet(() -> judge(cell, source, attempt.event().orElseThrow()));
    }

    /**
     * Evaluates the snippet whose value the cell shows, declared as a {@link CellValue} when it
     * compiles so, which saves JShell a compilation; otherwise as written.
     */
    private Evaluation evaluateValue(Cell cell, SourceSnippet source, long deadline) {
        String name = CellValue.name(++valueCount);
        Optional<String> declaration = CellValue.declaration(source.source(), name);
        if (declaration.isEmpty()) {
            return evaluate(cell, source, deadline);
        }
        Attempt attempt = attempt(cell, source, declaration.get(), deadline);
        attempt.event().filter(e -> e.status().isActive()).ifPresent(e -> cellValues.add(e.snippet()));
        if (attempt.ended().isPresent()) {
            return attempt.ended().get();
        }
        SnippetEvent event = attempt.event().orElseThrow();
        if (event.status() == Snippet.Status.VALID) {
            return judge(cell, source, event);
        }
        if (ClassFileLimit.reachedBy(jshell.diagnostics(event.snippet()).filter(Diag::isError).toList())) {
            SourceSnippet shifted = new SourceSnippet(declaration.get(), source.line(),
                    source.column() - CellValue.prefix(name).length());     // the error's column in the cell
            return notDefined(cell, shifted, event.snippet(), event.status());
        }
        if (cellValues.remove(event.snippet())) {
            drop(event.snippet());    // or JShell would complete it once its missing names are declared
        }
        return evaluate(cell, source, deadline);
    }

    /** What JShell made of one evaluation: its event, if any, and how the cell ended, if it did. */
    private record Attempt(Optional<SnippetEvent> event, Optional<Evaluation> ended) {
        static Attempt ended(Optional<SnippetEvent> event, Evaluation evaluation) {
            return new Attempt(event, Optional.of(evaluation));
        }
    }

    /** Evaluates {@code code}, the text JShell is given for {@code source}, within the cell's time. */
    private Attempt attempt(Cell cell, SourceSnippet source, String code, long deadline) {
        Optional<Duration> remaining = remaining(deadline);
        if (remaining.isEmpty() || interruptRequested) {
            return Attempt.ended(Optional.empty(),
                    remaining.isEmpty() ? timedOut(cell, source, false) : interrupted(cell, source, false));
        }
        List<SnippetEvent> events = List.of();
        Optional<Evaluation> interrupted;
        String fault = "JShell reported nothing for this snippet";
        try (Watchdog.Guard guard = watch(remaining.get())) {
            try {
                events = jshell.eval(code);
            } catch (IllegalStateException closedMeanwhile) {
                engineGone = true;
            } catch (RuntimeException jshellFault) {
                fault = "JShell failed on this snippet: " + jshellFault;
            }
            interrupted = interruption(cell, source, guard);
        }
        events.forEach(this::forgetIfUnnamable);
        Optional<SnippetEvent> event = events.stream().filter(e -> e.causeSnippet() == null).findFirst();
        event.ifPresent(e -> errors.remember(e.snippet().id(), cell, source));
        if (interrupted.isPresent()) {
            return Attempt.ended(event, interrupted.get());
        }
        if (event.isEmpty()) {
            return Attempt.ended(event, Evaluation.failed(source, CellStatus.ERROR, errors.engineError(cell, source, fault)));
        }
        return new Attempt(event, Optional.empty());
    }

    /**
     * The snippet compiled for the direct path, if it takes it (see {@link DirectCells}): the value
     * the cell shows when it may be an expression ({@link CellValue#declaration}), else a statement.
     */
    private Optional<DirectCells.Prepared> prepareDirect(SourceSnippet snippet, boolean showsValue) {
        if (directCells.isEmpty() || interruptRequested || engineGone) {
            return Optional.empty();
        }
        boolean value = showsValue && CellValue.declaration(snippet.source(), CellValue.name(0)).isPresent();
        return directCells.get().prepare(snippet.source(), value);
    }

    /** Runs a snippet compiled for the direct path, as {@link #attempt} and {@link #judge} would in JShell. */
    private Evaluation runDirect(Cell cell, SourceSnippet source, DirectCells.Prepared prepared, long deadline) {
        Optional<Duration> remaining = remaining(deadline);
        if (remaining.isEmpty() || interruptRequested) {
            return remaining.isEmpty() ? timedOut(cell, source, false) : interrupted(cell, source, false);
        }
        errors.remember(prepared.id(), cell, source);
        try (Watchdog.Guard guard = watch(remaining.get())) {
            Optional<CellOutput.Error> thrown = Optional.empty();
            try {
                engine.run(prepared.classes(), prepared.className());
            } catch (ExecutionControl.UserException | ExecutionControl.ResolutionException e) {
                thrown = Optional.of(errors.exception(cell, source, CellErrors.Thrown.of(
                        directCells.orElseThrow().translate(e, prepared, false), this::missingDependencies)));
            } catch (ExecutionControl.EngineTerminationException e) {
                engineGone = true;
            } catch (ExecutionControl.ExecutionControlException e) {
                if (!guard.fired()) {
                    thrown = Optional.of(errors.engineError(cell, source, "running the cell failed: " + e));
                }
            }
            Optional<Evaluation> interrupted = interruption(cell, source, guard);
            if (interrupted.isPresent()) {
                return interrupted.get();
            }
            return thrown.map(error -> Evaluation.failed(source, CellStatus.ERROR, error))
                    .orElse(Evaluation.ok(source, null));
        }
    }

    /** Shows the value of a direct snippet; a failure is reported as JShell's path reports it. */
    private CellStatus showDirectResult(Cell cell, SourceSnippet source, DirectCells.Prepared prepared,
                                        long deadline, OutputCollector collector) {
        Evaluation result = showResult(cell, source, deadline, e -> CellErrors.Thrown.of(
                directCells.orElseThrow().translate(e, prepared, true), this::missingDependencies));
        result.failure().ifPresent(collector::add);
        return result.status();
    }

    /**
     * Shows the value of the cell's last snippet, rendered in the notebook's JVM, as its result; an
     * exception of the rendering is reported as {@code thrown} makes it.
     */
    private Evaluation showResult(Cell cell, SourceSnippet source, long deadline,
                                  Function<ExecutionControl.UserException, CellErrors.Thrown> thrownBy) {
        Optional<Duration> remaining = remaining(deadline);
        if (remaining.isEmpty() || interruptRequested) {
            return remaining.isEmpty() ? timedOut(cell, source, false) : interrupted(cell, source, false);
        }
        try (Watchdog.Guard guard = watch(remaining.get())) {
            Optional<CellOutput.Error> thrown = Optional.empty();
            try {
                engine.showResult(OUTPUT_TEXT_LIMIT);
            } catch (ExecutionControl.UserException e) {
                thrown = Optional.of(errors.exception(cell, source, thrownBy.apply(e)));
            } catch (ExecutionControl.EngineTerminationException e) {
                engineGone = true;
            } catch (ExecutionControl.RunException | ExecutionControl.InternalException e) {
                if (!guard.fired()) {
                    thrown = Optional.of(errors.engineError(cell, source, "showing the result failed: " + e));
                }
            }
            Optional<Evaluation> interrupted = interruption(cell, source, guard);
            if (interrupted.isPresent()) {
                return interrupted.get();
            }
            return thrown.map(error -> Evaluation.failed(source, CellStatus.ERROR, error))
                    .orElse(Evaluation.ok(source, null));
        }
    }

    /**
     * Shows the result again through a compiled snippet, for an error report: only JShell can map the
     * frames of notebook code to snippets and lines. Rendering runs a second time, so this is only
     * for a rendering that failed.
     */
    private Evaluation showResultAsSnippet(Cell cell, SourceSnippet last, String name, long deadline) {
        String statement = Startup.resultSnippet(name, OUTPUT_TEXT_LIMIT);
        SourceSnippet snippet = new SourceSnippet(statement, last.line(), last.column());
        return evaluate(cell, snippet, deadline);
    }

    /** Arms the watchdog for one evaluation, already fired if an interrupt came before it. */
    private Watchdog.Guard watch(Duration limit) {
        Watchdog.Guard guard = watchdog.arm(limit, jshell::stop, STOP_GRACE, this::killJvm);
        watching = guard;
        if (interruptRequested) {
            guard.interrupt();
        }
        return guard;
    }

    /**
     * Stops the running cell, as its time limit would: it ends with {@link CellStatus#INTERRUPTED}
     * and the session goes on. A cell that ignores the stop for {@link #STOP_GRACE} has its JVM ended
     * instead, and the session is over ({@link #isAlive()} turns false). Does nothing between cells.
     * Thread safe: for a thread other than the one running cells.
     */
    public void interrupt() {
        interruptRequested = true;                     // seen by the next evaluation if none runs now
        Watchdog.Guard guard = watching;
        if (guard != null) {
            guard.interrupt();                         // ignored when that evaluation has finished
        }
        input.abandon(INTERRUPTED_WHILE_READING);      // after the guard fired: the cell reports the interrupt
    }

    private static Optional<Duration> remaining(long deadline) {
        Duration remaining = Duration.ofNanos(deadline - System.nanoTime());
        return remaining.isNegative() || remaining.isZero() ? Optional.empty() : Optional.of(remaining);
    }

    /** The cell's end by its time limit or by its JVM's death, if either happened. */
    private Optional<Evaluation> interruption(Cell cell, SourceSnippet source, Watchdog.Guard guard) {
        if (guard.fired()) {
            boolean lost = guard.killed() || !isAlive();
            return Optional.of(guard.reason().orElseThrow() == Watchdog.Reason.INTERRUPT
                    ? interrupted(cell, source, lost) : timedOut(cell, source, lost));
        }
        if (!isAlive()) {
            // no JVM: it could not start (the startup's first snippet waited for it)
            ForkedJvm jvm = engine.jvm().orElseThrow(() -> notStarted(engine.awaitStart().orElseThrow()));
            return Optional.of(Evaluation.failed(source, CellStatus.EXITED,
                    errors.exited(cell, source, jvm.awaitExit(), jvm.diagnostics())));
        }
        return Optional.empty();
    }

    private Evaluation timedOut(Cell cell, SourceSnippet source, boolean sessionLost) {
        return Evaluation.failed(source, CellStatus.TIMED_OUT,
                errors.timeout(cell, source, cellLimit, sessionLost));
    }

    private Evaluation interrupted(Cell cell, SourceSnippet source, boolean sessionLost) {
        return Evaluation.failed(source, CellStatus.INTERRUPTED,
                errors.interrupted(cell, source, STOP_GRACE, sessionLost));
    }

    /** How the snippet went, by the event JShell reported for it; whatever the snippet's kind. */
    private Evaluation judge(Cell cell, SourceSnippet source, SnippetEvent event) {
        Snippet snippet = event.snippet();
        return switch (event.status()) {
            case REJECTED, RECOVERABLE_NOT_DEFINED -> notDefined(cell, source, snippet, event.status());
            case VALID, RECOVERABLE_DEFINED -> event.exception() == null ? Evaluation.ok(source, snippet)
                    : Evaluation.failed(source, CellStatus.ERROR, errors.exception(cell, source,
                            CellErrors.Thrown.of(event.exception(), this::missingDependencies)));
            case DROPPED, OVERWRITTEN, NONEXISTENT -> Evaluation.failed(source, CellStatus.ERROR,
                    errors.engineError(cell, source, "JShell reported this snippet " + event.status()));
        };
    }

    /**
     * A snippet JShell did not define: a class-file limit (see {@link ClassFileLimit}), a declaration
     * waiting for names not yet declared, or another compile error.
     */
    private Evaluation notDefined(Cell cell, SourceSnippet source, Snippet snippet, Snippet.Status status) {
        List<Diag> diagnostics = jshell.diagnostics(snippet).filter(Diag::isError).toList();
        if (ClassFileLimit.reachedBy(diagnostics)) {
            CellOutput.Error error = errors.compileError(cell, source, diagnostics);
            if (ClassFileLimit.repair(jshell, snippet, classPathEntry)) {
                return Evaluation.failed(source, CellStatus.ERROR, error);
            }
            engineGone = true;
            killJvm();
            return Evaluation.failed(source, CellStatus.ERROR, errors.compilerLost(error));
        }
        List<String> missing = status == Snippet.Status.RECOVERABLE_NOT_DEFINED
                && snippet instanceof DeclarationSnippet declaration ? missingDependencies(declaration) : List.of();
        CellOutput.Error error;
        if (!missing.isEmpty()) {
            error = errors.unresolved(cell, source, missing);
        } else if (diagnostics.isEmpty()) {
            error = errors.rejected(cell, source);
        } else {
            error = errors.compileError(cell, source, diagnostics);
        }
        return Evaluation.failed(source, CellStatus.ERROR, error);
    }

    /**
     * Drops the variables that held the values of the cell's expressions ({@link CellValue}, and
     * JShell's {@code $1} for the others). Nobody names them, and JShell imports every variable into
     * every later snippet, which made each cell slower than the one before.
     */
    /** How many class files JShell lists to each compilation, if this JVM may see them; for tests. */
    OptionalInt compiledClassFiles() {
        return compiledClasses.map(classes -> OptionalInt.of(classes.size()))
                .orElse(OptionalInt.empty());
    }

    /** How many snippets took the direct path ({@link DirectCells}); for tests. */
    int directRuns() {
        return directCells.map(DirectCells::runs).orElse(0);
    }

    private void dropCellValues() {
        cellValues.forEach(this::drop);
        cellValues.clear();
    }

    private void forgetReplacedClasses() {
        if (classesReplaced && !engineGone) {
            compiledClasses.ifPresent(classes -> classes.keepOnly(
                    jshell.snippets().filter(snippet -> jshell.status(snippet).isActive())));
        }
        classesReplaced = false;
    }

    private void drop(Snippet snippet) {
        try {
            if (!engineGone) {
                jshell.drop(snippet);
                compiledClasses.ifPresent(classes -> classes.forget(snippet));
            }
        } catch (IllegalStateException closedMeanwhile) {
            engineGone = true;
        }
    }

    /**
     * Has JShell forget the class files of a snippet that no later snippet can name: a statement or an
     * expression once it ran (JShell's own {@code $1} and our {@link CellValue}s are forgotten as they
     * are dropped); notes a declaration dropped, replaced or compiled again, whose old classes
     * {@link #forgetReplacedClasses} forgets as the cell ends. See {@link CompiledClasses}.
     */
    private void forgetIfUnnamable(SnippetEvent event) {
        Snippet.Kind kind = event.snippet().kind();
        Snippet.Status status = event.status();
        boolean ran = event.causeSnippet() == null
                && (kind == Snippet.Kind.STATEMENT || kind == Snippet.Kind.EXPRESSION);
        boolean gone = status == Snippet.Status.DROPPED || status == Snippet.Status.OVERWRITTEN;
        if (ran) {
            compiledClasses.ifPresent(classes -> classes.forget(event.snippet()));
        }
        classesReplaced |= gone || event.causeSnippet() != null;
    }

    private List<String> missingDependencies(DeclarationSnippet snippet) {
        return jshell.unresolvedDependencies(snippet).toList();
    }

    private void killJvm() {
        engine.jvm().ifPresent(ForkedJvm::kill);
    }

    /**
     * Completeness, completions and documentation for code typed into this session: its imports and
     * definitions count. Use on the thread that runs cells, between cells.
     */
    public SourceAssist sourceAssist() {
        return new SourceAssist(splitter, jshell, librarySources);
    }

    /** Whether cells can still run: false once the notebook's JVM has ended or the session is closed. */
    public boolean isAlive() {
        return !engineGone && engine.isAlive();
    }

    @Override
    public void close() {
        watchdog.close();
        if (jshell != null) {
            jshell.close();
        }
        engine.jvm().ifPresent(ForkedJvm::close);
        librarySources.close();
        recording.ifPresent(ClassDataArchive.Recording::buildInBackground);
        recording = Optional.empty();
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.toString() : root.getMessage();
    }
}
