package org.engagements.jupyter;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.engagements.jupyter.wire.CommContent;
import org.engagements.jupyter.wire.ConnectionInfo;
import org.engagements.jupyter.wire.ControlContent;
import org.engagements.jupyter.wire.IopubContent;
import org.engagements.jupyter.wire.Message;
import org.engagements.jupyter.wire.MessageType;
import org.engagements.jupyter.wire.ReplyStatus;
import org.engagements.jupyter.wire.ShellContent;
import org.engagements.jupyter.wire.ShellContent.ExecuteReply;
import org.engagements.jupyter.wire.ShellContent.ExecuteRequest;
import org.engagements.jupyter.wire.WireLimits;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The kernel over real ZeroMQ sockets on 127.0.0.1 (ports chosen at bind time), with a scripted backend. */
class KernelTest {
    private final FakeBackend backend = new FakeBackend();
    private Kernel kernel;
    private KernelClient client;

    private KernelClient start(KernelOptions options) {
        kernel = Kernel.start(ConnectionInfo.loopback("test-key"), backend, options);
        client = new KernelClient(kernel.connectionInfo()).awaitReady();
        return client;
    }

    private KernelClient start() {
        return start(KernelOptions.defaults());
    }

    @AfterEach
    void stop() {
        if (client != null) {
            client.close();
        }
        if (kernel != null) {
            kernel.close();
        }
    }

    private static List<MessageType> types(List<Message> messages) {
        return messages.stream().map(Message::type).toList();
    }

    @Test
    void answersKernelInfoWithProtocolVersionAndTheBackendsLanguage() {
        start();
        Message request = client.shell(new ShellContent.KernelInfoRequest());
        Message reply = client.shellReply();

        ShellContent.KernelInfoReply info = reply.content(ShellContent.KernelInfoReply.class);
        assertEquals("5.3", info.protocolVersion());
        assertEquals("engagements", info.implementation());
        assertEquals(".jsh", info.languageInfo().fileExtension());
        assertEquals(Optional.of(request.header()), reply.parent());
        assertEquals("5.3", reply.header().version());
    }

    @Test
    void publishesAnExecutionInTheProtocolsOrderWithTheRequestAsParent() {
        start();
        backend.on("6*7", FakeBackend.printsThenValue("working\n", "42"));
        Message request = client.execute("6*7");

        ExecuteReply reply = client.shellReply().content(ExecuteReply.class);
        List<Message> published = client.iopubThroughIdle(request);

        assertEquals(ReplyStatus.OK, reply.status());
        assertEquals(1, reply.executionCount());
        assertEquals(List.of(MessageType.STATUS, MessageType.EXECUTE_INPUT, MessageType.STREAM,
                MessageType.EXECUTE_RESULT, MessageType.STATUS), types(published));
        assertEquals(new IopubContent.Status(IopubContent.ExecutionState.BUSY), published.get(0).content());
        assertEquals(new IopubContent.ExecuteInput("6*7", 1), published.get(1).content());
        assertEquals(new IopubContent.Stream(IopubContent.StreamName.STDOUT, "working\n"), published.get(2).content());
        assertEquals(new IopubContent.ExecuteResult(1, Map.of("text/plain", "42"), Map.of()), published.get(3).content());
        assertTrue(published.stream().allMatch(m -> m.parent().equals(Optional.of(request.header()))));
    }

    @Test
    void streamsOutputWhileTheCellIsStillRunning() {
        start();
        CountDownLatch seen = new CountDownLatch(1);
        backend.on("slow", (live, fake) -> {
            live.stdout("tick\n");
            boolean shown = seen.await(FakeBackend.BOUND.toMillis(), TimeUnit.MILLISECONDS);
            return shown ? ExecutionOutcome.ok() : ExecutionOutcome.failed("NotLive", "stream not seen", List.of());
        });
        Message request = client.execute("slow");

        Message stream = client.awaitIopub(request, MessageType.STREAM);
        seen.countDown();

        assertEquals("tick\n", stream.content(IopubContent.Stream.class).text());
        assertEquals(ReplyStatus.OK, client.shellReply().content(ExecuteReply.class).status());
    }

