import java.nio.file.Path;
import org.engagements.display.MimeBundle;
import org.engagements.jupyter.CompletionResult;
import org.engagements.jupyter.ConnectionFile;
import org.engagements.jupyter.ExecutionBackend;
import org.engagements.jupyter.ExecutionOutcome;
import org.engagements.jupyter.InspectionResult;
import org.engagements.jupyter.IsCompleteResult;
import org.engagements.jupyter.Kernel;
import org.engagements.jupyter.KernelOptions;
import org.engagements.jupyter.OutputListener;
import org.engagements.jupyter.Stdin;
import org.engagements.jupyter.wire.LanguageInfo;

/**
 * Benchmark only: the kernel server with a backend that answers every cell with "2" at once, so
 * bench/kernel-roundtrip.py can tell the protocol's cost from the execution engine's.
 * Run as a single-file program: java -cp target/engagements.jar bench/EchoKernel.java CONNECTION_FILE
 */
public class EchoKernel {
    public static void main(String[] args) throws InterruptedException {
        ExecutionBackend echo = new ExecutionBackend() {
            public ExecutionOutcome execute(String code, int count, OutputListener live, Stdin stdin) {
                return ExecutionOutcome.ok(MimeBundle.text("2"));
            }

            public IsCompleteResult isComplete(String code) {
                return IsCompleteResult.complete();
            }

            public CompletionResult complete(String code, int cursor) {
                return CompletionResult.none(cursor);
            }

            public InspectionResult inspect(String code, int cursor, int detailLevel) {
                return InspectionResult.notFound();
            }

            public void interrupt() {
            }

            public void restart() {
            }

            public LanguageInfo languageInfo() {
                return new LanguageInfo("java", "17", "text/x-java-source", ".jsh", "java", "text/x-java", null);
            }

            public void close() {
            }
        };
        try (Kernel kernel = Kernel.start(ConnectionFile.read(Path.of(args[0])), echo, KernelOptions.defaults())) {
            kernel.awaitShutdown();
        }
    }
}
