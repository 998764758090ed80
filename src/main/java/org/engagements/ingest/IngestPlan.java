package org.engagements.ingest;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.engagements.data.Article;
import org.engagements.data.Person;
import org.engagements.data.write.DatasetContent;
import org.engagements.ingest.extract.NameSuggestion;

/**
 * What ingesting one article would do: the outcome, the new article row, the proposals (engagement
 * changes with their evidence, confidence and review decision), the unknown names, the officials added to
 * the vocabulary because a written proposal names them ({@code newPeople}), and the dataset
 * after the written proposals ({@code result}; equal to the dataset before when nothing is added).
 */
public record IngestPlan(ArticleInput input, Outcome outcome, Optional<String> duplicateOf, Optional<Article> article,
                         List<Proposal> proposals, List<NameSuggestion> suggestions, List<Person> newPeople,
                         DatasetContent result) {
    /** How the article fared. */
    public enum Outcome {
        /** The article and its engagements are added. */
        ADDED,
        /** The same text is already in the dataset: nothing to do. */
        DUPLICATE,
        /** The extractor found no engagement: the article is not added. */
        NO_ENGAGEMENTS,
        /** The extractor proposed engagements, but the review writes none: the article is not added. */
        HELD_BACK
    }

    public IngestPlan {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(outcome, "outcome");
        proposals = List.copyOf(proposals);
        suggestions = List.copyOf(suggestions);
        newPeople = List.copyOf(newPeople);
        Objects.requireNonNull(result, "result");
    }

    /** The changes written: those of the proposals the review accepted, in order. */
    public List<EngagementChange> changes() {
        return proposals.stream().filter(Proposal::written).map(Proposal::change).toList();
    }
}
