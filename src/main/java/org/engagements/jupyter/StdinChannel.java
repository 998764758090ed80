package org.engagements.jupyter;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.logging.Logger;
import org.engagements.jupyter.wire.Message;
import org.engagements.jupyter.wire.MessageType;
import org.engagements.jupyter.wire.Session;
import org.engagements.jupyter.wire.StdinContent;

/**
 * The stdin channel (ROUTER): asks the front end that sent an execute request for a line
 * ({@code input_request}, routed to that front end, the request as parent) and waits for its
 * {@code input_reply}. One thread owns the socket and serves the questions one at a time, in order.
 * A question withdrawn (its future cancelled: the cell was interrupted) stops the wait within
 * {@link #POLL}; a reply to an earlier question, or to none, is dropped. A reply without a parent
 * header counts as the answer, as ipykernel takes it ({@code jupyter_client}'s {@code input()} sends none).
 *
 * <p>Thread-safe: {@link #ask} from any thread. After {@link #close} questions fail.
 */
final class StdinChannel implements Runnable, AutoCloseable {
    /** The socket's receive timeout: how soon a withdrawn question or a close is noticed. */
    static final Duration POLL = Duration.ofMillis(50);
    private static final Logger LOG = Logger.getLogger(StdinChannel.class.getName());
    private static final String CLOSED = "the kernel is shutting down, so it cannot ask for input";

    private record Question(Message request, StdinContent.InputRequest content, CompletableFuture<String> reply) {
    }

    private static final Question END = new Question(null, null, new CompletableFuture<>());

    private final Channel channel;
    private final Session session;
    private final BlockingQueue<Question> questions = new LinkedBlockingQueue<>();
    private volatile boolean closed;

    /** {@code channel}'s socket must time out receiving after {@link #POLL}. */
    StdinChannel(Channel channel, Session session) {
        this.channel = channel;
        this.session = session;
    }

    /** Asks the sender of {@code request} for a line; see {@link Stdin#ask}. */
    CompletableFuture<String> ask(Message request, String prompt, boolean password) {
        Question question = new Question(request, new StdinContent.InputRequest(prompt, password),
                new CompletableFuture<>());
        if (closed) {
            question.reply().completeExceptionally(new KernelException(CLOSED));
        } else {
            questions.add(question);
        }
        return question.reply();
    }

    /** Stops serving; the socket is closed by the serving thread. */
    @Override
    public void close() {
        closed = true;
        questions.add(END);
    }

    @Override
    public void run() {
        try {
            for (Question next = questions.take(); next != END; next = questions.take()) {
                if (!next.reply().isDone()) {
                    serve(next);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Channel.Closed e) {
            LOG.fine("stdin closed");
        } finally {
            List<Question> left = new ArrayList<>();
            questions.drainTo(left);
            left.forEach(question -> question.reply().completeExceptionally(new KernelException(CLOSED)));
            channel.close();
        }
    }

    private void serve(Question question) {
        channel.receiveWaiting();          // late replies to withdrawn questions
        Message sent = session.reply(question.request(), question.content());
        channel.send(sent);
        while (!closed && !question.reply().isDone()) {
            channel.receive().ifPresent(reply -> answer(question, sent, reply));
        }
        if (closed) {
            question.reply().completeExceptionally(new KernelException(CLOSED));
        }
    }

    private static void answer(Question question, Message sent, Message reply) {
        boolean answers = reply.type() == MessageType.INPUT_REPLY
                && reply.parent().map(parent -> parent.msgId().equals(sent.header().msgId())).orElse(true);
        if (answers) {
            question.reply().complete(reply.content(StdinContent.InputReply.class).value());
        } else {
            LOG.fine(() -> "dropped " + reply.type().wireName() + " on stdin: it answers no open input_request");
        }
    }
}
