package org.engagements.jupyter.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/** What the kernel broadcasts on iopub: its state, the code being run, and the outputs. */
public sealed interface IopubContent extends Content {

    enum ExecutionState {
        STARTING, BUSY, IDLE;

        @JsonValue
        public String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    enum StreamName {
        STDOUT, STDERR;

        @JsonValue
        public String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    record Status(ExecutionState executionState) implements IopubContent {
        public Status {
            Objects.requireNonNull(executionState, "executionState");
        }
    }

    record ExecuteInput(String code, int executionCount) implements IopubContent {
        public ExecuteInput {
            Objects.requireNonNull(code, "code");
        }
    }

    record Stream(StreamName name, String text) implements IopubContent {
        public Stream {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(text, "text");
        }
    }

    /** @param data MIME type to value (a string, or JSON for {@code application/json}-like types) */
    record DisplayData(Map<String, Object> data, Map<String, Object> metadata,
                       @JsonProperty("transient") Map<String, Object> transientData) implements IopubContent {
        public DisplayData {
            data = Json.copy(data);
            metadata = Json.copy(metadata);
            transientData = transientData == null ? null : Json.copy(transientData);
        }
    }

    record UpdateDisplayData(Map<String, Object> data, Map<String, Object> metadata,
                             @JsonProperty("transient") Map<String, Object> transientData) implements IopubContent {
        public UpdateDisplayData {
            data = Json.copy(data);
            metadata = Json.copy(metadata);
            transientData = Json.copy(transientData);
        }
    }

    record ExecuteResult(int executionCount, Map<String, Object> data, Map<String, Object> metadata)
            implements IopubContent {
        public ExecuteResult {
            data = Json.copy(data);
            metadata = Json.copy(metadata);
        }
    }

    /** The {@code error} message: a failed cell. The traceback lines are for people, not Java frames. */
    record ErrorOutput(String ename, String evalue, List<String> traceback) implements IopubContent {
        public ErrorOutput {
            Objects.requireNonNull(ename, "ename");
            Objects.requireNonNull(evalue, "evalue");
            traceback = List.copyOf(traceback);
        }
    }

    /** @param waitForNext clear only when the next output arrives (wire name "wait") */
    record ClearOutput(@JsonProperty("wait") boolean waitForNext) implements IopubContent {
    }
}
