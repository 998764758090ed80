package org.engagements.notebook.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import jdk.jshell.spi.ExecutionControl;
import org.junit.jupiter.api.Test;

class StartingControlTest {
    /** An execution control that notes what it was asked, in order. */
    private static final class Recorded implements ExecutionControl {
        final List<String> calls = new ArrayList<>();

        @Override
        public void load(ClassBytecodes[] classes) {
            calls.add("load " + classes.length);
        }

        @Override
        public void redefine(ClassBytecodes[] classes) throws NotImplementedException {
            throw new NotImplementedException("redefine not supported");
        }

        @Override
        public String invoke(String className, String methodName) {
            calls.add("invoke " + className + "." + methodName);
            return "";
        }

        @Override
        public String varValue(String className, String varName) {
            return "";
        }

        @Override
        public void addToClasspath(String path) {
            calls.add("classpath " + path);
        }

        @Override
        public Object extensionCommand(String command, Object arg) {
            return null;
        }

        @Override
        public void stop() {
            calls.add("stop");
        }

        @Override
        public void close() {
            calls.add("close");
        }
    }

    @Test
    void classPathAddedWhileTheJvmBootsReachesItFirstInOrder() throws Exception {
        CompletableFuture<ExecutionControl> start = new CompletableFuture<>();
        StartingControl control = new StartingControl(start);
        Recorded started = new Recorded();

        control.addToClasspath("a.jar");
        control.addToClasspath("b.jar");
        control.stop();                                   // nothing runs yet: nothing to stop
        start.complete(started);
        control.load(new ExecutionControl.ClassBytecodes[0]);
        control.invoke("C", "do_it$");
        control.addToClasspath("c.jar");
        control.close();

        assertEquals(List.of("classpath a.jar", "classpath b.jar", "load 0", "invoke C.do_it$", "classpath c.jar",
                "close"), started.calls);
    }

    @Test
    void whatTheJvmThrowsIsPassedOnAsItIs() {
        StartingControl control = new StartingControl(CompletableFuture.completedFuture(new Recorded()));

        assertThrows(ExecutionControl.NotImplementedException.class,
                () -> control.redefine(new ExecutionControl.ClassBytecodes[0]));
    }

    @Test
    void aJvmThatCouldNotStartEndsTheEngineSayingWhy() {
        IOException why = new IOException("it exited before connecting: Unrecognized VM option 'X'");
        StartingControl control = new StartingControl(CompletableFuture.failedFuture(why));

        ExecutionControl.EngineTerminationException e = assertThrows(
                ExecutionControl.EngineTerminationException.class,
                () -> control.load(new ExecutionControl.ClassBytecodes[0]));
        assertTrue(e.getMessage().endsWith("it exited before connecting: Unrecognized VM option 'X'"),
                e.getMessage());
        assertEquals(why, control.failure().orElseThrow());
        control.close();                                  // nothing to close, and no error
    }
}
