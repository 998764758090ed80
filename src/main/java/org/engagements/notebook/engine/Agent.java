package org.engagements.notebook.engine;

import java.io.DataInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import jdk.jshell.execution.DirectExecutionControl;
import jdk.jshell.execution.Util;
import org.engagements.display.Display;
import org.engagements.display.HostInput;

/**
 * The entry point of a notebook's JVM (not a user command: {@code cli.Main} stays the only one). It
 * connects back to the host on the loopback port given as its argument, with Nagle's algorithm off
 * (JShell's own agent leaves it on, which delays every round trip; see docs/jupyter.md), and runs
 * snippets as JShell's {@link DirectExecutionControl} does. The host's requests to stop a cell arrive as the byte
 * {@code S} on standard input; the end of standard input means the host is gone, and the JVM halts.
 *
 * <p>Input: in a notebook session (with a display channel) the cells' {@code System.in} is a
 * {@link HostInput}, which asks the host for each line; the answers arrive on standard input too, as
 * the byte {@code I} and an {@link InputAnswer}. Without a channel (the interactive shell) it is
 * JShell's own forwarded input, the terminal.
 *
 * <p>Stopping a cell, on any JDK: every class of cell code has stop checks woven in when it is
 * loaded ({@link StopChecks}), so loops and calls in cell code end at the next check once a stop is
 * requested; the thread is also interrupted, so a sleep, a wait or interruptible I/O ends at once.
 * Code that never returns inside a library is stopped with {@code Thread.stop} on the JDKs that still
 * have it (before 20); on later ones, the host's grace period ends the JVM.
 */
public final class Agent extends DirectExecutionControl {
    /** System property carrying the token that marks display frames on standard output. */
    public static final String CHANNEL_PROPERTY = "engagements.display.channel";
    /**
     * Request: show the value of the last snippet as the cell's result. It travels as JShell's
     * {@code varValue} command for this class name, which no class can have, and the variable name is
     * the number of characters the plain text may have (see {@link Display#result}). Not as an
     * extension command: JDK 17's JShell does not send those to the remote JVM (its
     * {@code StreamingExecutionControl} throws {@code NotImplementedException}), so every cell with a
     * value compiled and ran a second snippet to show it.
     */
    public static final String SHOW_RESULT = "<engagements.showResult>";
    /**
     * System property naming a {@link Runnable} class (public, with a public no-argument constructor)
     * that this JVM runs on a thread of its own as soon as it starts, while the host compiles the first
     * cells: it initialises the libraries notebooks use first, so that their first cells find them ready
     * (see {@code chart.FirstUseWarmUp}). Notebook code runs only once it has finished, never beside it.
     */
    public static final String WARM_UP_PROPERTY = "engagements.notebook.warmUp";
    /**
     * How long notebook code waits for the warm-up at most: longer means it is stuck (a font server
     * that does not answer), and the cell then runs anyway, as it would have without one.
     */
    private static final long WARM_UP_WAIT_MILLIS = TimeUnit.SECONDS.toMillis(20);
    static final int STOP = 'S';
    /** The control byte before an {@link InputAnswer}. */
    static final int INPUT = 'I';
    private static final long STOP_DELIVERY_NANOS = TimeUnit.SECONDS.toNanos(1);
    /** Stop requests (one per {@code Watchdog.STOP_REPEAT}) before library code is stopped the hard way. */
    private static final int REQUESTS_BEFORE_THREAD_STOP = 3;
    private static final boolean THREAD_STOP_WORKS = Runtime.version().feature() < 20;

    private final Object lock = new Object();
    private Thread running;         // guarded by lock: the thread in notebook code, if any
    private boolean stopIssued;     // guarded by lock: a stop was requested for the code running now
    private int stopRequests;       // guarded by lock: how many, for the hard stop of library code
    private boolean threadStopped;  // guarded by lock: a ThreadDeath is on its way to `running`
    private Object lastValue;       // the command thread's only
    private Thread warmUp;          // the command thread's only: the warm-up until notebook code first waited for it

    private Agent() {
    }

