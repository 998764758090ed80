package org.engagements.ingest.extract;

import java.util.List;
import org.engagements.data.Person;

/**
 * What the extractor found in one article: candidate engagements (deduplicated), unknown names, and the
 * officials outside the vocabulary it names with side and office anywhere in the article ({@link Newcomers}).
 */
public record Extraction(List<Candidate> candidates, List<NameSuggestion> suggestions, List<Person> newcomers) {
    public Extraction {
        candidates = List.copyOf(candidates);
        suggestions = List.copyOf(suggestions);
        newcomers = List.copyOf(newcomers);
    }
}
