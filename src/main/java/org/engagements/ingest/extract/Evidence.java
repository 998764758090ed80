package org.engagements.ingest.extract;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * What an extracted field rests on: the sentence (quoted as the data files quote it) and, per field,
 * the words that gave the value.
 */
public record Evidence(Sentence sentence, Map<Field, String> words) {
    /** The fields an extractor fills; US_/CN_OUTSIDERS: participants the vocabulary lacks, as the article words them;
     *  BACKGROUND: the words that make the sentence a mention of an earlier engagement in passing. */
    public enum Field {
        PARTICIPANTS, US_OUTSIDERS, CN_OUTSIDERS, CUE, STATUS, DATE, MODE, VENUE, OCCASION, ISSUES, NOTE, BACKGROUND
    }

    public Evidence {
        Objects.requireNonNull(sentence, "sentence");
        EnumMap<Field, String> copy = new EnumMap<>(Field.class);
        copy.putAll(words);
        words = Collections.unmodifiableMap(copy);
    }

    /** A copy with one more field's words (joined to any already there). */
    Evidence with(Field field, String text) {
        if (text == null || text.isBlank()) {
            return this;
        }
        EnumMap<Field, String> copy = new EnumMap<>(Field.class);
        copy.putAll(words);
        copy.merge(field, text, (a, b) -> a.equals(b) ? a : a + "; " + b);
        return new Evidence(sentence, copy);
    }

    /** A copy whose words for {@code field} are {@code text} alone, in place of any already there. */
    Evidence replacing(Field field, String text) {
        EnumMap<Field, String> copy = new EnumMap<>(Field.class);
        copy.putAll(words);
        copy.put(field, text);
        return new Evidence(sentence, copy);
    }

    public String quote() {
        return sentence.quote();
    }
}
