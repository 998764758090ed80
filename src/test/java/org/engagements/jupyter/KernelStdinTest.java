package org.engagements.jupyter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.engagements.display.MimeBundle;
import org.engagements.jupyter.wire.ConnectionInfo;
import org.engagements.jupyter.wire.ControlContent;
import org.engagements.jupyter.wire.IopubContent;
import org.engagements.jupyter.wire.Message;
import org.engagements.jupyter.wire.MessageType;
import org.engagements.jupyter.wire.ReplyStatus;
import org.engagements.jupyter.wire.ShellContent.ExecuteReply;
import org.engagements.jupyter.wire.ShellContent.ExecuteRequest;
import org.engagements.jupyter.wire.StdinContent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Questions for input on the stdin channel, over real ZeroMQ sockets, with a scripted backend. */
class KernelStdinTest {
    private final FakeBackend backend = new FakeBackend();
    private Kernel kernel;
    private KernelClient client;

    @BeforeEach
    void start() {
        kernel = Kernel.start(ConnectionInfo.loopback("test-key"), backend, KernelOptions.defaults());
        client = new KernelClient(kernel.connectionInfo()).awaitReady();
    }

    @AfterEach
    void stop() {
        client.close();
        kernel.close();
    }

    /** A cell that asks with {@code prompt} and returns what it got, or the error it met. */
    private static FakeBackend.Cell asks(String prompt, boolean password) {
        return (live, fake) -> {
            try {
                String value = fake.stdin.ask(prompt, password).get(FakeBackend.BOUND.toMillis(), TimeUnit.MILLISECONDS);
                return ExecutionOutcome.ok(MimeBundle.text("got " + value));
            } catch (ExecutionException e) {
                return ExecutionOutcome.failed("NoInput", e.getCause().getMessage(), List.of());
            } catch (java.util.concurrent.TimeoutException e) {
                return ExecutionOutcome.failed("NoReply", "no reply came", List.of());
            }
        };
    }

    @Test
    void aCellThatReadsAsksItsFrontEndOnStdinAndGetsTheReply() {
        backend.on("read", asks("Token: ", true));
        Message execute = client.execute("read");

        Message question = client.stdinRequest();
        client.inputReply(question, "s3cret");

        assertEquals(new StdinContent.InputRequest("Token: ", true), question.content());
        assertEquals(execute.header(), question.parent().orElseThrow());
        assertEquals(ReplyStatus.OK, client.shellReply().content(ExecuteReply.class).status());
        Message result = client.awaitIopub(execute, MessageType.EXECUTE_RESULT);
        assertEquals(Map.of("text/plain", "got s3cret"), result.content(IopubContent.ExecuteResult.class).data());
    }

    @Test
    void withoutAllowStdinTheCellIsToldSoAndNothingIsAsked() {
        backend.on("read", asks("", false));
        client.shell(new ExecuteRequest("read", false, true, Map.of(), false, true));

        ExecuteReply reply = client.shellReply().content(ExecuteReply.class);

        assertEquals(ReplyStatus.ERROR, reply.status());
        assertEquals(Stdin.NOT_ALLOWED, reply.evalue());
        assertTrue(reply.evalue().contains("allow_stdin is false"));
        assertTrue(client.stdinQuietFor(Duration.ofMillis(300)));
    }

    @Test
    void anInterruptWithdrawsTheQuestionAndALateReplyIsNotTakenForTheNextOne() {
        backend.on("read and wait", (live, fake) -> {
            CompletableFuture<String> question = fake.stdin.ask("", false);
            String signal = fake.interrupts.poll(FakeBackend.BOUND.toMillis(), TimeUnit.MILLISECONDS);
            question.cancel(false);
            return ExecutionOutcome.failed("Interrupted", signal == null ? "no interrupt" : "interrupted", List.of());
        });
        backend.on("read", asks("", false));
        client.execute("read and wait");
        Message withdrawn = client.stdinRequest();
        client.control(new ControlContent.InterruptRequest());
        client.controlReply();
        assertEquals("interrupted", client.shellReply().content(ExecuteReply.class).evalue());

        client.inputReply(withdrawn, "too late");
        Message next = client.execute("read");
        Message question = client.stdinRequest();
        client.inputReply(question, "on time");

        assertEquals(ReplyStatus.OK, client.shellReply().content(ExecuteReply.class).status());
        Message result = client.awaitIopub(next, MessageType.EXECUTE_RESULT);
        assertEquals(Map.of("text/plain", "got on time"), result.content(IopubContent.ExecuteResult.class).data());
    }
}