    @Test
    void silentCellsPublishNoInputOrResultAndDoNotCount() {
        start();
        backend.on("quiet", FakeBackend.value("1"));
        Message silent = client.shell(new ExecuteRequest("quiet", true, true, Map.of(), false, true));
        ExecuteReply silentReply = client.shellReply().content(ExecuteReply.class);
        List<Message> published = client.iopubThroughIdle(silent);
        Message loud = client.execute("quiet");
        ExecuteReply loudReply = client.shellReply().content(ExecuteReply.class);

        assertEquals(List.of(MessageType.STATUS, MessageType.STATUS), types(published));
        assertEquals(0, silentReply.executionCount());
        assertEquals(1, loudReply.executionCount());
        assertEquals(List.of(MessageType.STATUS, MessageType.EXECUTE_INPUT, MessageType.EXECUTE_RESULT,
                MessageType.STATUS), types(client.iopubThroughIdle(loud)));
    }

    @Test
    void cellsWithoutStoreHistoryDoNotAdvanceTheCount() {
        start();
        client.shell(new ExecuteRequest("a", false, false, Map.of(), false, true));
        assertEquals(0, client.shellReply().content(ExecuteReply.class).executionCount());
        client.execute("b");
        assertEquals(1, client.shellReply().content(ExecuteReply.class).executionCount());
        assertEquals(List.of(0, 1), backend.executionCounts);
    }

    @Test
    void aFailedCellPublishesItsErrorAndRepliesWithIt() {
        start();
        backend.on("boom", FakeBackend.fails("java.lang.RuntimeException", "boom"));
        Message request = client.execute("boom");

        ExecuteReply reply = client.shellReply().content(ExecuteReply.class);
        List<Message> published = client.iopubThroughIdle(request);

        assertEquals(ReplyStatus.ERROR, reply.status());
        assertEquals("java.lang.RuntimeException", reply.ename());
        assertEquals(List.of(MessageType.STATUS, MessageType.EXECUTE_INPUT, MessageType.ERROR, MessageType.STATUS),
                types(published));
        assertEquals(List.of("cell 1, line 1: boom"), published.get(2).content(IopubContent.ErrorOutput.class).traceback());
    }

    @Test
    void aBackendThatThrowsGivesTheUserAOneLineInternalErrorAndTheKernelGoesOn() {
        start();
        backend.on("bug", (live, fake) -> {
            throw new IllegalStateException("backend bug");
        });
        client.execute("bug");
        ExecuteReply reply = client.shellReply().content(ExecuteReply.class);

        assertEquals("InternalError", reply.ename());
        assertTrue(reply.traceback().stream().noneMatch(line -> line.contains("at org.")), reply.traceback().toString());
        client.execute("fine");
        assertEquals(ReplyStatus.OK, client.shellReply().content(ExecuteReply.class).status());
    }

    @Test
    void dropsUnsignedAndWronglySignedMessagesAndAnswersTheNextProperOne() {
        start();
        List<byte[]> unsigned = client.framesFor(new ShellContent.KernelInfoRequest());
        unsigned.set(1, new byte[0]);
        List<byte[]> forged = client.framesFor(new ShellContent.KernelInfoRequest());
        forged.set(1, "0".repeat(64).getBytes(StandardCharsets.US_ASCII));
        client.shellFrames(unsigned);
        client.shellFrames(forged);
        Message proper = client.shell(new ShellContent.KernelInfoRequest());

        // Same connection, so in order: a reply to either bad message would come before this one.
        assertEquals(proper.header().msgId(), client.shellReply().parent().orElseThrow().msgId());
    }

