package org.engagements.ingest.extract;

import java.util.List;

/** What the extractor found in one article: candidate engagements (deduplicated) and unknown names. */
public record Extraction(List<Candidate> candidates, List<NameSuggestion> suggestions) {
    public Extraction {
        candidates = List.copyOf(candidates);
        suggestions = List.copyOf(suggestions);
    }
}
