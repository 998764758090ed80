package org.engagements.notebook.engine;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import jdk.jshell.execution.Util;
import jdk.jshell.spi.ExecutionControl;
import jdk.jshell.spi.ExecutionControlProvider;
import jdk.jshell.spi.ExecutionEnv;

/**
 * A JShell execution engine that runs snippets in a separate JVM started with plain
 * {@link ProcessBuilder} and talks to it over a loopback socket; see {@link Agent}.
 *
 * <p>Why not JShell's default engine: it also forks a JVM, but under JDI, whose socket waits on
 * Nagle's algorithm at every snippet (docs/jupyter.md has the measured cost), and hides the process,
 * so a {@code System.exit(3)} loses its status. Why not the local engine: a cell calling {@code System.exit} or exhausting the
 * heap would take the runner down with it. This engine is as isolated as the default one and as
 * quick per snippet as the local one ({@code bench/kernel-roundtrip.py} measures it).
 *
 * <p>Registered as a service under the name {@value #NAME}, so {@code jshell --execution engagements}
 * uses it too. Parameter {@code directory}: the JVM's working directory (default: the host's).
 * Each instance remembers the JVM it started last; use one instance per JShell.
 */
public final class ForkedEngine implements ExecutionControlProvider {
    public static final String NAME = "engagements";
    private static final String DIRECTORY = "directory";

    private volatile ForkedJvm jvm;
    private volatile ForkedControl control;
    private volatile StartingControl starting;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Map<String, String> defaultParameters() {
        return Map.of(DIRECTORY, "");
    }

    /** A parameter map that starts the JVM in {@code directory}. */
    public static Map<String, String> parameters(Path directory) {
        return Map.of(DIRECTORY, directory.toAbsolutePath().toString());
    }

    /**
     * Starts the JVM on a thread of its own and returns at once: JShell compiles while the JVM boots,
     * and waits for it when it first sends it code (see {@link StartingControl}).
     */
    @Override
    public ExecutionControl generate(ExecutionEnv env, Map<String, String> parameters) {
        String directory = parameters == null ? "" : parameters.getOrDefault(DIRECTORY, "");
        List<String> vmOptions = List.copyOf(env.extraRemoteVMOptions());
        Path workingDirectory = Path.of(directory.isEmpty() ? "" : directory).toAbsolutePath();
        Map<String, OutputStream> outputs = Map.of("out", env.userOut(), "err", env.userErr());
        Map<String, InputStream> inputs = Map.of("in", env.userIn());
        CompletableFuture<ExecutionControl> start = new CompletableFuture<>();
        Thread starter = new Thread(() -> {
            try {
                ForkedJvm started = ForkedJvm.start(vmOptions, workingDirectory);
                jvm = started;
                start.complete(Util.remoteInputOutput(started.input(), started.output(), outputs, inputs,
                        (in, out) -> {
                            control = new ForkedControl(out, in, started);
                            return control;
                        }));
            } catch (Throwable e) {
                start.completeExceptionally(e);
            }
        }, "notebook-jvm-start");
        starter.setDaemon(true);
        starter.start();
        starting = new StartingControl(start);
        return starting;
    }

    /**
     * Waits for the JVM this engine started last; empty once it is up, else why it could not start
     * (such as {@code it exited before connecting: Unrecognized VM option ...}).
     *
     * @throws IllegalStateException if no JVM was started
     */
    public Optional<Throwable> awaitStart() {
        StartingControl started = starting;
        if (started == null) {
            throw new IllegalStateException("no notebook JVM has been started");
        }
        return started.await();
    }

    /**
     * Shows the value of the snippet run last as the cell's result: rendered in the notebook's JVM
     * and sent back as a display frame, without compiling a snippet for it; its plain text cut to
     * {@code textLimit} characters before it is sent. Call on the thread that evaluates snippets,
     * after an evaluation.
     *
     * @throws ExecutionControl.UserException when rendering throws
     * @throws ExecutionControl.StoppedException when stopped by {@link ExecutionControl#stop()}
     */
    public void showResult(int textLimit) throws ExecutionControl.RunException,
            ExecutionControl.EngineTerminationException, ExecutionControl.InternalException {
        ForkedControl started = control;
        if (started == null) {
            throw new IllegalStateException("no notebook JVM has been started");
        }
        started.varValue(Agent.SHOW_RESULT, Integer.toString(textLimit));
    }

    /**
     * Loads {@code classes} into the notebook's JVM and runs the static method {@code do_it$} of
     * {@code className} as a snippet, through the same engine as JShell's snippets: stop checks,
     * output, interrupts and the value for {@link #showResult} alike. Call on the thread that
     * evaluates snippets, between JShell's evaluations.
     *
     * @throws ExecutionControl.ClassInstallException if the classes cannot be loaded; nothing ran
     * @throws ExecutionControl.UserException when the code throws
     * @throws ExecutionControl.StoppedException when stopped by {@link ExecutionControl#stop()}
     */
    public void run(ExecutionControl.ClassBytecodes[] classes, String className)
            throws ExecutionControl.ClassInstallException, ExecutionControl.RunException,
            ExecutionControl.EngineTerminationException, ExecutionControl.InternalException {
        ForkedControl started = control;
        if (started == null) {
            throw new IllegalStateException("no notebook JVM has been started");
        }
        try {
            started.load(classes);
        } catch (ExecutionControl.NotImplementedException e) {
            throw new ExecutionControl.InternalException("the notebook's JVM cannot load classes: " + e.getMessage());
        }
        started.invoke(className, "do_it$");
    }

    /**
     * Whether the JVM this engine started last is booting or running: false once it has ended or
     * could not start, and before any start.
     */
    public boolean isAlive() {
        ForkedJvm started = jvm;
        if (started != null) {
            return started.isAlive();
        }
        StartingControl booting = starting;
        return booting != null && booting.failure().isEmpty();
    }

    /** The JVM this engine started last, once it has connected. */
    public Optional<ForkedJvm> jvm() {
        return Optional.ofNullable(jvm);
    }
}