    @Test
    void dropsMalformedJsonAndAnswersTheNextProperMessage() {
        start();
        List<byte[]> frames = client.framesFor(new ShellContent.KernelInfoRequest());
        List<byte[]> parts = List.of("{\"msg_id\": ".getBytes(StandardCharsets.UTF_8), frames.get(3), frames.get(4),
                frames.get(5));
        frames.set(2, parts.get(0));
        frames.set(1, org.engagements.jupyter.wire.Signer.of("hmac-sha256", "test-key").sign(parts));
        client.shellFrames(frames);
        client.shellFrames(List.of("no delimiter".getBytes(StandardCharsets.UTF_8)));
        Message proper = client.shell(new ShellContent.KernelInfoRequest());

        assertEquals(proper.header().msgId(), client.shellReply().parent().orElseThrow().msgId());
    }

    @Test
    void dropsMessagesOverTheSizeLimitAndAnswersTheNextProperOne() {
        start(KernelOptions.defaults().withLimits(new WireLimits(4096, 64)));
        List<byte[]> big = client.framesFor(ExecuteRequest.of("x".repeat(3000)));
        big.add(new byte[3000]);
        client.shellFrames(big);
        Message proper = client.shell(new ShellContent.KernelInfoRequest());

        assertEquals(proper.header().msgId(), client.shellReply().parent().orElseThrow().msgId());
        assertTrue(backend.executionCounts.isEmpty());
    }

    @Test
    void anInterruptOnControlStopsABlockedCellWhileItRuns() throws InterruptedException {
        start();
        backend.on("loop", FakeBackend.blocksUntilInterrupted());
        client.execute("loop");
        assertEquals("loop", backend.started.poll(KernelClient.WAIT.toMillis(), TimeUnit.MILLISECONDS));

        client.control(new ControlContent.InterruptRequest());
        Message interruptReply = client.controlReply();
        ExecuteReply executeReply = client.shellReply().content(ExecuteReply.class);

        assertEquals(new ControlContent.InterruptReply(ReplyStatus.OK), interruptReply.content());
        assertEquals("Interrupted", executeReply.ename());
        assertEquals(1, backend.interruptCount.get());
    }

    @Test
    void controlAnswersKernelInfoWhileACellRuns() throws InterruptedException {
        start();
        backend.on("loop", FakeBackend.blocksUntilInterrupted());
        client.execute("loop");
        assertEquals("loop", backend.started.poll(KernelClient.WAIT.toMillis(), TimeUnit.MILLISECONDS));

        client.control(new ShellContent.KernelInfoRequest());
        assertEquals(MessageType.KERNEL_INFO_REPLY, client.controlReply().type());
        client.control(new ControlContent.InterruptRequest());
        client.controlReply();
        client.shellReply();
    }

    @Test
    void shutdownWithRestartRestartsTheBackendAndKeepsServing() throws InterruptedException {
        start();
        client.execute("before");
        assertEquals(1, client.shellReply().content(ExecuteReply.class).executionCount());

        client.control(new ControlContent.ShutdownRequest(true));
        Message reply = client.controlReply();

        assertEquals(new ControlContent.ShutdownReply(ReplyStatus.OK, true), reply.content());
        assertEquals(1, backend.restartCount.get());
        assertFalse(kernel.awaitShutdown(Duration.ZERO));
        client.execute("after");
        assertEquals(1, client.shellReply().content(ExecuteReply.class).executionCount(), "counting starts again");
    }

    @Test
    void shutdownWithoutRestartRepliesThenEndsTheKernel() throws InterruptedException {
        start();
        client.control(new ControlContent.ShutdownRequest(false));

        assertEquals(new ControlContent.ShutdownReply(ReplyStatus.OK, false), client.controlReply().content());
        assertTrue(kernel.awaitShutdown(KernelClient.WAIT));
        kernel.close();
        assertTrue(backend.closed.await(0, TimeUnit.MILLISECONDS));
    }

