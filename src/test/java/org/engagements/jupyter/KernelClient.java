package org.engagements.jupyter;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.engagements.jupyter.wire.Content;
import org.engagements.jupyter.wire.ConnectionInfo;
import org.engagements.jupyter.wire.IopubContent;
import org.engagements.jupyter.wire.Message;
import org.engagements.jupyter.wire.MessageCodec;
import org.engagements.jupyter.wire.MessageType;
import org.engagements.jupyter.wire.Session;
import org.engagements.jupyter.wire.ShellContent;
import org.engagements.jupyter.wire.StdinContent;
import org.engagements.jupyter.wire.Signer;
import org.engagements.jupyter.wire.WireLimits;
import org.zeromq.SocketType;
import org.zeromq.ZMQ;

/**
 * A Jupyter client for tests, over real ZeroMQ sockets: DEALER shell, stdin (with the shell's identity, as
 * jupyter_client connects them) and control, SUB iopub, REQ heartbeat.
 * Every wait is bounded; a wait that runs out fails the test.
 */
final class KernelClient implements AutoCloseable {
    static final Duration WAIT = Duration.ofSeconds(10);

    private final ZMQ.Context context = ZMQ.context(1);
    private final ZMQ.Socket shell;
    private final ZMQ.Socket stdin;
    private final ZMQ.Socket control;
    private final ZMQ.Socket iopub;
    private final ZMQ.Socket heartbeat;
    private final MessageCodec codec;
    private final Session session = Session.create("tester", Clock.systemUTC());

