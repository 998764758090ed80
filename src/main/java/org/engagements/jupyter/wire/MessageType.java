package org.engagements.jupyter.wire;

import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The one table from wire message names to typed content. Every name the kernel reads or writes is
 * here, and each content record belongs to exactly one name.
 */
public enum MessageType {
    EXECUTE_REQUEST("execute_request", ShellContent.ExecuteRequest.class),
    EXECUTE_REPLY("execute_reply", ShellContent.ExecuteReply.class),
    KERNEL_INFO_REQUEST("kernel_info_request", ShellContent.KernelInfoRequest.class),
    KERNEL_INFO_REPLY("kernel_info_reply", ShellContent.KernelInfoReply.class),
    IS_COMPLETE_REQUEST("is_complete_request", ShellContent.IsCompleteRequest.class),
    IS_COMPLETE_REPLY("is_complete_reply", ShellContent.IsCompleteReply.class),
    COMPLETE_REQUEST("complete_request", ShellContent.CompleteRequest.class),
    COMPLETE_REPLY("complete_reply", ShellContent.CompleteReply.class),
    INSPECT_REQUEST("inspect_request", ShellContent.InspectRequest.class),
    INSPECT_REPLY("inspect_reply", ShellContent.InspectReply.class),
    HISTORY_REQUEST("history_request", ShellContent.HistoryRequest.class),
    HISTORY_REPLY("history_reply", ShellContent.HistoryReply.class),
    COMM_INFO_REQUEST("comm_info_request", ShellContent.CommInfoRequest.class),
    COMM_INFO_REPLY("comm_info_reply", ShellContent.CommInfoReply.class),

    STATUS("status", IopubContent.Status.class),
    EXECUTE_INPUT("execute_input", IopubContent.ExecuteInput.class),
    STREAM("stream", IopubContent.Stream.class),
    DISPLAY_DATA("display_data", IopubContent.DisplayData.class),
    UPDATE_DISPLAY_DATA("update_display_data", IopubContent.UpdateDisplayData.class),
    EXECUTE_RESULT("execute_result", IopubContent.ExecuteResult.class),
    ERROR("error", IopubContent.ErrorOutput.class),
    CLEAR_OUTPUT("clear_output", IopubContent.ClearOutput.class),

    SHUTDOWN_REQUEST("shutdown_request", ControlContent.ShutdownRequest.class),
    SHUTDOWN_REPLY("shutdown_reply", ControlContent.ShutdownReply.class),
    INTERRUPT_REQUEST("interrupt_request", ControlContent.InterruptRequest.class),
    INTERRUPT_REPLY("interrupt_reply", ControlContent.InterruptReply.class),

    COMM_OPEN("comm_open", CommContent.CommOpen.class),
    COMM_MSG("comm_msg", CommContent.CommMsg.class),
    COMM_CLOSE("comm_close", CommContent.CommClose.class),

    INPUT_REQUEST("input_request", StdinContent.InputRequest.class),
    INPUT_REPLY("input_reply", StdinContent.InputReply.class);

    private static final Map<String, MessageType> BY_WIRE_NAME = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(MessageType::wireName, Function.identity()));
    private static final Map<Class<? extends Content>, MessageType> BY_CONTENT = byContent();

    private final String wireName;
    private final Class<? extends Content> contentType;

    MessageType(String wireName, Class<? extends Content> contentType) {
        this.wireName = wireName;
        this.contentType = contentType;
    }

    public String wireName() {
        return wireName;
    }

    public Class<? extends Content> contentType() {
        return contentType;
    }

    /** The type with this wire name, or empty for names this kernel does not know (e.g. debug_request). */
    public static Optional<MessageType> find(String wireName) {
        return Optional.ofNullable(BY_WIRE_NAME.get(wireName));
    }

    /** The type a content record is sent as. */
    public static MessageType of(Content content) {
        MessageType type = BY_CONTENT.get(content.getClass());
        if (type == null) {
            throw new IllegalStateException("no wire name for " + content.getClass().getName());
        }
        return type;
    }

    private static Map<Class<? extends Content>, MessageType> byContent() {
        Map<Class<? extends Content>, MessageType> map = new HashMap<>();
        for (MessageType type : values()) {
            if (map.put(type.contentType, type) != null) {
                throw new ExceptionInInitializerError("two wire names for " + type.contentType.getName());
            }
        }
        return Collections.unmodifiableMap(map);
    }
}
