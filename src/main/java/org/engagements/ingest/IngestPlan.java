package org.engagements.ingest;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.engagements.data.Article;
import org.engagements.data.write.DatasetContent;
import org.engagements.ingest.extract.NameSuggestion;

/**
 * What ingesting one article would do: the outcome, the new article row, the engagement changes with
 * their evidence, the unknown names, and the dataset after the changes ({@code result}; equal to the
 * dataset before when nothing is added).
 */
public record IngestPlan(ArticleInput input, Outcome outcome, Optional<String> duplicateOf, Optional<Article> article,
                         List<EngagementChange> changes, List<NameSuggestion> suggestions, DatasetContent result) {
    /** How the article fared. */
    public enum Outcome {
        /** The article and its engagements are added. */
        ADDED,
        /** The same text is already in the dataset: nothing to do. */
        DUPLICATE,
        /** The extractor found no engagement: the article is not added. */
        NO_ENGAGEMENTS
    }

    public IngestPlan {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(outcome, "outcome");
        changes = List.copyOf(changes);
        suggestions = List.copyOf(suggestions);
        Objects.requireNonNull(result, "result");
    }
}