    KernelClient(ConnectionInfo info) {
        codec = new MessageCodec(Signer.of(info.signatureScheme(), info.key()), WireLimits.DEFAULT);
        byte[] identity = UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8);
        shell = connect(SocketType.DEALER, info.endpoint(info.shellPort()), identity);
        stdin = connect(SocketType.DEALER, info.endpoint(info.stdinPort()), identity);
        control = connect(SocketType.DEALER, info.endpoint(info.controlPort()));
        iopub = connect(SocketType.SUB, info.endpoint(info.iopubPort()));
        iopub.subscribe(new byte[0]);
        heartbeat = connect(SocketType.REQ, info.endpoint(info.hbPort()));
    }

    private ZMQ.Socket connect(SocketType type, String endpoint, byte[] identity) {
        ZMQ.Socket socket = context.socket(type);
        socket.setIdentity(identity);
        return connected(socket, endpoint);
    }

    private ZMQ.Socket connect(SocketType type, String endpoint) {
        return connected(context.socket(type), endpoint);
    }

    private ZMQ.Socket connected(ZMQ.Socket socket, String endpoint) {
        socket.setLinger(0);
        socket.connect(endpoint);
        return socket;
    }

    /**
     * Waits until iopub delivers: sends kernel_info requests until one's status message arrives, as
     * jupyter_client does, since a SUB socket misses what is published before it has joined.
     */
    KernelClient awaitReady() {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            Message request = shell(new ShellContent.KernelInfoRequest());
            shellReply();
            Optional<Message> status = nextIopub(Duration.ofMillis(200));
            while (status.isPresent()) {
                if (isFor(status.get(), request)) {
                    drainIopub();
                    return this;
                }
                status = nextIopub(Duration.ofMillis(200));
            }
        }
        return fail("iopub never delivered a status message");
    }

    Message shell(Content content) {
        return send(shell, session.message(content));
    }

    Message control(Content content) {
        return send(control, session.message(content));
    }

    Message execute(String code) {
        return shell(ShellContent.ExecuteRequest.of(code));
    }

    /** Sends raw frames on shell, for messages a proper client would never send. */
    void shellFrames(List<byte[]> frames) {
        sendFrames(shell, frames);
    }

    /** The frames a proper client would send for {@code content}, for tampering. */
    List<byte[]> framesFor(Content content) {
        return new ArrayList<>(codec.encode(session.message(content)));
    }

    Message shellReply() {
        return shellReply(WAIT);
    }

    /** The next reply on shell, for requests that take longer than {@link #WAIT} (a real notebook JVM). */
    Message shellReply(Duration wait) {
        return receive(shell, wait).orElseGet(() -> fail("no reply on shell within " + wait));
    }

    /** The kernel's next message on stdin (an input_request). */
    Message stdinRequest() {
        return receive(stdin, WAIT).orElseGet(() -> fail("no input_request on stdin within " + WAIT));
    }

    /** Answers {@code request} (an input_request) with {@code value}, as a front end does. */
    Message inputReply(Message request, String value) {
        return send(stdin, session.reply(request, new StdinContent.InputReply(value)));
    }

    /** Whether nothing arrives on stdin within {@code wait}. */
    boolean stdinQuietFor(Duration wait) {
        return receive(stdin, wait).isEmpty();
    }

    Message controlReply() {
        return receive(control, WAIT).orElseGet(() -> fail("no reply on control within " + WAIT));
    }

    Optional<Message> nextIopub(Duration wait) {
        return receive(iopub, wait);
    }

    /** The iopub messages caused by {@code request}, from its busy status through its idle status. */
    List<Message> iopubThroughIdle(Message request) {
        List<Message> messages = new ArrayList<>();
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            Optional<Message> next = nextIopub(Duration.ofNanos(Math.max(1, deadline - System.nanoTime())));
            if (next.isEmpty()) {
                break;
            }
            Message message = next.get();
            if (!isFor(message, request)) {
                continue;
            }
            messages.add(message);
            if (message.content() instanceof IopubContent.Status status
                    && status.executionState() == IopubContent.ExecutionState.IDLE) {
                return messages;
            }
        }
        return fail("no idle status for " + request.header().msgType() + " within " + WAIT + "; got " + messages);
    }

    /** The next iopub message of {@code type} caused by {@code request}. */
    Message awaitIopub(Message request, MessageType type) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            Optional<Message> next = nextIopub(Duration.ofNanos(Math.max(1, deadline - System.nanoTime())));
            if (next.isPresent() && isFor(next.get(), request) && next.get().type() == type) {
                return next.get();
            }
        }
        return fail("no " + type.wireName() + " within " + WAIT);
    }

    /** Whether nothing arrives on shell within {@code wait}. */
    boolean shellQuietFor(Duration wait) {
        return receive(shell, wait).isEmpty();
    }

    byte[] ping(byte[] payload) {
        heartbeat.send(payload, 0);
        heartbeat.setReceiveTimeOut((int) WAIT.toMillis());
        byte[] echo = heartbeat.recv(0);
        assertNotNull(echo, "no heartbeat echo within " + WAIT);
        return echo;
    }

    static boolean isFor(Message message, Message request) {
        return message.parent().map(parent -> parent.msgId().equals(request.header().msgId())).orElse(false);
    }

    private void drainIopub() {
        while (nextIopub(Duration.ofMillis(50)).isPresent()) {
            // discard what the readiness probes caused
        }
    }

    private Message send(ZMQ.Socket socket, Message message) {
        sendFrames(socket, codec.encode(message));
        return message;
    }

    private static void sendFrames(ZMQ.Socket socket, List<byte[]> frames) {
        for (int i = 0; i < frames.size(); i++) {
            socket.send(frames.get(i), i < frames.size() - 1 ? ZMQ.SNDMORE : 0);
        }
    }

    private Optional<Message> receive(ZMQ.Socket socket, Duration wait) {
        socket.setReceiveTimeOut((int) Math.max(1, wait.toMillis()));
        byte[] first = socket.recv(0);
        if (first == null) {
            return Optional.empty();
        }
        List<byte[]> frames = new ArrayList<>();
        frames.add(first);
        while (socket.hasReceiveMore()) {
            frames.add(socket.recv(0));
        }
        return Optional.of(codec.decode(frames));
    }

    @Override
    public void close() {
        shell.close();
        stdin.close();
        control.close();
        iopub.close();
        heartbeat.close();
        context.term();
    }
}
