package org.engagements.notebook.executed;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/** Checksums of every file under a data folder. Stateless. */
public final class DataFiles {
    private DataFiles() {
    }

    /** Every regular file under {@code folder}, sorted by path; none when the folder does not exist. */
    public static List<DataFile> hash(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile)
                    .map(file -> hash(folder, file))
                    .sorted(Comparator.comparing(DataFile::path))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the data folder " + folder, e);
        }
    }

    private static DataFile hash(Path folder, Path file) {
        String relative = folder.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
        MessageDigest digest = sha256();
        try {
            long size = read(file, digest);
            return new DataFile(relative, size, HexFormat.of().formatHex(digest.digest()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read data file " + file, e);
        }
    }

    /** Reads the whole of {@code file} through {@code digest}; returns its size. */
    static long read(Path file, MessageDigest digest) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            return in.transferTo(OutputStream.nullOutputStream());
        }
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
