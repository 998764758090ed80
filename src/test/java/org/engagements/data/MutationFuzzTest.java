package org.engagements.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.engagements.core.EngagementsException;
import org.engagements.core.FuzzCampaign;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every shipped data file (the three CSV files, the three vocabularies, the article texts), mutated at
 * random, loaded with {@link DatasetLoader#load}: the data either loads or fails with a
 * {@link DataValidationException} whose every problem names its file (and line, where there is one).
 * One mutated file per case, in a copy of the shipped folder that is restored after each case.
 */
class MutationFuzzTest {
    @TempDir
    static Path temp;

    private static Path data;
    private static List<Path> files;

    @BeforeAll
    static void copyShippedData() throws IOException {
        data = ShippedData.copyTo(temp);
        try (Stream<Path> walk = Files.walk(data)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
    }

    @Test
    void twoHundredMutatedDataFilesLoadOrFailWithLocatedProblems() {
        FuzzCampaign.run("data (fast)", FuzzCampaign.Settings.of(200, Duration.ofSeconds(90), 50),
                MutationFuzzTest::loadMutated, MutationFuzzTest::located);
    }

    @Test
    @Tag("slow")
    void thousandsOfMutatedDataFilesLoadOrFailWithLocatedProblems() {
        FuzzCampaign.run("data", FuzzCampaign.Settings.of(4000, Duration.ofSeconds(240), 500),
                MutationFuzzTest::loadMutated, MutationFuzzTest::located);
    }

    private static void loadMutated(java.util.Random random, org.engagements.core.Mutator mutator)
            throws IOException {
        Path file = files.get(random.nextInt(files.size()));
        byte[] original = Files.readAllBytes(file);
        byte[] mutated = mutator.mutate(original);
        try {
            Files.write(file, mutated);
            DatasetLoader.load(data);
        } catch (UncheckedIOException e) {
            throw new AssertionError(data.relativize(file) + ": " + e, e);
        } finally {
            Files.write(file, original);
        }
    }

    /** Every problem names a file of the data folder; empty when that holds. */
    private static Optional<String> located(EngagementsException e) {
        if (!(e instanceof DataValidationException invalid)) {
            return e.getMessage().contains("data/") ? Optional.empty()
                    : Optional.of(e.getClass().getSimpleName() + " names no data file");
        }
        return invalid.problems().stream()
                .filter(problem -> !problem.file().startsWith("data/") || problem.file().length() <= "data/".length())
                .findFirst()
                .map(problem -> "a problem names no data file: " + problem.message());
    }
}
