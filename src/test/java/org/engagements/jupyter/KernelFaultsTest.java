package org.engagements.jupyter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.engagements.jupyter.wire.ConnectionInfo;
import org.engagements.jupyter.wire.IopubContent;
import org.engagements.jupyter.wire.Message;
import org.engagements.jupyter.wire.ReplyStatus;
import org.engagements.jupyter.wire.ShellContent.ExecuteReply;
import org.engagements.notebook.session.NotebookSession;
import org.engagements.notebook.session.SessionOptions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Cells that harm their session, sent to the kernel over real sockets with the real backend (a 2 s cell
 * limit, a 64 MB heap): each fault gives an error reply naming cell and line, and the kernel answers the
 * next execute_request, in the same session when it survived and in a fresh one after its JVM ended.
 */
class KernelFaultsTest {
    /** A notebook JVM starting on a busy machine takes a few seconds; a cell of this test at most 2 s more. */
    private static final Duration REPLY_WAIT = Duration.ofSeconds(60);
    private Kernel kernel;
    private KernelClient client;

    @BeforeEach
    void start() {
        SessionOptions options = SessionOptions.defaults().withCellTimeout(Duration.ofSeconds(2))
                .withJvmOptions(List.of("-Xmx64m"));
        kernel = Kernel.start(ConnectionInfo.loopback("test-key"), NotebookBackend.start(options),
                KernelOptions.defaults());
        client = new KernelClient(kernel.connectionInfo()).awaitReady();
    }

    @AfterEach
    void stop() {
        client.close();
        kernel.close();
    }

    private ExecuteReply execute(String code) {
        client.execute(code);
        return client.shellReply(REPLY_WAIT).content(ExecuteReply.class);
    }

    private static String failure(ExecuteReply reply) {
        assertEquals(ReplyStatus.ERROR, reply.status(), reply::toString);
        return reply.ename() + " | " + reply.traceback().get(0);
    }

    private String result(String code) {
        Message request = client.execute(code);
        assertEquals(ReplyStatus.OK, client.shellReply(REPLY_WAIT).content(ExecuteReply.class).status());
        return client.iopubThroughIdle(request).stream()
                .filter(message -> message.content() instanceof IopubContent.ExecuteResult)
                .map(message -> String.valueOf(message.content(IopubContent.ExecuteResult.class).data().get("text/plain")))
                .findFirst().orElse("(none)");
    }

    @Test
    void eachFaultIsAnErrorReplyAndTheKernelAnswersTheNextRequest() {
        assertEquals(ReplyStatus.OK, execute("int kept = 41;").status());
        assertEquals("Timeout | notebook, cell 2, line 2: timed out after 2 s; the cell was stopped",
                failure(execute("kept++;\nwhile (true) {}")));
        assertEquals("java.lang.StackOverflowError | notebook, cell 3, line 2: java.lang.StackOverflowError",
                failure(execute("int down(int n) {\n    return down(n + 1) + 1;\n}\ndown(0)")));
        assertEquals("java.lang.OutOfMemoryError | notebook, cell 4, line 3: java.lang.OutOfMemoryError: Java heap "
                + "space", failure(execute("{\n    var hog = new ArrayList<long[]>();\n"
                + "    while (true) hog.add(new long[1_000_000]);\n}")));
        assertEquals("true", result("Thread spinner = new Thread(() -> { while (true) {} });\nspinner.start();\n"
                + "spinner.isAlive()"));
        assertEquals("42", result("kept"));

        ExecuteReply halted = execute("System.out.println(\"halting\");\nRuntime.getRuntime().halt(0);");
        assertEquals("JvmExited | notebook, cell 7, line 2: the notebook's JVM exited with status 0 (System.exit "
                + "or Runtime.halt); the notebook cannot go on without its state", failure(halted));
        assertEquals(NotebookBackend.SESSION_ENDED, halted.traceback().get(halted.traceback().size() - 1));
        assertEquals("2", result("1 + 1"), "a fresh session");
    }

    @Test
    void megabytesPrintedInOneCellReachTheFrontEndCutWithANote() {
        Message request = client.execute("String line = \"x\".repeat(99);\n"
                + "for (int i = 0; i < 11_000; i++) System.out.println(line);");
        assertEquals(ReplyStatus.OK, client.shellReply(REPLY_WAIT).content(ExecuteReply.class).status());

        StringBuilder stdout = new StringBuilder();
        StringBuilder stderr = new StringBuilder();
        for (Message message : client.iopubThroughIdle(request)) {
            if (message.content() instanceof IopubContent.Stream stream) {
                (stream.name() == IopubContent.StreamName.STDOUT ? stdout : stderr).append(stream.text());
            }
        }
        assertEquals(NotebookSession.OUTPUT_TEXT_LIMIT, stdout.length());
        assertTrue(stderr.toString().startsWith("… output truncated after 1,000,000 characters"), stderr::toString);
        assertEquals("2", result("1 + 1"));
    }
}
