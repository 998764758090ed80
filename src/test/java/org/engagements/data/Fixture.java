package org.engagements.data;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The small valid dataset in {@code src/test/resources/data}, found through the class loader, and
 * helpers that copy it into a temporary folder named {@code data} and change one file, so each test
 * states exactly what it breaks.
 */
public final class Fixture {
    private Fixture() {
    }

    /** The fixture folder on the test class path. */
    public static Path source() {
        URL url = Fixture.class.getResource("/data/articles.csv");
        if (url == null) {
            throw new IllegalStateException("test resource /data/articles.csv is not on the class path");
        }
        try {
            return Path.of(url.toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Copies the fixture to {@code folder/data} and returns that path. */
    public static Path copyTo(Path folder) {
        Path source = source();
        Path target = folder.resolve("data");
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.sorted().toList()) {
                Files.copy(file, target.resolve(source.relativize(file).toString()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }

    /** Replaces the only occurrence of {@code from} in a file; fails the test if it is not there once. */
    public static void replace(Path file, String from, String to) {
        String text = read(file);
        int at = text.indexOf(from);
        assertTrue(at >= 0 && text.indexOf(from, at + 1) < 0, () -> file + " should contain once: " + from);
        write(file, text.substring(0, at) + to + text.substring(at + from.length()));
    }

    /** Appends lines (each ended with LF) to a file. */
    public static void append(Path file, String... lines) {
        write(file, read(file) + String.join("\n", lines) + "\n");
    }

    public static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void write(Path file, String text) {
        writeBytes(file, text.getBytes(StandardCharsets.UTF_8));
    }

    public static void writeBytes(Path file, byte[] bytes) {
        try {
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The messages of every problem in a data folder. */
    public static List<String> messages(Path data) {
        return DatasetLoader.validate(data).stream().map(Problem::message).toList();
    }
}
