package org.engagements.jupyter;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.engagements.jupyter.wire.Message;
import org.engagements.jupyter.wire.MessageCodec;
import org.engagements.jupyter.wire.WireException;
import org.zeromq.ZMQ;
import org.zeromq.ZMQException;

/**
 * One ROUTER socket of the kernel (shell or control) with its codec: receives whole messages within the
 * size limits, drops and logs those that are invalid, and sends replies.
 *
 * <p>Not thread-safe: a channel belongs to the one thread that serves it (ZeroMQ sockets must not be
 * shared). When the ZeroMQ context is terminated every call throws {@link Closed}.
 */
final class Channel implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(Channel.class.getName());

    /** The kernel is shutting down: the socket's context was terminated. */
    static final class Closed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Closed(Throwable cause) {
            super("channel closed", cause);
        }
    }

    private final String name;
    private final ZMQ.Socket socket;
    private final MessageCodec codec;

    Channel(String name, ZMQ.Socket socket, MessageCodec codec) {
        this.name = name;
        this.socket = socket;
        this.codec = codec;
    }

    String name() {
        return name;
    }

    /** Waits for the next message; empty when what arrived was invalid (it has been logged and dropped). */
    Optional<Message> receive() {
        return receive(0).flatMap(this::decode);
    }

    /** The valid messages already waiting, without blocking. */
    List<Message> receiveWaiting() {
        List<Message> waiting = new ArrayList<>();
        while (true) {
            Optional<List<byte[]>> frames = receive(ZMQ.DONTWAIT);
            if (frames.isEmpty()) {
                return waiting;
            }
            decode(frames.get()).ifPresent(waiting::add);
        }
    }

    void send(Message message) {
        List<byte[]> frames = codec.encode(message);
        try {
            for (int i = 0; i < frames.size(); i++) {
                boolean more = i < frames.size() - 1;
                if (!socket.send(frames.get(i), more ? ZMQ.SNDMORE : 0)) {
                    LOG.warning(() -> name + ": could not send " + message.header().msgType());
                    return;
                }
            }
        } catch (ZMQException e) {
            throw closedOr(e);
        }
    }

    @Override
    public void close() {
        socket.close();
    }

    /**
     * All frames of the next message, or empty when none is waiting (non-blocking). A message over the
     * limits is read to its end, so the next one starts clean, and dropped; its frames are not kept.
     */
    private Optional<List<byte[]>> receive(int flags) {
        try {
            byte[] frame = socket.recv(flags);
            if (frame == null) {
                return Optional.empty();
            }
            List<byte[]> frames = new ArrayList<>();
            long bytes = 0;
            boolean over = false;
            int count = 0;
            while (true) {
                count++;
                bytes += frame.length;
                if (!over && !codec.withinLimits(count, bytes)) {
                    over = true;
                    frames.clear();
                }
                if (!over) {
                    frames.add(frame);
                }
                if (!socket.hasReceiveMore()) {
                    break;
                }
                frame = socket.recv(0);
            }
            if (over) {
                logDropped("message of " + count + " frames and " + bytes + " bytes is over the limit of "
                        + codec.limits().maxFrames() + " frames and " + codec.limits().maxMessageBytes() + " bytes");
                return Optional.of(List.of());
            }
            return Optional.of(frames);
        } catch (ZMQException e) {
            throw closedOr(e);
        }
    }

    private Optional<Message> decode(List<byte[]> frames) {
        if (frames.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(codec.decode(frames));
        } catch (WireException e) {
            logDropped(e.getMessage());
            return Optional.empty();
        }
    }

    private void logDropped(String why) {
        LOG.log(Level.WARNING, () -> "dropped a message on " + name + ": " + why);
    }

    private static RuntimeException closedOr(ZMQException e) {
        if (e.getErrorCode() == ZMQ.Error.ETERM.getCode()) {
            return new Closed(e);
        }
        return e;
    }
}
