package org.engagements.ingest.extract;

/**
 * A name the vocabulary does not know but an article uses like an official's ("said Bonnie Glaser") or
 * like a venue ("met … in Guangzhou"): reported so that it can be added with {@code engagements vocab
 * add person} or {@code vocab add place}, never silently dropped.
 */
public record NameSuggestion(Kind kind, String name, String context, String quote) {
    /** What the name seems to be. */
    public enum Kind {
        PERSON, PLACE
    }
}
