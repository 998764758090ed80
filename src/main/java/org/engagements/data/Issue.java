package org.engagements.data;

import java.util.List;
import java.util.Optional;

/**
 * A topic in {@code vocab/issues.json}. An issue may sit under a parent ({@code hong-kong} under
 * {@code human-rights}); synonyms are the words that find it in article text.
 */
public record Issue(String id, String label, String parent, List<String> synonyms) {
    public Issue {
        synonyms = List.copyOf(synonyms);
    }

    public Optional<String> findParent() {
        return Optional.ofNullable(parent);
    }
}
