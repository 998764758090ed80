package org.engagements.data.vocab;

import java.util.List;
import org.engagements.data.Issue;
import org.engagements.data.Person;
import org.engagements.data.Place;

/**
 * One element of a vocabulary file exactly as written in JSON, before validation: every field may be
 * missing (null). {@link VocabularyValidator} turns entries into {@link Person}, {@link Place} and
 * {@link Issue} values. Plain strings and numbers only, so no JSON can name a class to instantiate.
 */
sealed interface VocabularyEntry {
    String id();

    /** An element of {@code vocab/people.json}. */
    record PersonEntry(String id, String name, List<String> aliases, String country, String level,
                       List<TitleEntry> titles) implements VocabularyEntry {
    }

    /** An office in a person's {@code titles}. */
    record TitleEntry(String title, String from, String to) {
    }

    /** An element of {@code vocab/places.json}. */
    record PlaceEntry(String id, String city, String country, Double latitude, Double longitude,
                      List<String> aliases) implements VocabularyEntry {
    }

    /** An element of {@code vocab/issues.json}. */
    record IssueEntry(String id, String label, String parent, List<String> synonyms) implements VocabularyEntry {
    }
}
