package org.engagements.notebook.session;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.stream.Collectors;

/**
 * A class path as a list of entries. {@link #ofRunningJvm()} expands the {@code Class-Path} of jar
 * manifests, because {@code java -jar engagements.jar} (and Surefire) name only one jar in
 * {@code java.class.path} while the libraries hang off its manifest.
 */
public record ClassPath(List<Path> entries) {
    public ClassPath {
        entries = List.copyOf(entries);
    }

    /** The class path of this JVM, manifests expanded, duplicates dropped. */
    public static ClassPath ofRunningJvm() {
        Set<Path> seen = new LinkedHashSet<>();
        Arrays.stream(System.getProperty("java.class.path", "").split(File.pathSeparator))
                .filter(entry -> !entry.isBlank())
                .map(entry -> Path.of(entry).toAbsolutePath().normalize())
                .forEach(entry -> add(entry, seen));
        return new ClassPath(new ArrayList<>(seen));
    }

    /** This class path followed by {@code more}. */
    public ClassPath plus(List<Path> more) {
        List<Path> all = new ArrayList<>(entries);
        more.forEach(entry -> all.add(entry.toAbsolutePath().normalize()));
        return new ClassPath(all.stream().distinct().toList());
    }

    /** The entries joined with the platform's separator, for {@code --class-path}. */
    @Override
    public String toString() {
        return entries.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator));
    }

    private static void add(Path entry, Set<Path> seen) {
        if (!seen.add(entry) || !entry.toString().endsWith(".jar") || !Files.isRegularFile(entry)) {
            return;
        }
        for (String reference : manifestClassPath(entry)) {
            URI resolved = entry.getParent().toUri().resolve(reference);
            if ("file".equals(resolved.getScheme())) {
                add(Path.of(resolved).normalize(), seen);
            }
        }
    }

    private static List<String> manifestClassPath(Path jar) {
        try (JarFile file = new JarFile(jar.toFile())) {
            Manifest manifest = file.getManifest();
            String value = manifest == null ? null : manifest.getMainAttributes().getValue("Class-Path");
            return value == null || value.isBlank() ? List.of() : List.of(value.trim().split("\\s+"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the manifest of " + jar, e);
        }
    }
}
