package org.engagements.notebook.engine;

import java.io.ObjectInput;
import java.io.ObjectOutput;
import jdk.jshell.execution.StreamingExecutionControl;

/** JShell's side of the conversation with an {@link Agent}: the stream protocol, plus stop and close. */
final class ForkedControl extends StreamingExecutionControl {
    private final ForkedJvm jvm;

    ForkedControl(ObjectOutput out, ObjectInput in, ForkedJvm jvm) {
        super(out, in);
        this.jvm = jvm;
    }

    /** Called from another thread while a snippet runs; goes around the busy command stream. */
    @Override
    public void stop() {
        jvm.interrupt();
    }

    @Override
    public void close() {
        super.close();
        jvm.close();
    }
}
