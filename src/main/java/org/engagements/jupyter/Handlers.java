package org.engagements.jupyter;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.engagements.display.MimeBundle;
import org.engagements.jupyter.RequestLoop.Handler;
import org.engagements.jupyter.RequestLoop.Responder;
import org.engagements.jupyter.wire.CommContent;
import org.engagements.jupyter.wire.ControlContent;
import org.engagements.jupyter.wire.Header;
import org.engagements.jupyter.wire.LanguageInfo;
import org.engagements.jupyter.wire.Message;
import org.engagements.jupyter.wire.MessageType;
import org.engagements.jupyter.wire.ReplyStatus;
import org.engagements.jupyter.wire.ShellContent;

/**
 * The dispatch tables: which handler serves each request type on the shell and on the control channel.
 * Requests that need the backend delegate to it; a backend that throws is logged and answered with an
 * empty result (no completions, nothing found, status unknown) rather than a Java error.
 */
final class Handlers {
    private static final Logger LOG = Logger.getLogger(Handlers.class.getName());
    private static final String IMPLEMENTATION = "engagements";

    private final ExecutionBackend backend;
    private final Publisher publisher;
    private final Execution execution;
    private final History history;
    private final String implementationVersion;
    private final Runnable onShutdown;

    Handlers(ExecutionBackend backend, Publisher publisher, StdinChannel stdin, History history,
             String implementationVersion, Runnable onShutdown) {
        this.backend = backend;
        this.publisher = publisher;
        this.history = history;
        this.execution = new Execution(backend, publisher, stdin, history);
        this.implementationVersion = implementationVersion;
        this.onShutdown = onShutdown;
    }

    Map<MessageType, Handler> shell() {
        Map<MessageType, Handler> table = new EnumMap<>(MessageType.class);
        table.put(MessageType.KERNEL_INFO_REQUEST, this::kernelInfo);
        table.put(MessageType.EXECUTE_REQUEST, execution::handle);
        table.put(MessageType.IS_COMPLETE_REQUEST, this::isComplete);
        table.put(MessageType.COMPLETE_REQUEST, this::complete);
        table.put(MessageType.INSPECT_REQUEST, this::inspect);
        table.put(MessageType.HISTORY_REQUEST, this::history);
        table.put(MessageType.COMM_INFO_REQUEST, this::commInfo);
        table.put(MessageType.COMM_OPEN, this::commOpen);
        table.put(MessageType.COMM_MSG, Handlers::ignoreComm);
        table.put(MessageType.COMM_CLOSE, Handlers::ignoreComm);
        table.put(MessageType.SHUTDOWN_REQUEST, this::shutdown);
        return table;
    }

    Map<MessageType, Handler> control() {
        Map<MessageType, Handler> table = new EnumMap<>(MessageType.class);
        table.put(MessageType.KERNEL_INFO_REQUEST, this::kernelInfo);
        table.put(MessageType.INTERRUPT_REQUEST, this::interrupt);
        table.put(MessageType.SHUTDOWN_REQUEST, this::shutdown);
        return table;
    }

    private void kernelInfo(Message request, Responder out) {
        LanguageInfo language = backend.languageInfo();
        String banner = "engagements " + implementationVersion + " - " + language.name() + " " + language.version()
               ;
        out.reply(new ShellContent.KernelInfoReply(ReplyStatus.OK, Header.PROTOCOL_VERSION, IMPLEMENTATION,
                implementationVersion, language, banner, false, List.of(
                        new ShellContent.KernelInfoReply.HelpLink("JShell guide",
                                "https://docs.oracle.com/en/java/javase/17/jshell/"))));
    }

    private void isComplete(Message request, Responder out) {
        String code = request.content(ShellContent.IsCompleteRequest.class).code();
        IsCompleteResult result = ask("is_complete", () -> backend.isComplete(code), IsCompleteResult.unknown());
        String status = result.status().name().toLowerCase(Locale.ROOT);
        String indent = result.status() == IsCompleteResult.Status.INCOMPLETE ? result.indent() : null;
        out.reply(new ShellContent.IsCompleteReply(status, indent));
    }

    private void complete(Message request, Responder out) {
        ShellContent.CompleteRequest complete = request.content(ShellContent.CompleteRequest.class);
        String code = complete.code();
        int cursor = Cursor.toCharIndex(code, complete.cursorPos());
        CompletionResult result = ask("complete", () -> backend.complete(code, cursor), CompletionResult.none(cursor));
        out.reply(new ShellContent.CompleteReply(ReplyStatus.OK, result.matches(),
                Cursor.toCodePoints(code, result.cursorStart()), Cursor.toCodePoints(code, result.cursorEnd()), Map.of()));
    }

    private void inspect(Message request, Responder out) {
        ShellContent.InspectRequest inspect = request.content(ShellContent.InspectRequest.class);
        int cursor = Cursor.toCharIndex(inspect.code(), inspect.cursorPos());
        InspectionResult result = ask("inspect", () -> backend.inspect(inspect.code(), cursor, inspect.detailLevel()),
                InspectionResult.notFound());
        Optional<MimeBundle> bundle = result.bundle();
        out.reply(new ShellContent.InspectReply(ReplyStatus.OK, bundle.isPresent(),
                bundle.map(WireBundle::data).orElse(Map.of()), WireBundle.NO_METADATA));
    }

    private void history(Message request, Responder out) {
        out.reply(new ShellContent.HistoryReply(ReplyStatus.OK,
                history.answer(request.content(ShellContent.HistoryRequest.class))));
    }

    private void commInfo(Message request, Responder out) {
        out.reply(new ShellContent.CommInfoReply(ReplyStatus.OK, Map.of()));
    }

    /** No comm targets exist, so every comm is closed at once, as ipykernel does for unknown targets. */
    private void commOpen(Message request, Responder out) {
        CommContent.CommOpen open = request.content(CommContent.CommOpen.class);
        LOG.info(() -> "no comm target \"" + open.targetName() + "\"; closing comm " + open.commId());
        publisher.publish(Optional.of(request.header()), new CommContent.CommClose(open.commId(), Map.of()));
    }

    private static void ignoreComm(Message request, Responder out) {
        LOG.fine(() -> "ignored " + request.type().wireName() + " for a comm that does not exist");
    }

    private void interrupt(Message request, Responder out) {
        backend.interrupt();
        out.reply(new ControlContent.InterruptReply(ReplyStatus.OK));
    }

    /** With restart: a fresh backend session, and the kernel keeps serving. Without: reply, then stop. */
    private void shutdown(Message request, Responder out) {
        boolean restart = request.content(ControlContent.ShutdownRequest.class).restart();
        if (restart) {
            backend.restart();
            execution.reset();
            out.reply(new ControlContent.ShutdownReply(ReplyStatus.OK, true));
            return;
        }
        out.reply(new ControlContent.ShutdownReply(ReplyStatus.OK, false));
        out.stop();
        onShutdown.run();
    }

    private static <T> T ask(String what, Supplier<T> question, T fallback) {
        try {
            return question.get();
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "the execution backend failed on " + what, e);
            return fallback;
        }
    }
}
