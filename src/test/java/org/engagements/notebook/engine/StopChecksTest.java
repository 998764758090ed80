package org.engagements.notebook.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class StopChecksTest {
    /** Code shaped like cells: loops at a method's start, loops that swallow everything, recursion. */
    public static final class Cells {
        public static long loopAtStart() {
            long n = 0;
            while (true) {
                n++;
            }
        }

        public static void swallowsEverything() {
            while (true) {
                try {
                    while (true) {
                        Thread.onSpinWait();
                    }
                } catch (Throwable ignored) {
                    // a cell that means never to stop
                }
            }
        }

        public static int recurse(int depth) {
            return recurse(depth + 1) + 1;
        }

        public static int sum(int to) {
            int sum = 0;
            for (int i = 1; i <= to; i++) {
                sum += i;
            }
            return sum;
        }
    }

    /** Loads a woven copy of {@link Cells}, as the agent loads cell classes. */
    private static Class<?> woven() throws IOException {
        String name = Cells.class.getName();
        byte[] original;
        try (InputStream in = Cells.class.getResourceAsStream("/" + name.replace('.', '/') + ".class")) {
            original = in.readAllBytes();
        }
        byte[] bytes = StopChecks.weave(original);
        return new ClassLoader(StopChecksTest.class.getClassLoader()) {
            Class<?> define() {
                return defineClass(name, bytes, 0, bytes.length);
            }
        }.define();
    }

    @AfterEach
    void clear() {
        StopCheck.clear();
    }

    private static Throwable stopWhileRunning(Method method, Object... arguments) throws Exception {
        CompletableFuture<Object> running = CompletableFuture.supplyAsync(() -> {
            try {
                return method.invoke(null, arguments);
            } catch (InvocationTargetException e) {
                throw new IllegalStateException(e.getCause());
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        });
        Thread.sleep(100);
        StopCheck.request();
        try {
            running.get(5, TimeUnit.SECONDS);
            throw new AssertionError(method.getName() + " returned");
        } catch (ExecutionException e) {
            return e.getCause().getCause();
        }
    }

    @Test
    void wovenCodeStillComputesTheSame() throws Exception {
        assertEquals(5050, woven().getMethod("sum", int.class).invoke(null, 100));
    }

    @Test
    void aLoopAtTheStartOfAMethodStopsAtItsBackEdge() throws Exception {
        assertInstanceOf(StopCheck.CellStopped.class, stopWhileRunning(woven().getMethod("loopAtStart")));
    }

    @Test
    void codeThatSwallowsEveryThrowableStillStops() throws Exception {
        assertInstanceOf(StopCheck.CellStopped.class, stopWhileRunning(woven().getMethod("swallowsEverything")));
    }

    @Test
    void aStackOverflowInAWovenMethodIsReportedOnTheSameLineAsWithoutTheChecks() throws Exception {
        int woven = firstCellLine(woven().getMethod("recurse", int.class));
        int plain = firstCellLine(Cells.class.getMethod("recurse", int.class));
        assertTrue(plain > 0);
        assertEquals(plain, woven);
    }

    /** The line of the deepest frame of {@link Cells} in the stack overflow of {@code recurse}. */
    private static int firstCellLine(Method recurse) {
        InvocationTargetException e = org.junit.jupiter.api.Assertions.assertThrows(InvocationTargetException.class,
                () -> recurse.invoke(null, 0));
        StackOverflowError overflow = assertInstanceOf(StackOverflowError.class, e.getCause());
        for (StackTraceElement frame : overflow.getStackTrace()) {
            if (frame.getClassName().equals(Cells.class.getName())) {
                return frame.getLineNumber();
            }
        }
        throw new AssertionError("no frame of the cell class");
    }
}
