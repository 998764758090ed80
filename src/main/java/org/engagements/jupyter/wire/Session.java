package org.engagements.jupyter.wire;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Makes the headers of one side of a conversation: a fixed session id and user name, a fresh message
 * id per message, and the time from an injected clock (so tests can fix it). Thread-safe when the id
 * supplier is.
 */
public final class Session {
    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSXXX").withZone(ZoneOffset.UTC);

    private final String id;
    private final String username;
    private final Clock clock;
    private final Supplier<String> messageIds;

    public Session(String id, String username, Clock clock, Supplier<String> messageIds) {
        this.id = id;
        this.username = username;
        this.clock = clock;
        this.messageIds = messageIds;
    }

    /** A session with a random id whose messages get random UUIDs. */
    public static Session create(String username, Clock clock) {
        return new Session(UUID.randomUUID().toString(), username, clock, () -> UUID.randomUUID().toString());
    }

    public String id() {
        return id;
    }

    public Header header(MessageType type) {
        return new Header(messageIds.get(), id, username, DATE.format(clock.instant()), type.wireName(),
                Header.PROTOCOL_VERSION);
    }

    /** A message that answers nothing: a client's request, or the kernel's first status. */
    public Message message(Content content) {
        return new Message(List.of(), header(MessageType.of(content)), Optional.empty(), Map.of(), content,
                List.of());
    }

    /** The reply to {@code request}: routed back to its sender, with its header as parent. */
    public Message reply(Message request, Content content) {
        return reply(request, content, Map.of());
    }

    public Message reply(Message request, Content content, Map<String, Object> metadata) {
        return new Message(request.identities(), header(MessageType.of(content)), Optional.of(request.header()),
                metadata, content, List.of());
    }

    /** A message for iopub, caused by the request with header {@code parent}, topic {@code kernel.<id>.<type>}. */
    public Message broadcast(Optional<Header> parent, Content content) {
        MessageType type = MessageType.of(content);
        byte[] topic = ("kernel." + id + "." + type.wireName()).getBytes(StandardCharsets.UTF_8);
        return new Message(List.of(topic), header(type), parent, Map.of(), content, List.of());
    }
}
