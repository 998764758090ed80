package org.engagements.data;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.engagements.core.EngagementsException;

/**
 * Data bigger than the heap: a clear error naming the file and a {@code -Xmx} to run with, instead of
 * a raw {@link OutOfMemoryError}. Checked up front from the CSV files' sizes when the data clearly
 * cannot fit, and at the loader's boundary when memory runs out anyway.
 *
 * <p>The estimate comes from measurements (docs/scaling.md): a loaded dataset keeps about 1.5 bytes of
 * heap per byte of CSV and article text, and loading needs about twice that while the tables are built,
 * so {@value #HEAP_PER_CSV_BYTE} bytes of heap per byte of CSV (article texts are about a third of the
 * CSV's size). The launcher passes {@code ENGAGEMENTS_JAVA_OPTS} to the JVM, so that is what to set.
 */
final class MemoryCheck {
    /** Heap needed to load one byte of CSV, article texts included; measured, rounded up. */
    static final double HEAP_PER_CSV_BYTE = 4.0;
    /** The up-front check fails only when the estimate exceeds the heap by this factor (it is an estimate). */
    static final double MARGIN = 1.5;
    /** Set to {@code false} to skip the up-front estimate (tests of the out-of-memory path). */
    static final String ESTIMATE_PROPERTY = "engagements.memory.estimate";

    private MemoryCheck() {
    }

    /**
     * Where loading is: the file being read, by whichever loading thread started one last. Thread safe.
     */
    static final class Progress {
        private volatile Reading reading = new Reading(null, null);

        void reading(String shownAs, Path at) {
            reading = new Reading(shownAs, at);
        }
    }

    /** A file being read, as messages show it and where it is; both null before the first. */
    private record Reading(String file, Path path) {
    }

    /**
     * Fails before reading anything when the CSV files clearly need more heap than this JVM has.
     *
     * @throws EngagementsException naming the largest file and the heap to run with
     */
    static void upFront(DataFolder folder, long maxHeap) {
        if ("false".equals(System.getProperty(ESTIMATE_PROPERTY))) {
            return;
        }
        long bytes = 0;
        Schema.CsvFile largest = Schema.ENGAGEMENTS;
        long largestSize = -1;
        for (Schema.CsvFile csv : Schema.CSV_FILES) {
            long size = size(folder.resolve(csv.fileName()));
            bytes += size;
            if (size > largestSize) {
                largest = csv;
                largestSize = size;
            }
        }
        if (bytes * HEAP_PER_CSV_BYTE > maxHeap * MARGIN) {
            Path path = folder.resolve(largest.fileName());
            throw new EngagementsException(message(folder.display(largest.fileName()), lines(path) - 1,
                    maxHeap, bytes));
        }
    }

    /** The error for an {@link OutOfMemoryError} while loading (the data's references are already released). */
    static EngagementsException exhausted(DataFolder folder, Progress progress, OutOfMemoryError cause) {
        Reading reading = progress.reading;
        String file = reading.file() == null ? folder.display(Schema.ENGAGEMENTS.fileName()) : reading.file();
        Path path = reading.path() == null ? folder.resolve(Schema.ENGAGEMENTS.fileName()) : reading.path();
        long bytes = Schema.CSV_FILES.stream().mapToLong(csv -> size(folder.resolve(csv.fileName()))).sum();
        long rows = path.getFileName().toString().endsWith(".csv") ? lines(path) - 1 : -1;
        EngagementsException error = new EngagementsException(
                message(file, rows, Runtime.getRuntime().maxMemory(), bytes));
        error.addSuppressed(cause);
        return error;
    }

    /** {@code data/engagements.csv: not enough memory to load 3,000,000 rows with -Xmx512m; run with ...}. */
    static String message(String file, long rows, long maxHeap, long csvBytes) {
        String what = rows >= 0 ? String.format(Locale.ROOT, "%,d rows", rows) : "it";
        return String.format(Locale.ROOT, "%s: not enough memory to load %s with -Xmx%dm; run with "
                + "ENGAGEMENTS_JAVA_OPTS=-Xmx%dg", file, what, maxHeap >> 20, suggestedGigabytes(csvBytes));
    }

    /** Whole gigabytes of heap for this much CSV, at least 1. */
    static long suggestedGigabytes(long csvBytes) {
        return Math.max(1, (long) Math.ceil(csvBytes * HEAP_PER_CSV_BYTE / (1L << 30)));
    }

    private static long size(Path file) {
        try {
            return Files.isRegularFile(file) ? Files.size(file) : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    /** Line breaks in a file, counted in 64 KB chunks (no memory needed); 0 when it cannot be read. */
    static long lines(Path file) {
        long lines = 0;
        try (InputStream in = Files.newInputStream(file)) {
            byte[] chunk = new byte[1 << 16];
            for (int read; (read = in.read(chunk)) > 0; ) {
                for (int i = 0; i < read; i++) {
                    lines += chunk[i] == '\n' ? 1 : 0;
                }
            }
        } catch (IOException e) {
            return 0;
        }
        return lines;
    }
}
