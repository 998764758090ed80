package org.engagements.notebook;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.engagements.core.EngagementsException;
import org.engagements.core.FuzzCampaign;
import org.engagements.core.Mutator;
import org.engagements.notebook.parameters.NotebookParameters;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every notebook in {@code notebooks/}, mutated at random, read with {@link NotebookParser#read} (no JVM,
 * no cell runs): it either parses, and then its parameters read and it writes back to the same text, or
 * fails with a {@link NotebookSyntaxException} (or another typed error) naming the notebook and line.
 */
class MutationFuzzTest {
    @TempDir
    static Path temp;

    private static List<Path> notebooks;

    @BeforeAll
    static void findNotebooks() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("basedir"), "notebooks"))) {
            notebooks = files.filter(file -> file.toString().endsWith(".jsh")).sorted().toList();
        }
    }

    @Test
    void twoHundredMutatedNotebooksParseOrFailWithALocation() {
        FuzzCampaign.run("notebooks (fast)", FuzzCampaign.Settings.of(200, Duration.ofSeconds(60), 100),
                MutationFuzzTest::parseMutated, MutationFuzzTest::located);
    }

    @Test
    @Tag("slow")
    void thousandsOfMutatedNotebooksParseOrFailWithALocation() {
        FuzzCampaign.run("notebooks", FuzzCampaign.Settings.of(5000, Duration.ofSeconds(120), 1000),
                MutationFuzzTest::parseMutated, MutationFuzzTest::located);
    }

    private static void parseMutated(Random random, Mutator mutator) throws IOException {
        Path original = notebooks.get(random.nextInt(notebooks.size()));
        byte[] mutated = mutator.mutate(Files.readAllBytes(original));
        Path file = temp.resolve(original.getFileName());
        Files.write(file, mutated);
        Notebook notebook = NotebookParser.read(file, Path.of("notebooks").resolve(original.getFileName()));
        NotebookParameters.read(notebook).forEach(parameter -> parameter.value());
        String text = strictUtf8(mutated);
        String written = NotebookWriter.toText(notebook);
        if (!written.equals(text)) {
            throw new AssertionError("parsed, but does not write back the same text");
        }
    }

    private static String strictUtf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new AssertionError("parsed a file that is not UTF-8", e);
        }
    }

    private static Optional<String> located(EngagementsException e) {
        if (e instanceof NotebookSyntaxException syntax) {
            return syntax.problems().stream().filter(p -> !p.file().toString().startsWith("notebooks/") || p.line() < 1)
                    .findFirst().map(p -> "a problem without notebook and line: " + p);
        }
        return e.getMessage().startsWith("notebooks/") ? Optional.empty()
                : Optional.of(e.getClass().getSimpleName() + " does not start with the notebook's name");
    }
}
