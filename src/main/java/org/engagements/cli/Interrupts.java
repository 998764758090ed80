package org.engagements.cli;

import org.engagements.jupyter.ExecutionBackend;
import sun.misc.Signal;

/**
 * SIGINT for kernels whose kernelspec says {@code interrupt_mode: signal}: Ctrl-C (or Jupyter's signal)
 * stops the running cell instead of ending the JVM. Our kernelspec uses {@code message}, so this only
 * matters for hand-written kernelspecs and terminals. SIGTERM still ends the kernel.
 */
final class Interrupts {
    private Interrupts() {
    }

    static void forwardTo(ExecutionBackend backend) {
        try {
            Signal.handle(new Signal("INT"), signal -> backend.interrupt());
        } catch (IllegalArgumentException unsupported) {
            // No SIGINT on this platform, or the JVM reserves it (-Xrs): interrupts come by message only.
        }
    }
}
