package org.engagements.jupyter.wire;

import java.util.Objects;

/**
 * A message header. Kernels make theirs with {@link Session#header}; a request's header comes back
 * unchanged as the parent header of everything the request causes.
 *
 * @param msgId    unique per message (a UUID for ours)
 * @param session  the sender's session id
 * @param date     ISO 8601 with time zone, e.g. {@code 2024-05-01T12:00:00.000000Z}
 * @param msgType  a wire name from {@link MessageType}
 * @param version  protocol version, {@value #PROTOCOL_VERSION} for ours
 */
public record Header(String msgId, String session, String username, String date, String msgType,
                     String version) {

    /** The messaging protocol version this kernel speaks. */
    public static final String PROTOCOL_VERSION = "5.3";

    public Header {
        Objects.requireNonNull(msgId, "msgId");
        Objects.requireNonNull(msgType, "msgType");
        session = Objects.requireNonNullElse(session, "");
        username = Objects.requireNonNullElse(username, "");
        date = Objects.requireNonNullElse(date, "");
        version = Objects.requireNonNullElse(version, "");
    }
}
