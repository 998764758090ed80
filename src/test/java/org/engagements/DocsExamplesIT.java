package org.engagements;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every example in {@code README.md} and {@code docs/*.md} runs as written (see {@link DocsExamples} for the
 * markers). Each Markdown file gets a scratch copy of the repository (without {@code .git}, {@code target/} and
 * node modules) with the built jar, so {@code ./engagements} does not rebuild; its {@code java} blocks run as
 * notebooks through {@code ./engagements run}, then its {@code sh} blocks in order in {@code bash -e}, with
 * {@code HOME} inside the copy. Output shown after a block must match after masking durations and the copy's
 * path; a line {@code ...} stands for any lines.
 */
class DocsExamplesIT {
    private static final Duration BLOCK_LIMIT = Duration.ofMinutes(3);
    private static final Set<String> NOT_COPIED = Set.of(".git", "target", "node_modules", "report");

    @TempDir
    Path temp;

    static Stream<String> markdownFiles() throws IOException {
        Path docs = basedir().resolve("docs");
        try (Stream<Path> files = Files.list(docs)) {
            List<String> names = new ArrayList<>(List.of("README.md"));
            files.map(path -> "docs/" + path.getFileName()).filter(name -> name.endsWith(".md")).sorted()
                    .forEach(names::add);
            return names.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("markdownFiles")
    void everyExampleRunsAsWritten(String file) throws Exception {
        DocsExamples examples = DocsExamples.parse(file,
                Files.readString(basedir().resolve(file), StandardCharsets.UTF_8));
        List<DocsExamples.Block> runnable = examples.blocks().stream().filter(DocsExamples.Block::runs).toList();
        if (runnable.isEmpty()) {
            return;
        }
        Path repository = scratchRepository();
        List<String> failures = new ArrayList<>();
        runJava(file, runnable, repository, failures);
        for (DocsExamples.Block block : runnable) {
            if (block.language().equals("sh")) {
                runShell(file, block, repository).ifPresent(failures::add);
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n\n", failures));
    }

    /** The java blocks: whole notebooks on their own, the other blocks as the cells of one notebook. */
    private void runJava(String file, List<DocsExamples.Block> blocks, Path repository, List<String> failures)
            throws IOException, InterruptedException {
        Path folder = Files.createDirectories(repository.resolve("target/docs-examples"));
        String stem = Path.of(file).getFileName().toString().replace(".md", "").toLowerCase();
        StringBuilder cells = new StringBuilder();
        for (DocsExamples.Block block : blocks) {
            if (!block.language().equals("java")) {
                continue;
            }
            if (block.isNotebook()) {
                Path notebook = folder.resolve(stem + "-line-" + block.line() + ".jsh");
                Files.writeString(notebook, block.text(), StandardCharsets.UTF_8);
                runNotebook(file, block.line(), notebook, repository).ifPresent(failures::add);
            } else {
                cells.append("// %% ").append(file).append(" line ").append(block.line()).append('\n')
                        .append(block.text()).append('\n');
            }
        }
        if (!cells.isEmpty()) {
            Path notebook = folder.resolve(stem + "-cells.jsh");
            Files.writeString(notebook, cells.toString(), StandardCharsets.UTF_8);
            runNotebook(file, 0, notebook, repository).ifPresent(failures::add);
        }
    }

    private Optional<String> runNotebook(String file, int line, Path notebook, Path repository)
            throws IOException, InterruptedException {
        String script = "./engagements run " + repository.relativize(notebook) + " --out target/docs-examples/out";
        Outcome outcome = bash(script, repository);
        if (outcome.status() == 0) {
            return Optional.empty();
        }
        String where = line > 0 ? file + ":" + line : file + " (java blocks, one cell each, titled by their line)";
        return Optional.of(where + ": the java example failed (exit " + outcome.status() + "):\n"
                + outcome.output());
    }

    private Optional<String> runShell(String file, DocsExamples.Block block, Path repository)
            throws IOException, InterruptedException {
        Outcome outcome = bash(block.text(), repository);
        String where = file + ":" + block.line() + ": ";
        if (outcome.status() != block.expectedExit()) {
            return Optional.of(where + "expected exit " + block.expectedExit() + ", got "
                    + outcome.status() + " from\n" + block.text() + "output:\n" + outcome.output());
        }
        if (block.expectedOutput().isEmpty()) {
            return Optional.empty();
        }
        List<String> expected = ShownOutput.mask(block.expectedOutput().get(), repository);
        List<String> actual = ShownOutput.mask(outcome.output(), repository);
        if (ShownOutput.matches(expected, actual)) {
            return Optional.empty();
        }
        return Optional.of(where + "the output differs from the one shown (durations masked)\n"
                + "shown:\n" + String.join("\n", expected) + "\nactual:\n" + String.join("\n", actual));
    }

    private record Outcome(int status, String output) {
    }

    private Outcome bash(String script, Path repository) throws IOException, InterruptedException {
        Path log = Files.createTempFile(temp, "block-", ".txt");
        ProcessBuilder builder = new ProcessBuilder("bash", "-e", "-o", "pipefail", "-c", script)
                .directory(repository.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("HOME", Files.createDirectories(repository.resolve("home")).toString());
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().keySet().removeIf(name -> name.startsWith("ENGAGEMENTS_"));
        Process process = builder.start();
        if (!process.waitFor(BLOCK_LIMIT.toMillis(), TimeUnit.MILLISECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            process.waitFor();
            return new Outcome(-1, "did not finish within " + BLOCK_LIMIT + ":\n" + read(log));
        }
        return new Outcome(process.exitValue(), read(log));
    }

    private static String read(Path log) throws IOException {
        return Files.readString(log, StandardCharsets.UTF_8);
    }

    /**
     * The repository as a fresh clone has it, plus the built jar: sources keep their times and the jar is newer,
     * so the launcher does not rebuild; {@code target/lib} is the build's own.
     */
    private Path scratchRepository() throws IOException {
        Path source = basedir();
        Path copy = temp.resolve("repo");
        Files.walkFileTree(source, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) throws IOException {
                if (!dir.equals(source) && NOT_COPIED.contains(dir.getFileName().toString())) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                Files.createDirectories(copy.resolve(source.relativize(dir).toString()));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                if (!file.getFileName().toString().equals(".git")) {
                    Files.copy(file, copy.resolve(source.relativize(file).toString()), LinkOption.NOFOLLOW_LINKS,
                            StandardCopyOption.COPY_ATTRIBUTES);
                }
                return FileVisitResult.CONTINUE;
            }
        });
        Path jar = Path.of(System.getProperty("engagements.jar"));
        assertTrue(Files.isRegularFile(jar), jar + " is missing; failsafe runs after package");
        Path target = Files.createDirectories(copy.resolve("target"));
        Path copiedJar = target.resolve(jar.getFileName());
        Files.copy(jar, copiedJar);
        Files.setLastModifiedTime(copiedJar, FileTime.from(Instant.now().plusSeconds(60)));
        Files.createSymbolicLink(target.resolve("lib"), jar.resolveSibling("lib").toAbsolutePath());
        return copy;
    }

    private static Path basedir() {
        String value = System.getProperty("basedir");
        if (value == null) {
            throw new UncheckedIOException(new IOException("basedir is not set; failsafe sets it in pom.xml"));
        }
        return Path.of(value);
    }
}
