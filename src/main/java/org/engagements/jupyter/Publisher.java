package org.engagements.jupyter;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.engagements.jupyter.wire.Content;
import org.engagements.jupyter.wire.Header;
import org.engagements.jupyter.wire.IopubContent;
import org.engagements.jupyter.wire.IopubContent.ExecutionState;
import org.engagements.jupyter.wire.IopubContent.Stream;
import org.engagements.jupyter.wire.Message;
import org.engagements.jupyter.wire.MessageCodec;
import org.engagements.jupyter.wire.Session;
import org.zeromq.ZMQ;
import org.zeromq.ZMQException;

/**
 * The iopub channel: any thread may {@link #publish}; one thread owns the PUB socket and sends in the
 * order of the calls. Consecutive stream chunks for the same request and stream that are waiting
 * together are sent as one message, so a loop that prints a line at a time does not flood front ends;
 * nothing waits for more output to arrive.
 *
 * <p>Thread-safe. After {@link #close()} further messages are dropped.
 */
final class Publisher implements Runnable, AutoCloseable {
    private static final Logger LOG = Logger.getLogger(Publisher.class.getName());

    private record Outgoing(Optional<Header> parent, Content content) {
    }

    private static final Outgoing END = new Outgoing(Optional.empty(), new IopubContent.ClearOutput(false));

    private final ZMQ.Socket socket;
    private final MessageCodec codec;
    private final Session session;
    private final BlockingQueue<Outgoing> queue = new LinkedBlockingQueue<>();
    private volatile boolean closed;

    Publisher(ZMQ.Socket socket, MessageCodec codec, Session session) {
        this.socket = socket;
        this.codec = codec;
        this.session = session;
    }

    void publish(Optional<Header> parent, Content content) {
        if (!closed) {
            queue.add(new Outgoing(parent, Objects.requireNonNull(content, "content")));
        }
    }

    /** Publishes the kernel's state, caused by {@code request}. */
    void status(ExecutionState state, Message request) {
        publish(Optional.of(request.header()), new IopubContent.Status(state));
    }

    /** Sends what is queued, then stops the publishing thread. */
    @Override
    public void close() {
        closed = true;
        queue.add(END);
    }

    @Override
    public void run() {
        try {
            Outgoing next = queue.take();
            while (next != END) {
                Outgoing following = null;
                if (next.content() instanceof Stream stream) {
                    StringBuilder text = new StringBuilder(stream.text());
                    following = queue.poll();
                    while (following != null && sameStream(next, following)) {
                        text.append(((Stream) following.content()).text());
                        following = queue.poll();
                    }
                    next = new Outgoing(next.parent(), new Stream(stream.name(), text.toString()));
                }
                send(session.broadcast(next.parent(), next.content()));
                next = following != null ? following : queue.take();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ZMQException e) {
            LOG.log(Level.FINE, "iopub closed", e);
        } finally {
            socket.close();
        }
    }

    private static boolean sameStream(Outgoing first, Outgoing second) {
        return second.content() instanceof Stream next
                && ((Stream) first.content()).name() == next.name()
                && first.parent().map(Header::msgId).equals(second.parent().map(Header::msgId));
    }

    private void send(Message message) {
        List<byte[]> frames = codec.encode(message);
        for (int i = 0; i < frames.size(); i++) {
            socket.send(frames.get(i), i < frames.size() - 1 ? ZMQ.SNDMORE : 0);
        }
    }
}
