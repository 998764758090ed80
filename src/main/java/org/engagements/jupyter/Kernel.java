package org.engagements.jupyter;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.engagements.jupyter.wire.ConnectionInfo;
import org.engagements.jupyter.wire.IopubContent;
import org.engagements.jupyter.wire.MessageCodec;
import org.engagements.jupyter.wire.Session;
import org.engagements.jupyter.wire.Signer;
import org.engagements.jupyter.wire.WireException;
import org.zeromq.SocketType;
import org.zeromq.ZMQ;
import org.zeromq.ZMQException;

/**
 * A running Jupyter kernel: the five sockets of a connection file served by their own threads.
 * Start it with {@link #start}, wait with {@link #awaitShutdown}, stop it with {@link #close}.
 *
 * <ul>
 *   <li>shell (ROUTER): requests served one at a time, in order, by the shell thread, which also runs cells;
 *   <li>control (ROUTER): interrupt, shutdown and kernel_info on their own thread, answered while a cell runs;
 *   <li>iopub (PUB): everything published, from one thread, each message with its request as parent;
 *   <li>stdin (ROUTER): a running cell's questions for a line of input, on their own thread;
 *   <li>heartbeat (REP): echoes, on its own thread.
 * </ul>
 *
 * <p>Only loopback addresses are bound unless {@link KernelOptions#allowRemote()}: the key in the
 * connection file is all that stands between the network and running code as this user.
 */
