package org.engagements.notebook.session;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Application class-data sharing (AppCDS) for notebook JVMs: a JDK archive of the classes a notebook
 * loads (JShell's agent, Tablesaw, XChart, Jackson, AWT…), mapped at start instead of read, parsed
 * and verified from the jars again by every notebook. It halves the notebook JVMs' start-up work.
 *
 * <p>The archive builds itself: while none exists, a session's JVM records the classes it loads
 * ({@code -XX:DumpLoadedClassList}); when that session closes, a background {@code java -Xshare:dump}
 * turns the list into {@code notebook-<key>.jsa}, written under a temporary name and renamed, so a
 * JVM never maps half an archive. The key covers the JDK and every class-path jar's size and time,
 * so rebuilding the jar or changing the JDK starts a new archive (the old ones are removed). The
 * JVM checks the archive again when it maps it and, under {@code -Xshare:auto}, runs without it when
 * anything does not match: a missing or stale archive costs speed, never correctness.
 *
 * @param folder where archives and class lists live (the launcher uses {@code target/class-data})
 */
public record ClassDataArchive(Path folder) {
    /** A dump that has not finished in this time is assumed dead and may be started again. */
    private static final Duration DUMP_LIMIT = Duration.ofMinutes(5);
    private static final String PREFIX = "notebook-";

    /** What a notebook JVM with {@code classPath} needs: the archive, or recording for the next time. */
    public Plan plan(ClassPath classPath) {
        String key = key(classPath);
        Path archive = folder.resolve(PREFIX + key + ".jsa");
        if (Files.isRegularFile(archive)) {
            return new Plan(List.of("-XX:SharedArchiveFile=" + archive), Optional.empty());
        }
        Path classList = folder.resolve(PREFIX + key + "-" + HexFormat.of().formatHex(
                new SecureRandom().generateSeed(4)) + ".classes");
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            return new Plan(List.of(), Optional.empty());   // no archive: slower, not wrong
        }
        return new Plan(List.of("-XX:DumpLoadedClassList=" + classList),
                Optional.of(new Recording(classList, archive, classPath)));
    }

    /**
     * Options for the notebook JVM and, when it records its classes, what to build once it has ended.
     */
    public record Plan(List<String> vmOptions, Optional<Recording> recording) {
        public Plan {
            vmOptions = List.copyOf(vmOptions);
        }
    }

    /** A class list being written by a notebook JVM, to become {@code archive}. */
    public record Recording(Path classList, Path archive, ClassPath classPath) {
        /**
         * Starts building the archive in the background from the class list, which the JVM has
         * finished writing (it has ended); does nothing when another session already builds it.
         * The dump outlives this JVM if need be; it takes a few seconds of one core.
         */
        public void buildInBackground() {
            Path lock = archive.resolveSibling(archive.getFileName() + ".building");
            try {
                if (!Files.isRegularFile(classList) || Files.isRegularFile(archive) || !claim(lock)) {
                    Files.deleteIfExists(classList);
                    return;
                }
                removeOlderArchives();
                Path partial = archive.resolveSibling(archive.getFileName() + ".partial");
                String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
                // sh renames and tidies after the dump, even when this JVM has exited by then. The
                // archive is kept only if a JVM maps it: a damaged one would crash every notebook JVM.
                String script = "\"$0\" -Xshare:dump -XX:SharedClassListFile=\"$1\" -XX:SharedArchiveFile=\"$2\""
                        + " --class-path \"$3\" && \"$0\" -Xshare:on -XX:SharedArchiveFile=\"$2\" --class-path \"$3\""
                        + " -version && mv -f \"$2\" \"$4\"; rm -f \"$1\" \"$2\" \"$5\"";
                new ProcessBuilder("sh", "-c", script, java, classList.toString(), partial.toString(),
                        classPath.toString(), archive.toString(), lock.toString())
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                        .redirectError(ProcessBuilder.Redirect.DISCARD)
                        .start();
            } catch (IOException e) {
                // no archive this time: notebooks start slower, nothing else changes
            }
        }

        private static boolean claim(Path lock) throws IOException {
            try {
                Files.createFile(lock);
                return true;
            } catch (FileAlreadyExistsException e) {
                FileTime started = Files.getLastModifiedTime(lock);
                if (started.toInstant().plus(DUMP_LIMIT).isAfter(Instant.now())) {
                    return false;
                }
                Files.setLastModifiedTime(lock, FileTime.from(Instant.now()));
                return true;
            }
        }

        private void removeOlderArchives() throws IOException {
            try (DirectoryStream<Path> archives = Files.newDirectoryStream(archive.getParent(), PREFIX + "*.jsa")) {
                for (Path old : archives) {
                    if (!old.equals(archive)) {
                        Files.deleteIfExists(old);
                    }
                }
            }
        }
    }

    /** The JDK and each class-path entry's path, size and modification time, hashed. */
    static String key(ClassPath classPath) {
        List<String> parts = new ArrayList<>(List.of(System.getProperty("java.home"),
                System.getProperty("java.vm.version")));
        for (Path entry : classPath.entries()) {
            try {
                parts.add(entry + "|" + Files.size(entry) + "|" + Files.getLastModifiedTime(entry).toMillis());
            } catch (IOException e) {
                parts.add(entry + "|missing");
            }
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(String.join("\n", parts).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
