package org.engagements.notebook.report;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import org.engagements.core.EngagementsException;
import org.engagements.core.WriterTag;

/**
 * The exclusive lock one report writer holds on its folder from before its first notebook runs until
 * it has swapped the report in: an operating-system lock on {@code .engagements-lock-NAME} beside the
 * folder, as the data writer's. A second writer is refused at once, naming the first's process, which
 * the lock file holds. The lock goes with the process, so a killed writer leaves no lock behind; the
 * file itself stays (removing it could let two writers lock two different files). Not thread safe.
 */
final class ReportLock implements AutoCloseable {
    static final String PREFIX = ".engagements-lock-";

    private final FileChannel channel;
    private final FileLock lock;

    private ReportLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Locks {@code folder} for this process.
     *
     * @param shown the folder as the user named it, for the message
     * @throws EngagementsException when another writer holds the lock, or the lock file cannot be made
     */
    static ReportLock acquire(Path folder, Path shown) {
        Path file = folder.resolveSibling(PREFIX + folder.getFileName());
        FileChannel channel = null;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
            FileLock lock = tryLock(channel);
            if (lock == null) {
                throw new EngagementsException(shown + ": another `engagements report`" + holder(channel)
                        .map(pid -> " (pid " + pid + ")").orElse("") + " is writing this folder; wait for it or "
                        + "choose another --out");
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.UTF_8)), 0);
            return new ReportLock(channel, lock);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new EngagementsException(shown + ": cannot lock " + file + " against a second report: "
                    + e.getMessage(), e);
        } catch (RuntimeException e) {
            closeQuietly(channel);
            throw e;
        }
    }

    /** The lock, or null when another process, or another writer in this one, holds it. */
    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null;
        }
    }

    /**
     * The process the lock file names, while it runs; empty in the moment before a new holder writes it.
     * Read through the channel already open: on POSIX systems, closing any other descriptor of the file
     * would drop this process's locks on it.
     */
    private static Optional<Long> holder(FileChannel channel) throws IOException {
        ByteBuffer bytes = ByteBuffer.allocate(32);
        channel.read(bytes, 0);
        String text = new String(bytes.array(), 0, bytes.position(), StandardCharsets.UTF_8).strip();
        return text.matches("\\d{1,18}") ? Optional.of(Long.parseLong(text)).filter(WriterTag::isRunning)
                : Optional.empty();
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException e) {
            // closing the channel releases it too
        }
        closeQuietly(channel);
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel == null) {
            return;
        }
        try {
            channel.close();
        } catch (IOException e) {
            // the lock goes with the channel or the process; nothing is left to undo
        }
    }
}
