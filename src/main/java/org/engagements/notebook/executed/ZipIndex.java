package org.engagements.notebook.executed;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * The central directory of a zip file (a jar) with its end record: the name, size, CRC-32 and time of
 * every entry, in the last few kilobytes of the file. Hashing it tells a changed jar from an unchanged
 * one without reading the whole file: a run's class path is 50 MB of jars, whose SHA-256 took a third of
 * a second of every {@code run} on the host's C1 compiler, against a few milliseconds for the indexes.
 * Stateless.
 */
final class ZipIndex {
    private static final int END_SIGNATURE = 0x06054b50;
    private static final int END_SIZE = 22;
    private static final int MAX_COMMENT = 0xFFFF;
    private static final long ZIP64_MARK = 0xFFFFFFFFL;

    private ZipIndex() {
    }

    /**
     * The central directory and end record of {@code file}; empty when it is not a plain zip file
     * (too short, no end record, a ZIP64 archive or a directory that does not fit), whose content is
     * then to be hashed whole.
     */
    static Optional<byte[]> read(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            if (size < END_SIZE) {
                return Optional.empty();
            }
            int tailLength = (int) Math.min(size, END_SIZE + MAX_COMMENT);
            ByteBuffer tail = readFully(channel, size - tailLength, tailLength);
            for (int at = tailLength - END_SIZE; at >= 0; at--) {
                if (tail.getInt(at) == END_SIGNATURE && at + END_SIZE + Short.toUnsignedInt(tail.getShort(at + 20)) == tailLength) {
                    return directory(channel, tail, at, size - tailLength + at);
                }
            }
            return Optional.empty();
        }
    }

    private static Optional<byte[]> directory(FileChannel channel, ByteBuffer tail, int at, long endOffset)
            throws IOException {
        long length = Integer.toUnsignedLong(tail.getInt(at + 12));
        long offset = Integer.toUnsignedLong(tail.getInt(at + 16));
        if (length == ZIP64_MARK || offset == ZIP64_MARK || offset + length > endOffset
                || length + tail.limit() - at > Integer.MAX_VALUE) {
            return Optional.empty();
        }
        ByteBuffer index = ByteBuffer.allocate((int) (length + tail.limit() - at));
        index.put(readFully(channel, offset, (int) length)).put(tail.position(at));
        return Optional.of(index.array());
    }

    private static ByteBuffer readFully(FileChannel channel, long position, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length);
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, position + buffer.position()) < 0) {
                throw new IOException("unexpected end of file at byte " + (position + buffer.position()));
            }
        }
        return buffer.flip().order(ByteOrder.LITTLE_ENDIAN);
    }
}
