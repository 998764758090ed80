package org.engagements.data;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

/**
 * The lock readers and writers of one data folder share: the file {@code .engagements-lock-NAME} beside
 * the folder. Readers hold it {@link #shared} while they read every file, so that they see one
 * snapshot; {@link org.engagements.data.write.DatasetWriter} holds it {@link #exclusive} only while it moves files into the folder,
 * and recovery while it finishes a killed writer's moves ({@link StagingFolders}). The file stays,
 * empty; so does an entry per lock file in this JVM.
 *
 * <p>A file lock belongs to the whole JVM, and one JVM may not hold two overlapping locks on one file,
 * so the threads of this JVM first take a read-write lock of their own per lock file; the readers among
 * them share one shared file lock. Thread-safe.
 *
 * <p>A reader that cannot open or lock the file (a read-only checkout, a parent folder it may not write,
 * a file system without locks) reads without it, as before there were locks; a writer cannot write then.
 */
public final class FolderLock {
    private static final Map<Path, LockFile> FILES = new ConcurrentHashMap<>();

    private FolderLock() {
    }

    /** Runs {@code read} once no writer moves files into {@code dataFolder}, keeping writers out meanwhile. */
    static <T> T shared(Path dataFolder, Supplier<T> read) {
        LockFile file = lockFile(dataFolder);
        file.threads.readLock().lock();
        try {
            file.enterShared();
            try {
                return read.get();
            } finally {
                file.leaveShared();
            }
        } finally {
            file.threads.readLock().unlock();
        }
    }

    /**
     * Runs {@code write} once no one else reads or writes {@code dataFolder}, keeping them out meanwhile.
     *
     * @throws IOException when the lock file cannot be created or locked ({@code write} has not run)
     */
    public static <T> T exclusive(Path dataFolder, Supplier<T> write) throws IOException {
        LockFile file = lockFile(dataFolder);
        file.threads.writeLock().lock();
        try {
            file.lockExclusive();
            try {
                return write.get();
            } finally {
                file.release();
            }
        } finally {
            file.threads.writeLock().unlock();
        }
    }

    /** The lock file of {@code dataFolder}: {@code .engagements-lock-NAME} in its parent. */
    public static Path path(Path dataFolder) {
        Path absolute = dataFolder.toAbsolutePath().normalize();
        return absolute.resolveSibling(".engagements-lock-" + absolute.getFileName());
    }

    /**
     * This JVM's entry for the lock file, keyed by its real folder: a data folder reached through two
     * paths (a symbolic link) must not get two channels, as closing either would drop both one's locks.
     */
    private static LockFile lockFile(Path dataFolder) {
        Path path = path(dataFolder);
        Path key;
        try {
            key = path.getParent().toRealPath().resolve(path.getFileName());
        } catch (IOException e) {
            key = path;                 // no such parent: nothing to lock, see LockFile.enterShared
        }
        return FILES.computeIfAbsent(key, LockFile::new);
    }

    /** One lock file as this JVM holds it: at most one channel and one file lock at a time. */
    private static final class LockFile {
        private final Path path;
        private final ReentrantReadWriteLock threads = new ReentrantReadWriteLock();
        private int readers;            // threads holding the shared lock; guarded by this
        private FileChannel channel;    // open while locked, null when reading unlocked; guarded by this

        LockFile(Path path) {
            this.path = path;
        }

        /** The first reader of this JVM takes the shared file lock, best effort; the others join it. */
        synchronized void enterShared() {
            if (readers++ > 0) {
                return;
            }
            try {
                channel = open();
                channel.lock(0, Long.MAX_VALUE, true);
            } catch (IOException | RuntimeException e) {
                release();          // read without the lock, as when the lock file cannot be made
            }
        }

        synchronized void leaveShared() {
            if (--readers == 0) {
                release();
            }
        }

        /** Called holding the write lock of {@link #threads}: no reader of this JVM holds the file. */
        synchronized void lockExclusive() throws IOException {
            channel = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            try {
                channel.lock();
            } catch (IOException | RuntimeException e) {
                release();
                throw e;
            }
        }

        /** For reading: created when missing; opened read-only when it exists but may not be written. */
        private FileChannel open() throws IOException {
            try {
                return FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.READ,
                        StandardOpenOption.WRITE);
            } catch (IOException e) {
                return FileChannel.open(path, StandardOpenOption.READ);
            }
        }

        /** Closing the channel releases its lock. */
        synchronized void release() {
            try {
                if (channel != null) {
                    channel.close();
                }
            } catch (IOException e) {
                // closed anyway; the lock goes with the channel
            } finally {
                channel = null;
            }
        }
    }
}
