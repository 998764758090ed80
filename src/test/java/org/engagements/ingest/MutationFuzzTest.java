package org.engagements.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.engagements.core.EngagementsException;
import org.engagements.core.FuzzCampaign;
import org.engagements.core.Mutator;
import org.engagements.data.write.DatasetContent;
import org.engagements.data.write.DatasetWriter;
import org.engagements.data.ShippedData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every article text (the shipped ones and the test articles), mutated at random and ingested into the
 * shipped dataset as {@code ./engagements ingest} does, without {@code --apply}: read, planned, the plan
 * rendered and (one case in four) the planned dataset checked by the writer's validation. Each case
 * either plans or fails with a typed error that names the article file. Likewise the metadata.csv of
 * {@code ingest FOLDER}.
 */
class MutationFuzzTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-01-01T00:00:00Z"), ZoneOffset.UTC);
    private static final String SHOWN = "incoming/story.txt";

    @TempDir
    static Path temp;

    private static List<Path> articles;
    private static DatasetContent shipped;
    private static DatasetWriter writer;

    @BeforeAll
    static void readArticlesAndData() throws IOException {
        List<Path> found = new ArrayList<>();
        try (Stream<Path> a = Files.list(ShippedData.folder().resolve("articles"));
             Stream<Path> b = Files.list(Articles.path("call.txt").getParent())) {
            Stream.concat(a, b).filter(file -> file.toString().endsWith(".txt")).sorted().forEach(found::add);
        }
        articles = List.copyOf(found);
        shipped = Articles.shipped();
        writer = DatasetWriter.of(ShippedData.copyTo(Files.createDirectories(temp.resolve("copy"))));
    }

    @Test
    void twoHundredMutatedArticlesArePlannedOrRefusedByName() {
        FuzzCampaign.run("articles (fast)", FuzzCampaign.Settings.of(200, Duration.ofSeconds(90), 50),
                MutationFuzzTest::ingestMutated, MutationFuzzTest::located);
    }

    @Test
    @Tag("slow")
    void thousandsOfMutatedArticlesArePlannedOrRefusedByName() {
        FuzzCampaign.run("articles", FuzzCampaign.Settings.of(3000, Duration.ofSeconds(240), 500),
                MutationFuzzTest::ingestMutated, MutationFuzzTest::located);
    }

    /** {@code ingest FOLDER}'s metadata.csv: read, or refused naming it (with the line) or an article file. */
    @Test
    void mutatedMetadataFilesAreReadOrRefusedAtTheirLine() {
        FuzzCampaign.run("metadata.csv", FuzzCampaign.Settings.of(1000, Duration.ofSeconds(30), 200),
                MutationFuzzTest::readMutatedMetadata, e -> e.getMessage().startsWith("incoming/")
                        ? Optional.empty() : Optional.of("names neither metadata.csv nor an article of the folder"));
    }

    private static void readMutatedMetadata(Random random, Mutator mutator) throws IOException {
        Path folder = Files.createDirectories(temp.resolve("incoming"));
        Files.writeString(folder.resolve("story.txt"), "Blinken met Wang Yi in Beijing on Monday.\n");
        Files.writeString(folder.resolve("other.txt"), "Biden spoke with Xi by phone.\n");
        String valid = "file,published,outlet,title,url\nstory.txt,2021-07-26,Reuters,\"Talks, at last\","
                + "https://example.com/a\nother.txt,2022-03-18,AP,,\n";
        Files.write(folder.resolve(MetadataFile.NAME), mutator.mutate(valid.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        MetadataFile.read(folder, "incoming");
    }

    private static void ingestMutated(Random random, Mutator mutator) throws IOException {
        Path original = articles.get(random.nextInt(articles.size()));
        Path file = temp.resolve("story.txt");
        Files.write(file, mutator.mutate(Files.readAllBytes(original)));
        LocalDate published = LocalDate.of(2018, 1, 1).plusDays(random.nextInt(365 * 7));
        ArticleInput input = new ArticleReader(CLOCK).read(file, SHOWN,
                new ArticleReader.Metadata(published, "Example Wire", "", "", "stated: fuzz"));
        IngestPlan plan = Ingester.plan(shipped, input);
        PlanReport.render(plan, "data");
        if (plan.article().isPresent() && random.nextInt(4) == 0) {
            writer.check(plan.result());
        }
    }

    private static Optional<String> located(EngagementsException e) {
        return e.getMessage().startsWith(SHOWN) ? Optional.empty()
                : Optional.of(e.getClass().getSimpleName() + " does not start with the article's name");
    }
}
