package org.engagements.cli;

import java.io.PrintWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import org.engagements.core.JvmFlags;
import org.engagements.jupyter.ConnectionFile;
import org.engagements.jupyter.ExecutionBackend;
import org.engagements.jupyter.Kernel;
import org.engagements.jupyter.KernelException;
import org.engagements.jupyter.KernelOptions;
import org.engagements.jupyter.KernelSpec;
import org.engagements.jupyter.NotebookBackend;
import org.engagements.jupyter.wire.ConnectionInfo;
import org.engagements.notebook.session.SessionOptions;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code engagements kernel}: the Jupyter kernel, and {@code kernel install} for its kernelspec. */
@Command(name = "kernel",
        mixinStandardHelpOptions = true,
        description = {"Run the Jupyter kernel. Jupyter starts it through the kernelspec ('kernel install') and "
                + "passes --connection-file; without it the kernel makes a loopback-only connection file and prints "
                + "its path.",
            "Cells run as in 'run': in a JVM of their own whose working directory is the repository root, with the "
                + "same imports, display() and error messages."},
        subcommands = KernelCommand.Install.class)
final class KernelCommand implements Callable<Integer> {
    @Option(names = "--connection-file", paramLabel = "FILE",
            description = "The connection file Jupyter wrote (ports and signing key).")
    Path connectionFile;

    @Option(names = "--allow-remote",
            description = "Listen on a non-loopback ip from the connection file. Anyone who can reach the ports "
                    + "and knows the key can then run code as you; use only on a trusted network.")
    boolean allowRemote;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "0",
            converter = CellTimeLimit.ZeroForNone.class,
            description = "Time limit of one cell, in seconds, up to a week (default: 0, none; Jupyter's "
                    + "Interrupt stops a cell).")
    Duration timeout;

    @Mixin
    DataOption data;

    @Spec
    CommandSpec spec;

    /** The sessions' options: those of {@code run}, in the repository root, with its data and charts. */
    private SessionOptions sessionOptions() {
        return NotebookSessions.options(data.locations()).withCellTimeout(timeout);
    }

    @Override
    public Integer call() throws InterruptedException {
        data.requireValid();
        ConnectionInfo info = connectionFile == null ? ConnectionFile.generate() : ConnectionFile.read(connectionFile);
        ExecutionBackend backend = NotebookBackend.start(sessionOptions());
        Kernel kernel;
        try {
            kernel = Kernel.start(info, backend, KernelOptions.defaults().withAllowRemote(allowRemote));
        } catch (RuntimeException e) {
            backend.close();
            throw e;
        }
        // The exit hook is in place before the connection file exists: a SIGTERM right after the
        // announcement must still delete it.
        AtomicReference<Path> ours = new AtomicReference<>();
        try (kernel) {
            Interrupts.forwardTo(backend);
            kernel.shutDownWithParent(System.getenv());
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                kernel.close();
                deleteConnectionFile(ours.get());
            }, "jupyter-exit"));
            if (connectionFile == null) {
                announce(kernel.connectionInfo(), ours);
            }
            kernel.awaitShutdown();
        } finally {
            deleteConnectionFile(ours.get());
        }
        return 0;
    }

    /**
     * Writes the connection file of a kernel started without one (owner-only, as it holds the signing key)
     * and tells the user how to connect. The kernel deletes it when it ends; Jupyter's own files are
     * Jupyter's to delete.
     */
    private void announce(ConnectionInfo bound, AtomicReference<Path> created) {
        try {
            Path file = Files.createTempFile("kernel-engagements-", ".json");
            created.set(file);
            ConnectionFile.write(file, bound);
            PrintWriter err = spec.commandLine().getErr();
            err.println("kernel: connection file " + file);
            err.println("kernel: connect with: jupyter console --existing " + file);
            err.flush();
        } catch (java.io.IOException e) {
            throw new KernelException("cannot create a connection file in " + System.getProperty("java.io.tmpdir")
                    + ": " + e.getMessage(), e);
        }
    }

    private static void deleteConnectionFile(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (java.io.IOException e) {
                System.err.println("kernel: could not delete connection file " + file + ": " + e.getMessage());
            }
        }
    }

    /** {@code engagements kernel install}: writes the kernelspec; needs no Python. */
    @Command(name = "install", mixinStandardHelpOptions = true,
            description = {"Write the kernelspec (kernel.json) so Jupyter lists and starts this kernel.",
                "A --data given here is recorded in it: the kernel's sessions then load that folder."})
    static final class Install implements Callable<Integer> {
        /** The launcher script in the repository root. */
        private static final String LAUNCHER = "engagements";

        static final class Location {
            @Option(names = "--user", description = "Install for this user (the default): "
                    + "~/.local/share/jupyter/kernels, or under $JUPYTER_DATA_DIR / $XDG_DATA_HOME.")
            boolean user;

            @Option(names = "--prefix", paramLabel = "DIR",
                    description = "Install under DIR/share/jupyter/kernels (e.g. a virtual environment).")
            Path prefix;
        }

        @ArgGroup(exclusive = true)
        Location location;

        @Option(names = "--name", paramLabel = "NAME", defaultValue = KernelSpec.DEFAULT_NAME,
                description = "Kernel name (default: ${DEFAULT-VALUE}).")
        String name;

        /** Recorded in the kernelspec when given, so that the sessions Jupyter starts use it. */
        @Mixin
        DataOption data;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            data.requireValid();
            Path kernels = location != null && location.prefix != null
                    ? KernelSpec.prefixKernels(location.prefix.toAbsolutePath())
                    : KernelSpec.userKernels(System.getenv(), Path.of(System.getProperty("user.home")));
            List<String> argv = new ArrayList<>(launchCommand(data.locations().home()));
            if (data.given != null) {
                argv.addAll(List.of("--data", data.given.toAbsolutePath().normalize().toString()));
            }
            Path file = KernelSpec.of(argv).install(kernels, name);
            spec.commandLine().getOut().println("installed kernel \"" + name + "\": " + file);
            spec.commandLine().getOut().flush();
            return 0;
        }

        /**
         * How Jupyter should start us: the launcher in the repository {@code home} when there is one, else
         * this JVM with this jar (or, from a build folder, this class path), all by absolute path.
         */
        static List<String> launchCommand(Path home) {
            List<String> argv = new ArrayList<>();
            Path launcher = home.resolve(LAUNCHER);
            if (Files.isExecutable(launcher)) {
                argv.add(launcher.toString());
            } else {
                argv.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
                argv.addAll(List.of("-Djava.awt.headless=true", "-Dfile.encoding=UTF-8"));
                argv.addAll(JvmFlags.forRunningJdk());
                Path code = codeLocation();
                if (code.toString().endsWith(".jar")) {
                    argv.addAll(List.of("-jar", code.toString()));
                } else {
                    argv.add(JvmFlags.HOST_OPENS);
                    argv.addAll(JvmFlags.HOST_EXPORTS);
                    argv.addAll(List.of("-cp", System.getProperty("java.class.path"),
                            Main.class.getName()));
                }
            }
            argv.addAll(List.of("kernel", "--connection-file", KernelSpec.CONNECTION_FILE));
            return argv;
        }

        private static Path codeLocation() {
            try {
                return Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toAbsolutePath();
            } catch (URISyntaxException e) {
                throw new IllegalStateException("cannot locate the engagements classes", e);
            }
        }
    }
}
