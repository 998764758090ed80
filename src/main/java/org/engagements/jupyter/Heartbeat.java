package org.engagements.jupyter;

import org.zeromq.ZMQ;
import org.zeromq.ZMQException;

/**
 * The heartbeat channel: a REP socket that echoes every message at once, on its own thread, so front
 * ends see the process is alive even while a cell keeps the other threads busy.
 */
final class Heartbeat implements Runnable {
    private final ZMQ.Socket socket;

    Heartbeat(ZMQ.Socket socket) {
        this.socket = socket;
    }

    @Override
    public void run() {
        try {
            byte[] frame = socket.recv(0);
            while (frame != null) {
                while (socket.hasReceiveMore()) {
                    socket.send(frame, ZMQ.SNDMORE);
                    frame = socket.recv(0);
                }
                socket.send(frame, 0);
                frame = socket.recv(0);
            }
        } catch (ZMQException e) {
            // The context was terminated: the kernel is shutting down.
        } finally {
            socket.close();
        }
    }
}
