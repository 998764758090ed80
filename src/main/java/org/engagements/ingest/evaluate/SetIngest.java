package org.engagements.ingest.evaluate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.engagements.core.EngagementsException;
import org.engagements.data.Article;
import org.engagements.data.DataFolder;
import org.engagements.data.DataValidationException;
import org.engagements.data.write.DatasetContent;
import org.engagements.data.write.DatasetWriter;
import org.engagements.ingest.ArticleInput;
import org.engagements.ingest.ArticleReader;
import org.engagements.ingest.IngestPlan;
import org.engagements.ingest.Ingester;
import org.engagements.ingest.Proposal;
import org.engagements.ingest.Review;

/**
 * Ingests every article of an evaluation set, one after another in file order, into a scratch copy of a
 * data folder with the real pipeline, as {@code ingest --apply} would: each article is read and checked
 * ({@link ArticleReader}), planned against the dataset as the earlier articles left it ({@link Ingester}),
 * and the result is written with {@link DatasetWriter}, which validates it, then read back. The copy lives
 * in a temporary folder that is deleted afterwards; the data folder itself is only read.
 */
public final class SetIngest {
    private SetIngest() {
    }

    /**
     * How one article fared: the pipeline's outcome, the id it got in the dataset when added, and its
     * proposals, written or not.
     */
    public record ArticleResult(SetArticle article, IngestPlan.Outcome outcome, Optional<String> dataArticleId,
                                List<Proposal> proposals) {
        public ArticleResult {
            Objects.requireNonNull(article, "article");
            Objects.requireNonNull(outcome, "outcome");
            Objects.requireNonNull(dataArticleId, "dataArticleId");
            proposals = List.copyOf(proposals);
        }
    }

    /**
     * The dataset before and after the set was ingested, what became of each article, and the problems
     * that kept the result from being written ({@code after} is then the unwritten result; empty when it
     * passed validation and was written).
     */
    public record Run(DatasetContent before, DatasetContent after, List<ArticleResult> articles,
                      List<String> invalid, Review review) {
        public Run {
            Objects.requireNonNull(before, "before");
            Objects.requireNonNull(after, "after");
            articles = List.copyOf(articles);
            invalid = List.copyOf(invalid);
        }
    }

    /**
     * Ingests the set into a copy of {@code data}.
     *
     * @param clock "today", which no article may be published after
     * @throws EvaluationSetException when an article's text is already in the data or twice in the set
     */
    public static Run run(EvaluationSet set, Path data, Clock clock) {
        return run(set, data, clock, Review.ALL);
    }

    /**
     * Ingests the set into a copy of {@code data}, writing the proposals {@code review} passes, as
     * {@code ingest --apply} with the same options would.
     *
     * @param clock "today", which no article may be published after
     * @throws EvaluationSetException when an article's text is already in the data or twice in the set
     */
    public static Run run(EvaluationSet set, Path data, Clock clock, Review review) {
        DataFolder.require(data);
        Path scratch = createScratch();
        try {
            Path copy = scratch.resolve(DataFolder.of(data).name());
            copyTree(data, copy);
            DatasetWriter writer = DatasetWriter.of(copy);
            DatasetContent before = DatasetContent.read(copy);
            DatasetContent content = before;
            ArticleReader reader = new ArticleReader(clock);
            List<ArticleResult> results = new ArrayList<>();
            SetProblems repeated = new SetProblems();
            String dataName = DataFolder.of(data).name();
            for (SetArticle article : set.articles()) {
                IngestPlan plan = Ingester.plan(content, input(set, article, reader), review, 1);
                DatasetContent known = before;
                plan.duplicateOf().ifPresent(id -> repeated.file(shown(set, article), "an article new to the data; "
                        + "its text is " + (known.findArticle(id).isPresent() ? "that of " + dataName + " article " + id
                        : "that of an earlier article of the set")));
                content = plan.result();
                // A plan held back names the article it would have added: that id is the next article's.
                Optional<String> added = plan.outcome() == IngestPlan.Outcome.ADDED
                        ? plan.article().map(Article::id) : Optional.empty();
                results.add(new ArticleResult(article, plan.outcome(), added, plan.proposals()));
            }
            repeated.throwIfAny();
            return written(writer, copy, before, content, results, review);
        } finally {
            deleteTree(scratch);
        }
    }

    private static Run written(DatasetWriter writer, Path copy, DatasetContent before, DatasetContent content,
                               List<ArticleResult> results, Review review) {
        try {
            writer.write(content);
            return new Run(before, DatasetContent.read(copy), results, List.of(), review);
        } catch (DataValidationException e) {
            return new Run(before, content, results, e.report(), review);
        }
    }

    private static ArticleInput input(EvaluationSet set, SetArticle article, ArticleReader reader) {
        Path file = set.folder().resolve(ArticleRows.FOLDER).resolve(article.file());
        return reader.read(file, shown(set, article), new ArticleReader.Metadata(article.published(),
                article.outlet(), article.title(), article.url(), article.publishedBasis()));
    }

    private static String shown(EvaluationSet set, SetArticle article) {
        return set.shownAs() + "/" + ArticleRows.FOLDER + "/" + article.file();
    }

    private static Path createScratch() {
        try {
            return Files.createTempDirectory("engagements-evaluate-");
        } catch (IOException e) {
            throw new EngagementsException("cannot create a scratch folder for the copy of the data: "
                    + e.getMessage(), e);
        }
    }

    private static void copyTree(Path source, Path target) {
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.sorted().toList()) {
                Files.copy(file, target.resolve(source.relativize(file).toString()));
            }
        } catch (IOException | UncheckedIOException e) {
            throw new EngagementsException("cannot copy " + source + " to a scratch folder: " + e.getMessage(), e);
        }
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException | UncheckedIOException e) {
            // Only a temporary copy is left behind; the evaluation itself is complete.
        }
    }
}
