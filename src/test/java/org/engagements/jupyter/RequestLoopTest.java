package org.engagements.jupyter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.engagements.jupyter.wire.Message;
import org.engagements.jupyter.wire.MessageCodec;
import org.engagements.jupyter.wire.MessageType;
import org.engagements.jupyter.wire.ReplyStatus;
import org.engagements.jupyter.wire.Session;
import org.engagements.jupyter.wire.ShellContent;
import org.engagements.jupyter.wire.ShellContent.ExecuteReply;
import org.engagements.jupyter.wire.ShellContent.ExecuteRequest;
import org.engagements.jupyter.wire.Signer;
import org.engagements.jupyter.wire.WireLimits;
import org.junit.jupiter.api.Test;
import org.zeromq.SocketType;
import org.zeromq.ZMQ;

/**
 * The shell loop over in-process sockets, where a sent message is queued at the receiver when send returns:
 * that makes "already waiting when the cell failed" exact, which TCP cannot promise a test.
 */
class RequestLoopTest {
    private final MessageCodec codec = new MessageCodec(Signer.of("hmac-sha256", "k"), WireLimits.DEFAULT);
    private final Session client = Session.create("tester", Clock.systemUTC());

    @Test
    void afterAFailedCellWithStopOnErrorAbortsTheExecutionsAlreadyWaitingButServesOtherRequests()
            throws InterruptedException {
        FakeBackend backend = new FakeBackend().on("fail", FakeBackend.fails("E", "failed"));
        ZMQ.Context context = ZMQ.context(1);
        ZMQ.Socket router = context.socket(SocketType.ROUTER);
        router.bind("inproc://shell");
        ZMQ.Socket dealer = context.socket(SocketType.DEALER);
        dealer.connect("inproc://shell");
        ZMQ.Socket pub = context.socket(SocketType.PUB);
        Session kernelSession = Session.create("kernel", Clock.systemUTC());
        Publisher publisher = new Publisher(pub, codec, kernelSession);
        ZMQ.Socket stdinSocket = context.socket(SocketType.ROUTER);
        StdinChannel stdin = new StdinChannel(new Channel("stdin", stdinSocket, codec), kernelSession);
        Handlers handlers = new Handlers(backend, publisher, stdin, new History(), "test", () -> { });
        Thread loop = new Thread(new RequestLoop(new Channel("shell", router, codec), publisher, kernelSession,
                handlers.shell()));

        List<Message> sent = List.of(send(dealer, ExecuteRequest.of("fail")), send(dealer, ExecuteRequest.of("two")),
                send(dealer, new ShellContent.KernelInfoRequest()), send(dealer, ExecuteRequest.of("three")));
        loop.start();
        List<Message> replies = new ArrayList<>();
        for (int i = 0; i < sent.size(); i++) {
            replies.add(receive(dealer));
        }
        Message later = send(dealer, ExecuteRequest.of("later"));
        Message laterReply = receive(dealer);

        assertEquals(sent.stream().map(m -> m.header().msgId()).toList(),
                replies.stream().map(m -> m.parent().orElseThrow().msgId()).toList());
        assertEquals(ReplyStatus.ERROR, replies.get(0).content(ExecuteReply.class).status());
        assertEquals(ExecuteReply.aborted(), replies.get(1).content());
        assertEquals(MessageType.KERNEL_INFO_REPLY, replies.get(2).type());
        assertEquals(ExecuteReply.aborted(), replies.get(3).content());
        assertEquals(later.header().msgId(), laterReply.parent().orElseThrow().msgId());
        assertEquals(ReplyStatus.OK, laterReply.content(ExecuteReply.class).status());
        assertEquals(List.of("fail", "later"), List.copyOf(backend.started));

        dealer.close();
        pub.close();
        stdinSocket.close();
        context.term();
        loop.join(KernelClient.WAIT.toMillis());
    }

    private Message send(ZMQ.Socket socket, org.engagements.jupyter.wire.Content content) {
        Message message = client.message(content);
        List<byte[]> frames = codec.encode(message);
        for (int i = 0; i < frames.size(); i++) {
            socket.send(frames.get(i), i < frames.size() - 1 ? ZMQ.SNDMORE : 0);
        }
        return message;
    }

    private Message receive(ZMQ.Socket socket) {
        socket.setReceiveTimeOut((int) KernelClient.WAIT.toMillis());
        List<byte[]> frames = new ArrayList<>();
        byte[] frame = socket.recv(0);
        if (frame == null) {
            throw new AssertionError("no reply within " + KernelClient.WAIT);
        }
        frames.add(frame);
        while (socket.hasReceiveMore()) {
            frames.add(socket.recv(0));
        }
        return codec.decode(frames);
    }
}
