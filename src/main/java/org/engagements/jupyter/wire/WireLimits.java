package org.engagements.jupyter.wire;

/**
 * How large an incoming message may be before it is dropped unread.
 *
 * @param maxMessageBytes the sum of all frame sizes, identities and buffers included
 * @param maxFrames       the number of frames, identities and buffers included
 */
public record WireLimits(long maxMessageBytes, int maxFrames) {
    /** 64 MiB and 1024 frames: far above any cell or reply, far below what would exhaust memory. */
    public static final WireLimits DEFAULT = new WireLimits(64L * 1024 * 1024, 1024);

    public WireLimits {
        if (maxMessageBytes <= 0 || maxFrames < 6) {
            throw new IllegalArgumentException("limits too small: " + maxMessageBytes + " bytes, " + maxFrames
                    + " frames (a message has at least 6 frames)");
        }
    }
}