    public static void main(String[] args) throws IOException {
        InputStream control = System.in;
        ignoreInterruptSignal();
        Thread.setDefaultUncaughtExceptionHandler(Agent::uncaught);
        Agent agent = new Agent();
        agent.startWarmUp(System.getProperty(WARM_UP_PROPERTY));
        HostInput hostInput = System.getProperty(CHANNEL_PROPERTY) == null ? null : HostInput.overDisplayChannel();
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), Integer.parseInt(args[0]))) {
            socket.setTcpNoDelay(true);
            agent.listen(control, hostInput);
            Map<String, Consumer<OutputStream>> outputs = Map.of(
                    "out", Agent::useAsStandardOutput,
                    "err", stream -> System.setErr(new PrintStream(stream, true, StandardCharsets.UTF_8)));
            Map<String, Consumer<InputStream>> inputs = Map.of("in",
                    forwarded -> System.setIn(hostInput != null ? hostInput : forwarded));
            Util.forwardExecutionControlAndIO(agent, socket.getInputStream(), socket.getOutputStream(),
                    outputs, inputs);
        }
        // The host closed the session: notebook threads must not keep this JVM alive.
        Runtime.getRuntime().halt(0);
    }

    /**
     * Starts the warm-up {@code className} names, if any, on a daemon thread. Whatever it throws is
     * ignored: it only does early what notebook code would do, and that code reports the failure.
     */
    private void startWarmUp(String className) {
        if (className == null || className.isBlank()) {
            return;
        }
        Thread thread = new Thread(() -> {
            try {
                ((Runnable) Class.forName(className).getConstructor().newInstance()).run();
            } catch (Throwable ignored) {
                // an optimisation only: the cell that needs the same reports what went wrong
            }
        }, "engagements-warm-up");
        thread.setDaemon(true);
        thread.start();
        warmUp = thread;
    }

    /**
     * Waits for the warm-up before the first notebook class is loaded: notebook code never runs beside
     * it, since two threads initialising the same classes in different orders can deadlock.
     */
    private void awaitWarmUp() {
        Thread thread = warmUp;
        if (thread == null) {
            return;
        }
        try {
            thread.join(WARM_UP_WAIT_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        warmUp = null;
    }

    /**
     * A Ctrl-C in a terminal, or Jupyter's interrupt in signal mode, goes to the whole process group:
     * the host turns it into a stop request, so this JVM must not die of it. The host ending closes
     * standard input, which still halts this JVM.
     */
    private static void ignoreInterruptSignal() {
        try {
            sun.misc.Signal.handle(new sun.misc.Signal("INT"), signal -> { });
        } catch (IllegalArgumentException unsupported) {
            // no SIGINT here, or the JVM reserves it (-Xrs)
        }
    }

    /**
     * A thread a cell started dies of a stop request too, if it runs cell code: silently, as its cell
     * was stopped on purpose. Anything else is printed as the JVM would print it.
     */
    private static void uncaught(Thread thread, Throwable thrown) {
        if (thrown instanceof StopCheck.CellStopped) {
            return;
        }
        System.err.print("Exception in thread \"" + thread.getName() + "\" ");
        thrown.printStackTrace(System.err);
    }

    private static void useAsStandardOutput(OutputStream stream) {
        PrintStream out = new PrintStream(stream, true, StandardCharsets.UTF_8);
        System.setOut(out);
        String token = System.getProperty(CHANNEL_PROPERTY);
        if (token != null) {
            Display.attach(out, token);
        }
    }

    private void listen(InputStream control, HostInput hostInput) {
        DataInputStream messages = new DataInputStream(control);
        Thread listener = new Thread(() -> {
            try {
                for (int signal = messages.read(); signal != -1; signal = messages.read()) {
                    if (signal == STOP) {
                        stopNotebookCode();
                    } else if (signal == INPUT) {
                        deliver(InputAnswer.readFrom(messages), hostInput);
                    }
                }
            } catch (IOException e) {
                // the host is gone as surely as at end of input
            }
            Runtime.getRuntime().halt(0);
        }, "engagements-control");
        listener.setDaemon(true);
        listener.start();
    }

    /** Hands an answer to the read waiting for it; there is none without a display channel. */
    private static void deliver(InputAnswer answer, HostInput hostInput) {
        if (hostInput == null) {
            return;
        }
        switch (answer.kind()) {
            case LINE -> hostInput.answer(answer.request(), Optional.of(answer.text()));
            case END -> hostInput.answer(answer.request(), Optional.empty());
            case REFUSED -> hostInput.refuse(answer.request(), answer.text());
            default -> throw new IllegalStateException("unknown answer " + answer.kind());
        }
    }

    /**
     * Called on the control thread for each stop request from the host. Never throws: an exception
     * here would print a trace of ours into the cell's output and end the listener.
     */
    @SuppressWarnings({"deprecation", "removal"})
    private void stopNotebookCode() {
        synchronized (lock) {
            if (running == null) {
                return;
            }
            stopIssued = true;
            StopCheck.request();
            running.interrupt();
            stopRequests++;
            if (THREAD_STOP_WORKS && !threadStopped && stopRequests > REQUESTS_BEFORE_THREAD_STOP) {
                try {
                    running.stop();
                    threadStopped = true;
                } catch (RuntimeException | LinkageError unsupported) {
                    // the host's grace period ends the JVM instead
                }
            }
        }
    }

    /**
     * Adds the entries this JVM's class path lacks. JShell sends here whatever its compiler is given
     * with {@code addToClasspath}, which is how a session gives it the class path this JVM started
     * with; added again, those jars would be searched twice for every class and resource not found.
     */
    @Override
    public void addToClasspath(String path) throws EngineTerminationException, InternalException {
        Set<String> own = Set.of(System.getProperty("java.class.path", "").split(File.pathSeparator));
        String missing = Arrays.stream(path.split(File.pathSeparator))
                .filter(entry -> !entry.isEmpty() && !own.contains(entry))
                .collect(Collectors.joining(File.pathSeparator));
        if (!missing.isEmpty()) {
            super.addToClasspath(missing);
        }
    }

    /** Weaves stop checks into cell classes; a class file too new for ASM is loaded as it is. */
    @Override
    public void load(ClassBytecodes[] classes)
            throws ClassInstallException, NotImplementedException, EngineTerminationException {
        awaitWarmUp();
        ClassBytecodes[] woven = new ClassBytecodes[classes.length];
        for (int i = 0; i < classes.length; i++) {
            woven[i] = new ClassBytecodes(classes[i].name(), weave(classes[i].bytecodes()));
        }
        super.load(woven);
    }

    @Override
    public void redefine(ClassBytecodes[] classes)
            throws ClassInstallException, NotImplementedException, EngineTerminationException {
        awaitWarmUp();
        ClassBytecodes[] woven = new ClassBytecodes[classes.length];
        for (int i = 0; i < classes.length; i++) {
            woven[i] = new ClassBytecodes(classes[i].name(), weave(classes[i].bytecodes()));
        }
        super.redefine(woven);
    }

    private static byte[] weave(byte[] classFile) {
        try {
            return StopChecks.weave(classFile);
        } catch (IllegalArgumentException tooNew) {
            return classFile;
        }
    }

    /**
     * Runs a snippet and keeps its value for {@link #SHOW_RESULT}. With a display channel the value
     * is not turned into a string: nobody reads it, and a large table's string is costly.
     */
    @Override
    protected String invoke(Method doitMethod) throws Exception {
        Object value = runNotebookCode(() -> doitMethod.invoke(null));
        lastValue = value;
        return Display.hasChannel() ? "" : valueString(value);
    }

    /** {@link #SHOW_RESULT}: renders the last snippet's value as the cell's result, as notebook code. */
    @Override
    public String varValue(String className, String varName)
            throws RunException, EngineTerminationException, InternalException {
        if (!SHOW_RESULT.equals(className)) {
            return super.varValue(className, varName);
        }
        Object value = lastValue;
        lastValue = null;
        int textLimit = textLimit(varName);
        try {
            runNotebookCode(() -> {
                Display.result(value, textLimit);
                return null;
            });
            return "";
        } catch (Throwable thrown) {
            return throwConvertedInvocationException(thrown);
        }
    }

    private static int textLimit(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            return Integer.MAX_VALUE;
        }
    }

    private Object runNotebookCode(Callable<Object> code) throws Exception {
        synchronized (lock) {
            running = Thread.currentThread();
            stopIssued = false;
            stopRequests = 0;
            threadStopped = false;
            StopCheck.clear();
            Thread.interrupted();
        }
        Object result;
        try {
            result = code.call();
        } catch (Throwable thrown) {
            leave(isThreadDeath(thrown) || isThreadDeath(thrown.getCause()));
            throw thrown;
        }
        leave(false);
        synchronized (lock) {
            stopIssued = false;     // it ended on its own: nothing to report
        }
        return result;
    }

    /**
     * Leaves notebook code: no more checks fire and the interrupt is cleared, so the next cell starts
     * clean. A {@code Thread.stop} issued just as the code finished is still on its way: wait for it
     * here, inside the caller's try, so it is reported as a stop and never reaches JShell's loop. No
     * wait when it is already the exception in flight.
     */
    private void leave(boolean threadDeathInFlight) {
        boolean pending;
        synchronized (lock) {
            running = null;
            pending = threadStopped && !threadDeathInFlight;
            StopCheck.clear();
        }
        long deadline = System.nanoTime() + STOP_DELIVERY_NANOS;
        while (pending && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        Thread.interrupted();
    }

    /** By name: {@code ThreadDeath} is deprecated for removal, and this class must load without it. */
    private static boolean isThreadDeath(Throwable thrown) {
        return thrown != null && thrown.getClass().getName().equals("java.lang.ThreadDeath");
    }

    /**
     * Whether {@code thrown} ended the code because of a stop request: once one was made, whatever the
     * code threw (the check's error, a {@code ThreadDeath}, an {@code InterruptedException} or a
     * library's wrapping of it) is reported as the stop.
     */
    private boolean consumeStop(Throwable thrown) {
        synchronized (lock) {
            running = null;
            boolean ours = stopIssued;
            stopIssued = false;
            StopCheck.clear();
            return ours;
        }
    }

    @Override
    protected String throwConvertedInvocationException(Throwable cause) throws RunException, InternalException {
        if (consumeStop(cause)) {
            throw new StoppedException();
        }
        return super.throwConvertedInvocationException(cause);
    }

    @Override
    protected String throwConvertedOtherException(Throwable ex) throws RunException, InternalException {
        if (consumeStop(ex)) {
            throw new StoppedException();
        }
        return super.throwConvertedOtherException(ex);
    }

    @Override
    protected void clientCodeLeave() {
        synchronized (lock) {
            running = null;
        }
    }
}