    @Test
    void delegatesIsCompleteCompleteAndInspectConvertingCursorsToCodePoints() {
        start();
        client.shell(new ShellContent.IsCompleteRequest("void f() {"));
        assertEquals(new ShellContent.IsCompleteReply("incomplete", "    "), client.shellReply().content());
        client.shell(new ShellContent.IsCompleteRequest(") nope"));
        assertEquals(new ShellContent.IsCompleteReply("invalid", null), client.shellReply().content());

        String code = "\"\uD83D\uDE00\".Al";  // an emoji: one code point, two chars
        client.shell(new ShellContent.CompleteRequest(code, 6));
        ShellContent.CompleteReply completion = client.shellReply().content(ShellContent.CompleteReply.class);
        assertEquals(List.of("Alpha", "Beta"), completion.matches());
        assertEquals(4, completion.cursorStart());
        assertEquals(6, completion.cursorEnd());

        client.shell(new ShellContent.InspectRequest("String", 6, 1));
        ShellContent.InspectReply inspection = client.shellReply().content(ShellContent.InspectReply.class);
        assertTrue(inspection.found());
        assertEquals("java.lang.String, level 1, cursor 6", inspection.data().get("text/plain"));
        client.shell(new ShellContent.InspectRequest("x", 1, 0));
        assertFalse(client.shellReply().content(ShellContent.InspectReply.class).found());
    }

    @Test
    void answersHistoryRequestsFromTheCellsRun() {
        start();
        backend.on("6*7", FakeBackend.value("42"));
        for (String code : List.of("6*7", "int x = 1;", "6*7")) {
            client.execute(code);
            client.shellReply();
        }
        client.shell(new ShellContent.HistoryRequest(true, true, "tail", null, null, null, 2, null, false));
        assertEquals(List.of(List.of(1, 2, List.of("int x = 1;")), List.of(1, 3, List.of("6*7", "42"))),
                normalize(client.shellReply().content(ShellContent.HistoryReply.class).history()));
        client.shell(new ShellContent.HistoryRequest(false, true, "search", null, null, null, null, "6?7", true));
        assertEquals(List.of(List.of(1, 3, "6*7")),
                client.shellReply().content(ShellContent.HistoryReply.class).history());
    }

    /** [input, null] pairs as lists without the null, for comparison with List.of. */
    private static List<Object> normalize(List<List<Object>> history) {
        return history.stream().map(entry -> (Object) List.of(entry.get(0), entry.get(1),
                ((List<?>) entry.get(2)).stream().filter(java.util.Objects::nonNull).toList())).toList();
    }

    @Test
    void hasNoCommsAndClosesEveryCommOpened() {
        start();
        client.shell(new ShellContent.CommInfoRequest(null));
        assertEquals(Map.of(), client.shellReply().content(ShellContent.CommInfoReply.class).comms());

        Message open = client.shell(new CommContent.CommOpen("comm-1", "jupyter.widget", Map.of()));
        Message close = client.awaitIopub(open, MessageType.COMM_CLOSE);

        assertEquals("comm-1", close.content(CommContent.CommClose.class).commId());
    }

    @Test
    void echoesHeartbeats() {
        start();
        assertArrayEquals("ping".getBytes(StandardCharsets.UTF_8), client.ping("ping".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void refusesANonLoopbackAddressUnlessRemoteAccessIsAllowed() {
        ConnectionInfo everywhere = new ConnectionInfo("tcp", "0.0.0.0", 0, 0, 0, 0, 0, "k", "hmac-sha256");
        KernelException error = assertThrows(KernelException.class,
                () -> Kernel.start(everywhere, backend, KernelOptions.defaults()));
        assertTrue(error.getMessage().contains("--allow-remote"), error.getMessage());
    }

    @Test
    void refusesTransportsOtherThanTcpAndUnknownSignatureSchemes() {
        assertThrows(KernelException.class, () -> Kernel.start(
                new ConnectionInfo("ipc", "/tmp/k", 1, 2, 3, 4, 5, "k", "hmac-sha256"), backend, KernelOptions.defaults()));
        assertThrows(KernelException.class, () -> Kernel.start(
                new ConnectionInfo("tcp", "127.0.0.1", 0, 0, 0, 0, 0, "k", "md5"), backend, KernelOptions.defaults()));
    }
}
