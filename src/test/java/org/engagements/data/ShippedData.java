package org.engagements.data;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The data folder shipped in the repository, found through the {@code basedir} system property that
 * surefire sets (never the working directory), and helpers to copy it and fingerprint every file.
 */
public final class ShippedData {
    private ShippedData() {
    }

    public static Path folder() {
        String basedir = System.getProperty("basedir");
        assertNotNull(basedir, "surefire should set the basedir system property (see pom.xml)");
        return Path.of(basedir, "data");
    }

    /** Copies the shipped data folder to {@code parent/data} and returns that path. */
    public static Path copyTo(Path parent) {
        Path source = folder();
        Path target = parent.resolve("data");
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.sorted().toList()) {
                Files.copy(file, target.resolve(source.relativize(file).toString()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }

    /** SHA-256 of every file under a folder, by relative path: equal maps mean nothing changed. */
    public static SortedMap<String, String> checksums(Path folder) {
        SortedMap<String, String> sums = new TreeMap<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                sums.put(folder.relativize(file).toString(), sha256(Files.readAllBytes(file)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sums;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
