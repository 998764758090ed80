package org.engagements.jupyter.wire;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns messages into ZeroMQ frames and back:
 * {@code identities… <IDS|MSG> signature header parent_header metadata content buffers…}.
 *
 * <p>Decoding checks, in this order and before any JSON is parsed past the limits: the size limits,
 * the delimiter, the frame count, the signature (missing or wrong is rejected when a key is set), then
 * the JSON of each part. Any failure is a {@link WireException} naming what was wrong; the caller logs
 * and drops the message. Immutable and thread-safe.
 */
public final class MessageCodec {
    /** The frame that separates routing identities from the message. */
    public static final byte[] DELIMITER = "<IDS|MSG>".getBytes(StandardCharsets.US_ASCII);

    private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() {
    };
    private static final int SIGNED_PARTS = 4;

    private final Signer signer;
    private final WireLimits limits;

    public MessageCodec(Signer signer, WireLimits limits) {
        this.signer = signer;
        this.limits = limits;
    }

    public WireLimits limits() {
        return limits;
    }

    /** The frames to send for {@code message}, signed with this codec's key. */
    public List<byte[]> encode(Message message) {
        List<byte[]> parts = List.of(
                json(message.header()),
                message.parent().map(MessageCodec::json).orElse(json(Map.of())),
                json(message.metadata()),
                json(message.content()));
        List<byte[]> frames = new ArrayList<>(message.identities());
        frames.add(DELIMITER.clone());
        frames.add(signer.sign(parts));
        frames.addAll(parts);
        frames.addAll(message.buffers());
        return frames;
    }

    /**
     * The message in these frames.
     *
     * @throws WireException when the frames are over the limits, unsigned or wrongly signed, malformed, or of
     *                       a type this kernel does not know
     */
    public Message decode(List<byte[]> frames) {
        checkLimits(frames);
        int delimiter = indexOfDelimiter(frames);
        int after = frames.size() - delimiter - 1;
        if (after < 1 + SIGNED_PARTS) {
            throw new WireException("expected signature, header, parent header, metadata and content after "
                    + "<IDS|MSG>, found " + after + " frame(s)");
        }
        List<byte[]> parts = frames.subList(delimiter + 2, delimiter + 2 + SIGNED_PARTS);
        checkSignature(frames.get(delimiter + 1), parts);
        Header header = parse(parts.get(0), Header.class, "header");
        MessageType type = MessageType.find(header.msgType()).orElseThrow(() -> new WireException(
                "unknown message type \"" + abbreviate(header.msgType()) + "\""));
        Optional<Header> parent = parseParent(parts.get(1));
        Map<String, Object> metadata = parse(parts.get(2), OBJECT, "metadata");
        Content content = parse(parts.get(3), type.contentType(), header.msgType() + " content");
        return new Message(frames.subList(0, delimiter), header, parent, metadata, content,
                frames.subList(delimiter + 2 + SIGNED_PARTS, frames.size()));
    }

    /** Whether a message of {@code frames} frames totalling {@code bytes} bytes is within the limits. */
    public boolean withinLimits(int frames, long bytes) {
        return frames <= limits.maxFrames() && bytes <= limits.maxMessageBytes();
    }

    private void checkLimits(List<byte[]> frames) {
        long bytes = frames.stream().mapToLong(frame -> frame.length).sum();
        if (!withinLimits(frames.size(), bytes)) {
            throw new WireException("message of " + frames.size() + " frames and " + bytes + " bytes is over the "
                    + "limit of " + limits.maxFrames() + " frames and " + limits.maxMessageBytes() + " bytes");
        }
    }

    private static int indexOfDelimiter(List<byte[]> frames) {
        for (int i = 0; i < frames.size(); i++) {
            if (Arrays.equals(frames.get(i), DELIMITER)) {
                return i;
            }
        }
        throw new WireException("no <IDS|MSG> delimiter frame");
    }

    private void checkSignature(byte[] signature, List<byte[]> parts) {
        if (!signer.isSigning()) {
            return;
        }
        if (signature.length == 0) {
            throw new WireException("unsigned message (the connection requires an HMAC signature)");
        }
        if (!signer.verify(signature, parts)) {
            throw new WireException("wrong signature (not signed with this connection's key)");
        }
    }

    private static Optional<Header> parseParent(byte[] frame) {
        Map<String, Object> raw = parse(frame, OBJECT, "parent header");
        if (raw.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(parse(frame, Header.class, "parent header"));
    }

    private static <T> T parse(byte[] frame, Class<T> type, String part) {
        try {
            return requireValue(Json.MAPPER.readValue(frame, type), part);
        } catch (IOException | IllegalArgumentException e) {
            throw malformed(part, e);
        }
    }

    private static <T> T parse(byte[] frame, TypeReference<T> type, String part) {
        try {
            return requireValue(Json.MAPPER.readValue(frame, type), part);
        } catch (IOException | IllegalArgumentException e) {
            throw malformed(part, e);
        }
    }

    private static <T> T requireValue(T value, String part) {
        if (value == null) {
            throw new WireException(part + " is null, expected a JSON object");
        }
        return value;
    }

    private static WireException malformed(String part, Exception e) {
        return new WireException(part + " is not a valid JSON object of the expected shape: "
                + abbreviate(String.valueOf(detail(e))), e);
    }

    /** What Jackson said; for a required field left out, {@code missing msg_type} rather than a Java message. */
    private static String detail(Exception e) {
        if (e instanceof ValueInstantiationException instantiation
                && instantiation.getCause() instanceof NullPointerException missing && missing.getMessage() != null) {
            return "missing " + new PropertyNamingStrategies.SnakeCaseStrategy().translate(missing.getMessage());
        }
        return e instanceof JsonProcessingException json ? json.getOriginalMessage() : e.getMessage();
    }

    private static byte[] json(Object value) {
        try {
            return Json.MAPPER.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    private static String abbreviate(String text) {
        String firstLine = text.lines().findFirst().orElse("");
        return firstLine.length() <= 160 ? firstLine : firstLine.substring(0, 157) + "...";
    }
}
