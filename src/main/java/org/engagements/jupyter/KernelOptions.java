package org.engagements.jupyter;

import java.time.Clock;
import java.util.Objects;
import org.engagements.jupyter.wire.WireLimits;

/**
 * How the kernel server runs; {@link #defaults()} suits a kernel launched by Jupyter.
 *
 * @param allowRemote           bind a non-loopback address from the connection file. Off by default: anyone
 *                              who reaches the port and holds the key can run code as this user
 * @param limits                incoming messages over these are dropped
 * @param clock                 the time stamped on message headers
 * @param implementationVersion reported in kernel_info_reply
 */
public record KernelOptions(boolean allowRemote, WireLimits limits, Clock clock, String implementationVersion) {
    public KernelOptions {
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(implementationVersion, "implementationVersion");
    }

    public static KernelOptions defaults() {
        String version = KernelOptions.class.getPackage().getImplementationVersion();
        return new KernelOptions(false, WireLimits.DEFAULT, Clock.systemUTC(), version == null ? "0.1.0" : version);
    }

    public KernelOptions withAllowRemote(boolean allow) {
        return new KernelOptions(allow, limits, clock, implementationVersion);
    }

    public KernelOptions withLimits(WireLimits newLimits) {
        return new KernelOptions(allowRemote, newLimits, clock, implementationVersion);
    }

    public KernelOptions withClock(Clock newClock) {
        return new KernelOptions(allowRemote, limits, newClock, implementationVersion);
    }
}
