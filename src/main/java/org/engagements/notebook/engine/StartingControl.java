package org.engagements.notebook.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import jdk.jshell.spi.ExecutionControl;

/**
 * The execution control of a notebook JVM that is still booting: JShell gets it at once, compiles
 * the session's first snippets while the JVM starts on another core, and waits only when it sends
 * the JVM something to run. Class-path additions made before then are kept and sent first. A JVM
 * that could not start fails every call with {@link EngineTerminationException}, saying why.
 *
 * <p>Thread safe: {@link #stop()} comes from another thread while a snippet runs.
 */
final class StartingControl implements ExecutionControl {
    private final CompletableFuture<ExecutionControl> start;
    private final List<String> classPath = new ArrayList<>();   // added before the JVM was up; guarded by this
    private ExecutionControl control;                            // once started and caught up; guarded by this

    StartingControl(CompletableFuture<ExecutionControl> start) {
        this.start = start;
    }

    /** Why the JVM could not start, once that is known; empty while it starts and once it has. */
    Optional<Throwable> failure() {
        if (!start.isCompletedExceptionally()) {
            return Optional.empty();
        }
        try {
            start.join();
            return Optional.empty();
        } catch (CompletionException e) {
            return Optional.of(e.getCause() == null ? e : e.getCause());
        }
    }

    /** Waits for the JVM; empty when it started, else why it did not. */
    Optional<Throwable> await() {
        start.exceptionally(failed -> null).join();
        return failure();
    }

    private synchronized ExecutionControl control() throws EngineTerminationException, InternalException {
        if (control == null) {
            Optional<Throwable> failure = await();
            if (failure.isPresent()) {
                throw new EngineTerminationException("the notebook's JVM did not start: " + failure.get().getMessage());
            }
            ExecutionControl started = start.join();
            for (String path : classPath) {
                started.addToClasspath(path);
            }
            classPath.clear();
            control = started;
        }
        return control;
    }

    /** {@link #control()} for the calls that cannot throw {@link InternalException}. */
    private ExecutionControl installer() throws EngineTerminationException {
        try {
            return control();
        } catch (EngineTerminationException e) {
            throw e;
        } catch (InternalException e) {
            throw new EngineTerminationException(e.getMessage());
        }
    }

    @Override
    public void load(ClassBytecodes[] classes)
            throws ClassInstallException, NotImplementedException, EngineTerminationException {
        installer().load(classes);
    }

    @Override
    public void redefine(ClassBytecodes[] classes)
            throws ClassInstallException, NotImplementedException, EngineTerminationException {
        installer().redefine(classes);
    }

    @Override
    public String invoke(String className, String methodName)
            throws RunException, EngineTerminationException, InternalException {
        return control().invoke(className, methodName);
    }

    @Override
    public String varValue(String className, String varName)
            throws RunException, EngineTerminationException, InternalException {
        return control().varValue(className, varName);
    }

    @Override
    public synchronized void addToClasspath(String path) throws EngineTerminationException, InternalException {
        if (control == null && !start.isDone()) {
            classPath.add(path);
        } else {
            control().addToClasspath(path);
        }
    }

    @Override
    public Object extensionCommand(String command, Object arg)
            throws RunException, EngineTerminationException, InternalException {
        return control().extensionCommand(command, arg);
    }

    /** Nothing runs before the JVM is up, so there is nothing to stop until then. */
    @Override
    public void stop() throws EngineTerminationException, InternalException {
        if (start.isDone() && failure().isEmpty()) {
            start.join().stop();
        }
    }

    /** Waits for a start under way, so that no JVM outlives its session, then closes it. */
    @Override
    public void close() {
        if (await().isEmpty()) {
            start.join().close();
        }
    }
}
