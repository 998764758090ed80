package org.engagements.jupyter.wire;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One Jupyter message, as parsed from or written to ZeroMQ frames by {@link MessageCodec}.
 *
 * <p>Immutable: the byte arrays are copied in and out. {@code identities} are the routing frames
 * before the {@code <IDS|MSG>} delimiter (a ROUTER socket's peer ids, or an iopub topic);
 * {@code buffers} are the raw frames after the content.
 *
 * @param parent the header of the request that caused this message, empty for unprompted messages
 */
public record Message(List<byte[]> identities, Header header, Optional<Header> parent,
                      Map<String, Object> metadata, Content content, List<byte[]> buffers) {

    public Message {
        identities = copyFrames(identities);
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(parent, "parent");
        metadata = Json.copy(metadata);
        Objects.requireNonNull(content, "content");
        buffers = copyFrames(buffers);
        if (!header.msgType().equals(MessageType.of(content).wireName())) {
            throw new IllegalArgumentException("header says " + header.msgType() + " but content is "
                    + MessageType.of(content).wireName());
        }
    }

    public MessageType type() {
        return MessageType.of(content);
    }

    /** The content as the record class its type maps to; a programmer error when it is not. */
    public <T extends Content> T content(Class<T> type) {
        return type.cast(content);
    }

    @Override
    public List<byte[]> identities() {
        return copyFrames(identities);
    }

    @Override
    public List<byte[]> buffers() {
        return copyFrames(buffers);
    }

    /** This message with other routing frames (e.g. an iopub topic). */
    public Message withIdentities(List<byte[]> newIdentities) {
        return new Message(newIdentities, header, parent, metadata, content, buffers);
    }

    private static List<byte[]> copyFrames(List<byte[]> frames) {
        return frames == null ? List.of() : frames.stream().map(byte[]::clone).toList();
    }

    @Override
    public String toString() {
        return "Message[" + header.msgType() + " " + header.msgId() + "]";
    }
}
