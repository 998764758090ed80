package org.engagements.notebook;

/**
 * Receives a cell's outputs as they happen, on the thread that reads the notebook JVM's streams:
 * printed text arrives in chunks (several {@link CellOutput.Stream}s per line or one per many lines),
 * displays as they are made, results and errors at the end. For a live front end such as the
 * Jupyter kernel. Implementations must be quick and thread safe.
 */
@FunctionalInterface
public interface OutputSink {
    OutputSink NONE = output -> { };

    void output(CellOutput output);
}
