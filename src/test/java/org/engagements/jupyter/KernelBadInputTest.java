package org.engagements.jupyter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.engagements.jupyter.wire.ConnectionInfo;
import org.engagements.jupyter.wire.Message;
import org.engagements.jupyter.wire.ReplyStatus;
import org.engagements.jupyter.wire.ShellContent;
import org.engagements.jupyter.wire.ShellContent.ExecuteReply;
import org.engagements.jupyter.wire.ShellContent.ExecuteRequest;
import org.engagements.jupyter.wire.Signer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Messages no proper client sends, over real sockets: each is dropped with one warning line naming what
 * was wrong (no stack trace, no reply, nothing run), and the kernel answers the next proper request.
 * Dropping, rather than an error reply, is what ipykernel does with a message it cannot deserialize.
 */
class KernelBadInputTest {
    private static final String KEY = "test-key";
    private final FakeBackend backend = new FakeBackend();
    private final List<LogRecord> logged = new CopyOnWriteArrayList<>();
    private final Logger kernelLog = Logger.getLogger("org.engagements.jupyter");
    private final Handler recorder = new Handler() {
        @Override
        public void publish(LogRecord record) {
            if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
                logged.add(record);
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private Kernel kernel;
    private KernelClient client;

    @BeforeEach
    void start() {
        kernelLog.addHandler(recorder);
        kernel = Kernel.start(ConnectionInfo.loopback(KEY), backend, KernelOptions.defaults());
        client = new KernelClient(kernel.connectionInfo()).awaitReady();
        logged.clear();
    }

    @AfterEach
    void stop() {
        client.close();
        kernel.close();
        kernelLog.removeHandler(recorder);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** A proper execute request's frames with one part replaced, signed again as a client with the key would. */
    private List<byte[]> signedWith(int part, String json) {
        List<byte[]> frames = client.framesFor(ExecuteRequest.of("1"));
        frames.set(2 + part, bytes(json));
        frames.set(1, Signer.of("hmac-sha256", KEY).sign(frames.subList(2, 6)));
        return frames;
    }

    private static String header(String type) {
        return "{\"msg_id\":\"bad-1\",\"session\":\"s\",\"username\":\"u\",\"date\":\"2024-05-01T12:00:00Z\","
                + "\"msg_type\":\"" + type + "\",\"version\":\"5.3\"}";
    }

    /** Sends {@code bad}, then a proper cell: its reply is the next on shell, and the cell is the first run. */
    private void assertDroppedThenServed(List<byte[]> bad, String logged) {
        client.shellFrames(bad);
        backend.on("fine", FakeBackend.value("ok"));
        Message proper = client.execute("fine");

        Message reply = client.shellReply();
        assertEquals(proper.header().msgId(), reply.parent().orElseThrow().msgId());
        assertEquals(ReplyStatus.OK, reply.content(ExecuteReply.class).status());
        assertEquals(List.of(1), backend.executionCounts, "only the proper cell ran");
        assertEquals(1, this.logged.size(), this::describeLog);
        LogRecord record = this.logged.get(0);
        assertTrue(record.getMessage().startsWith("dropped a message on shell: " + logged), this::describeLog);
        assertNull(record.getThrown(), "no stack trace for a client's mistake");
        assertTrue(record.getMessage().lines().count() == 1 && record.getMessage().length() < 400, this::describeLog);
    }

    private String describeLog() {
        return logged.stream().map(LogRecord::getMessage).toList().toString();
    }

    @Test
    void malformedJsonInAFrameIsDropped() {
        assertDroppedThenServed(signedWith(3, "{\"code\": \"1\""), "execute_request content is not a valid JSON");
    }

    @Test
    void aMissingOrWrongSignatureIsDropped() {
        List<byte[]> unsigned = client.framesFor(ExecuteRequest.of("System.exit(0);"));
        unsigned.set(1, new byte[0]);
        assertDroppedThenServed(unsigned, "unsigned message");
        logged.clear();
        List<byte[]> forged = client.framesFor(ExecuteRequest.of("System.exit(0);"));
        forged.set(1, Signer.of("hmac-sha256", "guessed").sign(forged.subList(2, 6)));
        client.shellFrames(forged);
        Message proper = client.shell(new ShellContent.KernelInfoRequest());
        assertEquals(proper.header().msgId(), client.shellReply().parent().orElseThrow().msgId());
        assertTrue(describeLog().contains("wrong signature"), this::describeLog);
    }

    @Test
    void aHeaderWithoutItsTypeIsDropped() {
        assertDroppedThenServed(signedWith(0, "{\"msg_id\":\"bad-1\",\"session\":\"s\"}"),
                "header is not a valid JSON object of the expected shape: missing msg_type");
    }

    @Test
    void anUnknownMessageTypeIsDropped() {
        assertDroppedThenServed(signedWith(0, header("make_coffee_request")),
                "unknown message type \"make_coffee_request\"");
    }

    @Test
    void aTruncatedMultipartMessageIsDropped() {
        List<byte[]> frames = client.framesFor(ExecuteRequest.of("1"));
        assertDroppedThenServed(new ArrayList<>(frames.subList(0, 4)), "expected signature, header, parent header, "
                + "metadata and content after <IDS|MSG>, found 3 frame(s)");
    }

    @Test
    void codeThatIsNotAStringIsDropped() {
        assertDroppedThenServed(signedWith(3, "{\"code\": 42}"), "execute_request content is not a valid JSON");
    }

    @Test
    void frameOfBinaryGarbageIsDropped() {
        assertDroppedThenServed(List.of(new byte[] {0, (byte) 0xff, 7}, new byte[0]), "no <IDS|MSG> delimiter");
    }

    @Test
    void listensOnTheLoopbackAddressOnly() {
        assertEquals("127.0.0.1", kernel.connectionInfo().ip());
    }

    @Test
    void aHugeCellWithinTheLimitsIsRunLikeAnyOther() {
        String huge = "// " + "x".repeat(8 * 1024 * 1024);
        backend.on(huge, FakeBackend.value("big"));
        client.execute(huge);
        assertEquals(ReplyStatus.OK, client.shellReply().content(ExecuteReply.class).status());
        client.execute("next");
        assertEquals(2, client.shellReply().content(ExecuteReply.class).executionCount());
    }
}
