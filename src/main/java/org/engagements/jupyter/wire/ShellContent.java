package org.engagements.jupyter.wire;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Requests a front end sends on the shell channel, and the kernel's replies. */
public sealed interface ShellContent extends Content {

    /** Run {@code code}. Absent flags take the protocol defaults; {@code silent} forces no history. */
    record ExecuteRequest(String code, Boolean silent, Boolean storeHistory, Map<String, Object> userExpressions,
                          Boolean allowStdin, Boolean stopOnError) implements ShellContent {
        public ExecuteRequest {
            Objects.requireNonNull(code, "code");
            silent = Boolean.TRUE.equals(silent);
            storeHistory = !silent && (storeHistory == null || storeHistory);
            userExpressions = Json.copy(userExpressions);
            allowStdin = allowStdin == null || allowStdin;
            stopOnError = stopOnError == null || stopOnError;
        }

        public static ExecuteRequest of(String code) {
            return new ExecuteRequest(code, false, true, Map.of(), true, true);
        }
    }

    /** Ok and error replies carry the execution count; an aborted reply carries only its status. */
    record ExecuteReply(ReplyStatus status, Integer executionCount, List<Map<String, Object>> payload,
                        Map<String, Object> userExpressions, String ename, String evalue, List<String> traceback)
            implements ShellContent {
        public ExecuteReply {
            Objects.requireNonNull(status, "status");
            payload = payload == null ? null : Json.copy(payload);
            userExpressions = userExpressions == null ? null : Json.copy(userExpressions);
            traceback = traceback == null ? null : List.copyOf(traceback);
        }

        public static ExecuteReply ok(int executionCount) {
            return new ExecuteReply(ReplyStatus.OK, executionCount, List.of(), Map.of(), null, null, null);
        }

        public static ExecuteReply error(int executionCount, String ename, String evalue, List<String> traceback) {
            return new ExecuteReply(ReplyStatus.ERROR, executionCount, List.of(), Map.of(), ename, evalue, traceback);
        }

        public static ExecuteReply aborted() {
            return new ExecuteReply(ReplyStatus.ABORTED, null, null, null, null, null, null);
        }
    }

    record KernelInfoRequest() implements ShellContent {
    }

    record KernelInfoReply(ReplyStatus status, String protocolVersion, String implementation,
                           String implementationVersion, LanguageInfo languageInfo, String banner,
                           Boolean debugger, List<HelpLink> helpLinks) implements ShellContent {
        public KernelInfoReply {
            Objects.requireNonNull(status, "status");
            helpLinks = helpLinks == null ? List.of() : List.copyOf(helpLinks);
        }

        public record HelpLink(String text, String url) {
        }
    }

    record IsCompleteRequest(String code) implements ShellContent {
        public IsCompleteRequest {
            Objects.requireNonNull(code, "code");
        }
    }

    /** @param status complete, incomplete, invalid or unknown; {@code indent} only with incomplete */
    record IsCompleteReply(String status, String indent) implements ShellContent {
        public IsCompleteReply {
            Objects.requireNonNull(status, "status");
        }
    }

    /** @param cursorPos in Unicode code points from the start of {@code code} */
    record CompleteRequest(String code, Integer cursorPos) implements ShellContent {
        public CompleteRequest {
            Objects.requireNonNull(code, "code");
            cursorPos = cursorPos == null ? code.codePointCount(0, code.length()) : cursorPos;
        }
    }

    record CompleteReply(ReplyStatus status, List<String> matches, int cursorStart, int cursorEnd,
                         Map<String, Object> metadata) implements ShellContent {
        public CompleteReply {
            Objects.requireNonNull(status, "status");
            matches = List.copyOf(matches);
            metadata = Json.copy(metadata);
        }
    }

    record InspectRequest(String code, Integer cursorPos, Integer detailLevel) implements ShellContent {
        public InspectRequest {
            Objects.requireNonNull(code, "code");
            cursorPos = cursorPos == null ? code.codePointCount(0, code.length()) : cursorPos;
            detailLevel = detailLevel == null ? 0 : detailLevel;
        }
    }

    record InspectReply(ReplyStatus status, boolean found, Map<String, Object> data, Map<String, Object> metadata)
            implements ShellContent {
        public InspectReply {
            Objects.requireNonNull(status, "status");
            data = Json.copy(data);
            metadata = Json.copy(metadata);
        }
    }

    /** @param histAccessType tail, range or search; the other fields apply to some of them only */
    record HistoryRequest(Boolean output, Boolean raw, String histAccessType, Integer session, Integer start,
                          Integer stop, Integer n, String pattern, Boolean unique) implements ShellContent {
        public HistoryRequest {
            output = Boolean.TRUE.equals(output);
            raw = raw == null || raw;
            histAccessType = Objects.requireNonNullElse(histAccessType, "tail");
            unique = Boolean.TRUE.equals(unique);
        }
    }

    /** @param history triples (session, line, input), or (session, line, [input, output]) */
    record HistoryReply(ReplyStatus status, List<List<Object>> history) implements ShellContent {
        public HistoryReply {
            Objects.requireNonNull(status, "status");
            history = Json.copy(history);
        }
    }

    record CommInfoRequest(String targetName) implements ShellContent {
    }

    record CommInfoReply(ReplyStatus status, Map<String, Object> comms) implements ShellContent {
        public CommInfoReply {
            Objects.requireNonNull(status, "status");
            comms = Json.copy(comms);
        }
    }
}