public final class Kernel implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(Kernel.class.getName());
    private static final int LINGER_MILLIS = 1000;
    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(10);

    private final ZMQ.Context context;
    private final ConnectionInfo bound;
    private final ExecutionBackend backend;
    private final Publisher publisher;
    private final StdinChannel stdin;
    private final List<Thread> threads = new ArrayList<>();
    private final CountDownLatch shutdown = new CountDownLatch(1);
    private boolean closed;

    private Kernel(ZMQ.Context context, Sockets sockets, ExecutionBackend backend, Publisher publisher,
                   StdinChannel stdin) {
        this.context = context;
        this.bound = sockets.bound;
        this.stdin = stdin;
        this.backend = backend;
        this.publisher = publisher;
    }

    /**
     * Binds the sockets of {@code info} (ports of 0 are chosen now) and starts serving {@code backend}.
     *
     * @throws KernelException when the address is not loopback and remote access was not allowed, the
     *                         transport or signature scheme is not supported, or a port cannot be bound
     */
    public static Kernel start(ConnectionInfo info, ExecutionBackend backend, KernelOptions options) {
        requireAllowedAddress(info, options);
        MessageCodec codec = new MessageCodec(signer(info), options.limits());
        ZMQ.Context context = ZMQ.context(1);
        Sockets sockets = Sockets.bind(context, info, options);
        Session session = Session.create("kernel", options.clock());
        Publisher publisher = new Publisher(sockets.iopub, codec, session);
        StdinChannel stdin = new StdinChannel(new Channel("stdin", sockets.stdin, codec), session);
        Kernel kernel = new Kernel(context, sockets, backend, publisher, stdin);
        Handlers handlers = new Handlers(backend, publisher, stdin, new History(), options.implementationVersion(),
                kernel.shutdown::countDown);
        kernel.startThread("jupyter-iopub", publisher);
        kernel.startThread("jupyter-stdin", stdin);
        kernel.startThread("jupyter-heartbeat", new Heartbeat(sockets.heartbeat));
        kernel.startThread("jupyter-control", new RequestLoop(new Channel("control", sockets.control, codec),
                publisher, session, handlers.control()));
        kernel.startThread("jupyter-shell", new RequestLoop(new Channel("shell", sockets.shell, codec),
                publisher, session, handlers.shell()));
        publisher.publish(Optional.empty(), new IopubContent.Status(IopubContent.ExecutionState.STARTING));
        LOG.info(() -> "kernel listening on " + sockets.bound);
        return kernel;
    }

    /** The connection as bound: the ports actually in use (no longer 0). */
    public ConnectionInfo connectionInfo() {
        return bound;
    }

    /** Waits until a client asks the kernel to shut down (without restart). */
    public void awaitShutdown() throws InterruptedException {
        shutdown.await();
    }

    /**
     * Ends the kernel when the Jupyter process named by {@code JPY_PARENT_PID} (in {@code environment})
     * ends, as if it had asked for shutdown; see {@link ParentWatch}. Returns whether one is watched.
     */
    public boolean shutDownWithParent(Map<String, String> environment) {
        return ParentWatch.watch(environment.get(ParentWatch.VARIABLE), shutdown::countDown);
    }

    /** Like {@link #awaitShutdown()} but gives up after {@code timeout}; true when shutdown was asked. */
    public boolean awaitShutdown(Duration timeout) throws InterruptedException {
        return shutdown.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * Stops the running cell, lets queued replies and output go out (at most a second), closes the sockets and
     * the backend. Idempotent.
     */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        backend.interrupt();
        publisher.close();
        stdin.close();
        Thread terminator = new Thread(context::term, "jupyter-terminate");
        terminator.setDaemon(true);
        terminator.start();
        try {
            terminator.join(CLOSE_TIMEOUT.toMillis());
            for (Thread thread : threads) {
                thread.join(CLOSE_TIMEOUT.toMillis());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            backend.close();
        }
        if (terminator.isAlive()) {
            LOG.warning("kernel sockets did not close within " + CLOSE_TIMEOUT.toSeconds() + " s");
        }
    }

    private void startThread(String name, Runnable task) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        threads.add(thread);
        thread.start();
    }

    private static Signer signer(ConnectionInfo info) {
        try {
            return Signer.of(info.signatureScheme(), info.key());
        } catch (WireException e) {
            throw new KernelException("connection file: " + e.getMessage(), e);
        }
    }

    private static void requireAllowedAddress(ConnectionInfo info, KernelOptions options) {
        if (!info.transport().equals("tcp")) {
            throw new KernelException("connection file: transport \"" + info.transport()
                    + "\" is not supported (expected \"tcp\")");
        }
        if (!options.allowRemote() && !isLoopback(info.ip())) {
            throw new KernelException("connection file: ip \"" + info.ip() + "\" is not a loopback address; "
                    + "anyone who can reach it and knows the key could run code as you. Use 127.0.0.1, or pass "
                    + "--allow-remote if you really mean to accept connections from other machines");
        }
    }

    private static boolean isLoopback(String ip) {
        try {
            return InetAddress.getByName(ip).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private static String describe(ZMQException e) {
        try {
            return ZMQ.Error.findByCode(e.getErrorCode()).getMessage();
        } catch (IllegalArgumentException unknown) {
            return "error " + e.getErrorCode();
        }
    }

    /** The kernel's sockets, bound; on failure nothing stays bound. */
    private record Sockets(ConnectionInfo bound, ZMQ.Socket shell, ZMQ.Socket control, ZMQ.Socket stdin,
                           ZMQ.Socket iopub, ZMQ.Socket heartbeat) {
        static Sockets bind(ZMQ.Context context, ConnectionInfo info, KernelOptions options) {
            List<ZMQ.Socket> opened = new ArrayList<>();
            try {
                ZMQ.Socket shell = open(context, SocketType.ROUTER, options, opened);
                ZMQ.Socket control = open(context, SocketType.ROUTER, options, opened);
                ZMQ.Socket stdin = open(context, SocketType.ROUTER, options, opened);
                stdin.setReceiveTimeOut((int) StdinChannel.POLL.toMillis());
                ZMQ.Socket iopub = open(context, SocketType.PUB, options, opened);
                ZMQ.Socket heartbeat = open(context, SocketType.REP, options, opened);
                ConnectionInfo bound = info.withPorts(bind(shell, info, info.shellPort()),
                        bind(iopub, info, info.iopubPort()), bind(stdin, info, info.stdinPort()),
                        bind(control, info, info.controlPort()), bind(heartbeat, info, info.hbPort()));
                return new Sockets(bound, shell, control, stdin, iopub, heartbeat);
            } catch (RuntimeException e) {
                opened.forEach(ZMQ.Socket::close);
                context.term();
                throw e;
            }
        }

        private static ZMQ.Socket open(ZMQ.Context context, SocketType type, KernelOptions options,
                                       List<ZMQ.Socket> opened) {
            ZMQ.Socket socket = context.socket(type);
            opened.add(socket);
            socket.setLinger(LINGER_MILLIS);
            // A single frame over the limit makes ZeroMQ drop the connection before buffering it all.
            socket.setMaxMsgSize(options.limits().maxMessageBytes());
            return socket;
        }

        private static int bind(ZMQ.Socket socket, ConnectionInfo info, int port) {
            String endpoint = info.endpoint(port);
            try {
                if (port == 0) {
                    return socket.bindToRandomPort(endpoint.substring(0, endpoint.lastIndexOf(':')));
                }
                if (!socket.bind(endpoint)) {
                    throw new KernelException("cannot listen on " + endpoint);
                }
                return port;
            } catch (ZMQException e) {
                throw new KernelException("cannot listen on " + endpoint + ": " + describe(e)
                        + " (is another kernel using this connection file, or is the ip not this machine's?)", e);
            }
        }
    }
}
