package org.engagements.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every case of {@code src/test/resources/bad-input/cases.tsv}: a bad file planted in a scratch copy of
 * the shipped data (or notebook), or a bad argument list, run through the command line in-process. Each
 * must end with the expected exit code and a message naming the place and the value, print no stack
 * trace, and leave every file as it was (SHA-256 of each file, and the set of files and folders, before
 * and after).
 */
class BadInputCorpusTest {
    private static final Path CORPUS = resource("bad-input");
    private static final Path HOME = Path.of(System.getProperty("user.dir"));
    private static final String ARTICLE = "data/articles/000_8cd5e59e9c5888c0.txt";
    private static final Pattern JAVA_EXCEPTION = Pattern.compile("\\bjava\\.[\\w.]+(Exception|Error)\\b");
    private static final int TEN_MB = 10_000_000;

    /** One line of cases.tsv. */
    record Case(String name, String plant, int exit, String command, List<String> expect) {
        @Override
        public String toString() {
            return name + " → " + plant + ": " + command;
        }
    }

    static Stream<Case> cases() throws IOException {
        return Files.readAllLines(CORPUS.resolve("cases.tsv"), StandardCharsets.UTF_8).stream()
                .filter(line -> !line.startsWith("#") && !line.startsWith("case\t") && !line.isBlank())
                .map(line -> line.split("\t", -1))
                .map(f -> new Case(f[0], f[1], Integer.parseInt(f[2]), f[3], List.of(f[4].split(" \\| "))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void badInputGivesAClearErrorExitCodeAndChangesNothing(Case c, @TempDir Path tmp) throws IOException {
        copy(HOME.resolve("data"), tmp.resolve("data"));
        Files.copy(HOME.resolve("notebooks/02-meeting-frequency.jsh"), tmp.resolve("nb.jsh"));
        plant(c, tmp);
        SortedMap<String, String> before = checksums(tmp);

        Cli.Run run = Cli.run(arguments(c, tmp));

        String output = run.out() + run.err();
        assertAll(
                () -> assertEquals(c.exit(), run.exitCode(), output),
                () -> c.expect().forEach(fragment -> assertTrue(output.contains(fragment),
                        "expected «" + fragment + "» in:\n" + output)),
                () -> assertFalse(run.err().contains("\tat ") || run.out().contains("\tat "), "stack trace:\n" + output),
                () -> assertFalse(JAVA_EXCEPTION.matcher(output).find(), "Java exception named:\n" + output),
                () -> assertFalse(output.contains("internal error"), output),
                () -> assertEquals(before, checksums(tmp), "files created, changed or deleted"));
    }

    private static String[] arguments(Case c, Path tmp) throws IOException {
        List<String> raw = c.command().equals("@args")
                ? Files.readAllLines(CORPUS.resolve(c.name()), StandardCharsets.UTF_8)
                : Arrays.asList(c.command().split(" "));
        return raw.stream()
                .map(a -> a.replace("{data}", tmp.resolve("data").toString()).replace("{tmp}", tmp.toString()))
                .toArray(String[]::new);
    }

    /** Puts the case where the table says, replacing what is there. */
    private static void plant(Case c, Path tmp) throws IOException {
        if (c.plant().equals("-")) {
            return;
        }
        Path target = tmp.resolve(c.plant());
        delete(target);
        Files.createDirectories(target.getParent());
        if (c.name().startsWith("generated/")) {
            generate(c.name().substring("generated/".length()), target, tmp);
        } else {
            Files.copy(CORPUS.resolve(c.name()), target);
        }
    }

    /** The cases that are too large to commit, or not plain files. */
    private static void generate(String name, Path target, Path tmp) throws IOException {
        Path shipped = HOME.resolve(tmp.relativize(target).toString());
        switch (name) {
            case "engagements-10mb-field" -> replaceLine(shipped, target, 3, "Biden's first", huge('x'));
            case "mentions-10mb-quote" -> replaceLine(shipped, target, 2, "In the first visit", huge('y'));
            case "people-10mb-string" -> Files.writeString(target,
                    Files.readString(shipped).replaceFirst("\"Joe Biden\"", "\"" + huge('z') + "\""));
            case "issues-100000-brackets" -> Files.writeString(target, "[".repeat(100_000));
            case "article-17mb" -> Files.write(target, new byte[17 * 1024 * 1024]);
            case "engagements-folder", "people-folder", "article-text-folder", "notebook-folder-without-notebooks" ->
                    Files.createDirectory(target);
            case "articles-folder-is-a-file" -> Files.writeString(target, "not a folder\n");
            case "engagements-dangling-link" -> Files.createSymbolicLink(target, tmp.resolve("no-such-file.csv"));
            case "issues-link-loop" -> Files.createSymbolicLink(target, target.getFileName());
            case "mentions-named-pipe", "article-text-named-pipe", "notebook-named-pipe", "ipynb-named-pipe" ->
                    mkfifo(target);
            case "engagements-unreadable" -> unreadable(shipped, target);
            case "metadata-10mb-field" -> {
                Files.copy(HOME.resolve(ARTICLE), target.resolveSibling("story.txt"));
                Files.writeString(target, "file,published,outlet,title,url\nstory.txt,2021-06-23,FT," + huge('t') + ",\n");
            }
            default -> throw new IllegalArgumentException("no generator for " + name);
        }
    }

    private static String huge(char c) {
        return String.valueOf(c).repeat(TEN_MB);
    }

    private static void replaceLine(Path from, Path to, int line, String start, String replacement) throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(from));
        lines.set(line - 1, lines.get(line - 1).replaceFirst(Pattern.quote(start), replacement));
        Files.write(to, lines);
    }

    /** A named pipe: a naive reader would wait forever for a writer. */
    private static void mkfifo(Path target) throws IOException {
        try {
            int exit = new ProcessBuilder("mkfifo", target.toString()).inheritIO().start().waitFor();
            assertEquals(0, exit, "mkfifo " + target);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    /**
     * A file its owner may not read. Root reads it all the same (permissions do not bind root, and the
     * tests usually run as root, in CI too), so this case is skipped then: the dangling link, the link
     * loop, the named pipe and the folders above are the unreadable inputs that fail for root as well.
     */
    private static void unreadable(Path shipped, Path target) throws IOException {
        Files.copy(shipped, target);
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("---------"));
        assumeFalse(Files.isReadable(target), "running as root: a mode-000 file is still readable");
    }

    /**
     * Every file's SHA-256, every folder, link and special file, by path relative to {@code root}; but not
     * the empty lock file that reading {@code data/} creates beside it when missing ({@code FolderLock}).
     */
    private static SortedMap<String, String> checksums(Path root) throws IOException {
        SortedMap<String, String> sums = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(root)) {
            Path lock = root.resolve(".engagements-lock-data");
            paths.filter(path -> !(path.equals(lock) && path.toFile().length() == 0))
                    .forEach(path -> sums.put(root.relativize(path).toString(), describe(path)));
        }
        return sums;
    }

    private static String describe(Path path) {
        try {
            if (Files.isSymbolicLink(path)) {
                return "link to " + Files.readSymbolicLink(path);
            }
            if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
                return "folder";
            }
            if (!Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS) || !Files.isReadable(path)) {
                return "special or unreadable, " + Files.getLastModifiedTime(path, LinkOption.NOFOLLOW_LINKS);
            }
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(Files.readAllBytes(path)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : (Iterable<Path>) paths::iterator) {
                Files.copy(path, to.resolve(from.relativize(path).toString()));
            }
        }
    }

    private static void delete(Path path) throws IOException {
        if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
            try (Stream<Path> paths = Files.walk(path)) {
                for (Path p : (Iterable<Path>) paths.sorted(java.util.Comparator.reverseOrder())::iterator) {
                    Files.delete(p);
                }
            }
        } else {
            Files.deleteIfExists(path);
        }
    }

    private static Path resource(String name) {
        try {
            return Path.of(BadInputCorpusTest.class.getResource("/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
