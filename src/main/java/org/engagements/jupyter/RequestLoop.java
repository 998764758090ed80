package org.engagements.jupyter;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.engagements.jupyter.wire.Content;
import org.engagements.jupyter.wire.IopubContent.ExecutionState;
import org.engagements.jupyter.wire.Message;
import org.engagements.jupyter.wire.MessageType;
import org.engagements.jupyter.wire.Session;
import org.engagements.jupyter.wire.ShellContent.ExecuteReply;

/**
 * Serves one ROUTER channel (shell or control) on its own thread: takes requests in arrival order,
 * publishes "busy", runs the handler the dispatch table names for the request's type, publishes "idle".
 * A handler that throws is a bug: it is logged and the loop goes on, so no request can stop the kernel.
 *
 * <p>After a failed cell with {@code stop_on_error}, the execute requests already waiting are answered
 * "aborted" without running, as ipykernel does; other waiting requests are served normally.
 *
 * <p>Not thread-safe: everything runs on the loop's thread, including the {@link Responder} calls.
 */
final class RequestLoop implements Runnable {
    private static final Logger LOG = Logger.getLogger(RequestLoop.class.getName());

    /** Handles one request type; replies through the responder (at most once). */
    @FunctionalInterface
    interface Handler {
        void handle(Message request, Responder responder);
    }

    /** What a handler may do besides publishing output. */
    interface Responder {
        void reply(Content content);

        /** Answers the execute requests already waiting with status "aborted". */
        void abortWaitingExecutions();

        /** Stops this loop after the current request. */
        void stop();
    }

    private final Channel channel;
    private final Publisher publisher;
    private final Session session;
    private final Map<MessageType, Handler> handlers;
    private final Deque<Message> backlog = new ArrayDeque<>();
    private final Set<String> aborted = new HashSet<>();
    private boolean stopped;

    RequestLoop(Channel channel, Publisher publisher, Session session, Map<MessageType, Handler> handlers) {
        this.channel = channel;
        this.publisher = publisher;
        this.session = session;
        this.handlers = new EnumMap<>(handlers);
    }

    @Override
    public void run() {
        try {
            while (!stopped) {
                next().ifPresent(this::serve);
            }
        } catch (Channel.Closed e) {
            LOG.fine(() -> channel.name() + " closed");
        } finally {
            channel.close();
        }
    }

    private Optional<Message> next() {
        return backlog.isEmpty() ? channel.receive() : Optional.of(backlog.removeFirst());
    }

    private void serve(Message request) {
        publisher.status(ExecutionState.BUSY, request);
        try {
            if (aborted.remove(request.header().msgId())) {
                LOG.info(() -> "aborted " + request.header().msgId() + " after an error in an earlier cell");
                channel.send(session.reply(request, ExecuteReply.aborted(), Map.of("status", "aborted")));
                return;
            }
            Handler handler = handlers.get(request.type());
            if (handler == null) {
                LOG.warning(() -> channel.name() + ": no handler for " + request.type().wireName() + ", ignored");
                return;
            }
            handler.handle(request, responderFor(request));
        } catch (Channel.Closed e) {
            throw e;
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "bug while handling " + request.type().wireName() + " on " + channel.name(), e);
        } finally {
            publisher.status(ExecutionState.IDLE, request);
        }
    }

    private Responder responderFor(Message request) {
        return new Responder() {
            @Override
            public void reply(Content content) {
                channel.send(session.reply(request, content));
            }

            @Override
            public void abortWaitingExecutions() {
                for (Message waiting : channel.receiveWaiting()) {
                    if (waiting.type() == MessageType.EXECUTE_REQUEST) {
                        aborted.add(waiting.header().msgId());
                    }
                    backlog.addLast(waiting);
                }
            }

            @Override
            public void stop() {
                stopped = true;
            }
        };
    }
}
