package org.engagements.jupyter.wire;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.engagements.jupyter.wire.IopubContent.StreamName;
import org.engagements.jupyter.wire.ShellContent.ExecuteRequest;
import org.junit.jupiter.api.Test;

class MessageCodecTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-05-01T12:00:00Z"), ZoneOffset.UTC);
    private static final Session SESSION = new Session("s-1", "kernel", CLOCK, () -> "m-1");
    private static final MessageCodec CODEC =
            new MessageCodec(Signer.of("hmac-sha256", "secret-key"), WireLimits.DEFAULT);

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String text(byte[] frame) {
        return new String(frame, StandardCharsets.UTF_8);
    }

    @Test
    void encodesTheFramesOfAKnownVector() {
        // Signature computed independently:
        // python3 -c 'import hmac,hashlib; print(hmac.new(b"secret-key", HEADER+b"{}"+b"{}"+CONTENT,
        //             hashlib.sha256).hexdigest())'
        List<byte[]> frames = CODEC.encode(SESSION.message(ExecuteRequest.of("1+1")));

        assertEquals(List.of("<IDS|MSG>",
                "89dbeb7373187abe3537a133649e538b91b918e3501bd68c5c390f3338bb6da3",
                "{\"msg_id\":\"m-1\",\"session\":\"s-1\",\"username\":\"kernel\",\"date\":\"2024-05-01T12:00:00.000000Z\","
                        + "\"msg_type\":\"execute_request\",\"version\":\"5.3\"}",
                "{}",
                "{}",
                "{\"code\":\"1+1\",\"silent\":false,\"store_history\":true,\"user_expressions\":{},"
                        + "\"allow_stdin\":true,\"stop_on_error\":true}"),
                frames.stream().map(MessageCodecTest::text).toList());
    }

    @Test
    void roundTripsIdentitiesParentMetadataContentAndBuffers() {
        Message request = SESSION.message(ExecuteRequest.of("x")).withIdentities(List.of(bytes("peer-a"), bytes("b")));
        Message original = new Message(List.of(bytes("peer-a"), new byte[] {0, (byte) 0xff}),
                SESSION.header(MessageType.STREAM), Optional.of(request.header()), Map.of("note", "ünïcode"),
                new IopubContent.Stream(StreamName.STDERR, "line\n"), List.of(new byte[] {1, 2, 3}, new byte[0]));

        Message decoded = CODEC.decode(CODEC.encode(original));

        assertEquals(2, decoded.identities().size());
        assertArrayEquals(bytes("peer-a"), decoded.identities().get(0));
        assertArrayEquals(new byte[] {0, (byte) 0xff}, decoded.identities().get(1));
        assertEquals(original.header(), decoded.header());
        assertEquals(Optional.of(request.header()), decoded.parent());
        assertEquals(Map.of("note", "ünïcode"), decoded.metadata());
        assertEquals(original.content(), decoded.content());
        assertEquals(2, decoded.buffers().size());
        assertArrayEquals(new byte[] {1, 2, 3}, decoded.buffers().get(0));
        assertArrayEquals(new byte[0], decoded.buffers().get(1));
    }

    @Test
    void fillsProtocolDefaultsForFieldsAClientLeftOut() {
        Message message = CODEC.decode(signed(header("execute_request"), "{\"code\":\"1\",\"silent\":true}"));

        ExecuteRequest request = message.content(ExecuteRequest.class);
        assertTrue(request.silent());
        assertFalse(request.storeHistory(), "silent forces store_history off");
        assertTrue(request.stopOnError());
        assertEquals(Optional.empty(), message.parent());
    }

    @Test
    void rejectsAnUnsignedMessage() {
        List<byte[]> frames = signed(header("kernel_info_request"), "{}");
        frames.set(1, new byte[0]);
        assertRejected(frames, "unsigned");
    }

    @Test
    void rejectsAWronglySignedMessage() {
        List<byte[]> frames = signed(header("kernel_info_request"), "{}");
        frames.set(1, Signer.of("hmac-sha256", "another-key").sign(frames.subList(2, 6)));
        assertRejected(frames, "wrong signature");
    }

    @Test
    void rejectsATamperedContentFrame() {
        List<byte[]> frames = signed(header("execute_request"), "{\"code\":\"1\"}");
        frames.set(5, bytes("{\"code\":\"2\"}"));
        assertRejected(frames, "wrong signature");
    }

    @Test
    void rejectsMalformedJsonEvenWhenSigned() {
        assertRejected(signed("{\"msg_id\": \"x\", ", "{}"), "header");
        assertRejected(signed(header("execute_request"), "[1, 2]"), "execute_request content");
        assertRejected(signed(header("execute_request"), "{\"silent\": true}"), "execute_request content");
        assertRejected(signed(header("kernel_info_request"), "{} trailing"), "content");
        assertRejected(signed(header("kernel_info_request"), "null"), "content");
    }

    @Test
    void rejectsUnknownMessageTypesAndBrokenFraming() {
        assertRejected(signed(header("debug_request"), "{}"), "unknown message type \"debug_request\"");
        List<byte[]> noDelimiter = signed(header("kernel_info_request"), "{}");
        noDelimiter.remove(0);
        assertRejected(noDelimiter, "delimiter");
        List<byte[]> short_ = signed(header("kernel_info_request"), "{}");
        short_.remove(short_.size() - 1);
        assertRejected(short_, "found 4 frame(s)");
    }

    @Test
    void rejectsAHeaderWithoutItsTypeOrIdOrThatIsNotAnObject() {
        assertRejected(signed("{\"msg_id\":\"abc\",\"session\":\"client\"}", "{}"), "header is not a valid JSON "
                + "object of the expected shape: missing msg_type");
        assertRejected(signed("{\"msg_type\":\"kernel_info_request\"}", "{}"), "header is not a valid JSON "
                + "object of the expected shape: missing msg_id");
        assertRejected(signed(header("execute_request"), "{\"silent\": true}"), "missing code");
        assertRejected(signed("\"kernel_info_request\"", "{}"), "header");
        assertRejected(signed(header("kernel_info_request").replace("\"version\":\"5.3\"", "\"version\":{}"), "{}"),
                "header");
    }

    @Test
    void rejectsContentFieldsOfTheWrongJsonType() {
        assertRejected(signed(header("execute_request"), "{\"code\": 42}"), "execute_request content");
        assertRejected(signed(header("execute_request"), "{\"code\": true}"), "execute_request content");
        assertRejected(signed(header("execute_request"), "{\"code\": [\"1\"]}"), "execute_request content");
        assertRejected(signed(header("execute_request"), "{\"code\": \"1\", \"silent\": \"yes\"}"),
                "execute_request content");
        assertRejected(signed(header("execute_request"), "{\"code\": \"1\", \"silent\": 1}"),
                "execute_request content");
        assertRejected(signed(header("complete_request"), "{\"code\": \"x\", \"cursor_pos\": \"1\"}"),
                "complete_request content");
        assertRejected(signed(header("complete_request"), "{\"code\": \"x\", \"cursor_pos\": 1.5}"),
                "complete_request content");
    }

    @Test
    void saysWhatWasWrongWithoutEchoingTheMessage() {
        String secret = "s3cr3t-" + "x".repeat(500);
        WireException error = assertThrows(WireException.class,
                () -> CODEC.decode(signed(header("execute_request"), "{\"code\": [\"" + secret + "\"]}")));
        assertFalse(error.getMessage().contains(secret), error.getMessage());
        assertTrue(error.getMessage().length() < 300, error.getMessage());
    }

    @Test
    void rejectsMessagesOverTheLimitsBeforeReadingThem() {
        MessageCodec small = new MessageCodec(Signer.of("hmac-sha256", "secret-key"), new WireLimits(1024, 8));
        List<byte[]> big = signed(header("kernel_info_request"), "{}");
        big.add(new byte[1024]);
        WireException error = assertThrows(WireException.class, () -> small.decode(big));
        assertTrue(error.getMessage().contains("over the limit"), error.getMessage());
        List<byte[]> many = signed(header("kernel_info_request"), "{}");
        for (int i = 0; i < 3; i++) {
            many.add(new byte[0]);
        }
        assertThrows(WireException.class, () -> small.decode(many));
    }

    @Test
    void withoutAKeyAcceptsAnySignature() {
        MessageCodec open = new MessageCodec(Signer.unsigned(), WireLimits.DEFAULT);
        List<byte[]> frames = signed(header("kernel_info_request"), "{}");
        frames.set(1, bytes("not-checked"));
        assertEquals(MessageType.KERNEL_INFO_REQUEST, open.decode(frames).type());
        assertEquals(0, open.encode(SESSION.message(new ShellContent.KernelInfoRequest())).get(1).length);
    }

    private static String header(String type) {
        return "{\"msg_id\":\"abc\",\"session\":\"client\",\"username\":\"u\",\"date\":\"2024-05-01T12:00:00Z\","
                + "\"msg_type\":\"" + type + "\",\"version\":\"5.3\"}";
    }

    @Test
    void deeplyNestedContentIsAWireErrorNotAStackOverflow() {
        String deep = "{\"code\":\"1\",\"user_expressions\":{\"x\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}}";
        WireException error = assertThrows(WireException.class,
                () -> CODEC.decode(signed(header("execute_request"), deep)));
        assertTrue(error.getMessage().contains("nesting depth"), error.getMessage());
    }

    @Test
    void duplicateKeysInAHeaderAreAWireError() {
        String header = header("execute_request").replace("{", "{\"msg_id\":\"first\",");
        assertThrows(WireException.class, () -> CODEC.decode(signed(header, "{\"code\":\"1\"}")));
    }

    /** Frames signed with the test key, as a well-behaved client would send them, mutable for tampering. */
    private static List<byte[]> signed(String header, String content) {
        List<byte[]> parts = List.of(bytes(header), bytes("{}"), bytes("{}"), bytes(content));
        List<byte[]> frames = new ArrayList<>();
        frames.add(MessageCodec.DELIMITER.clone());
        frames.add(Signer.of("hmac-sha256", "secret-key").sign(parts));
        frames.addAll(parts);
        return frames;
    }

    private static void assertRejected(List<byte[]> frames, String expected) {
        WireException error = assertThrows(WireException.class, () -> CODEC.decode(frames));
        assertTrue(error.getMessage().contains(expected), "message was: " + error.getMessage());
    }
}
