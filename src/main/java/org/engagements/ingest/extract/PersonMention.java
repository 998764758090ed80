package org.engagements.ingest.extract;

import java.util.Objects;
import java.util.Optional;
import org.engagements.data.Person;
import org.engagements.data.Side;

/**
 * A reference to an official in a sentence: where it is (offsets in the sentence), the words, the person
 * it resolves to and how it was found. A counterpart that cannot be told apart ("their counterparts")
 * has no person but still names the side that was present.
 */
record PersonMention(int start, int end, String words, Optional<Person> person, Side side, Source source) {
    /** How the reference was found. */
    enum Source {
        /** The person's name or an alias: "Antony Blinken", "Blinken". */
        NAME,
        /** An office held on the publication date: "the Chinese foreign minister". */
        TITLE,
        /** Both leaders at once: "the two presidents". */
        GROUP,
        /** The other side's official of the same level: "his Chinese counterpart". */
        COUNTERPART,
        /** "he", "his" resolved to the nearest person before it. */
        PRONOUN
    }

    PersonMention {
        Objects.requireNonNull(words, "words");
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(source, "source");
    }

    static PersonMention of(int start, int end, String words, Person person, Source source) {
        return new PersonMention(start, end, words, Optional.of(person), person.country(), source);
    }

    /** A name or an office: evidence strong enough to fill in a missing side from elsewhere in a sentence. */
    boolean direct() {
        return source == Source.NAME || source == Source.TITLE || source == Source.GROUP;
    }

    boolean named() {
        return person.isPresent();
    }

    String id() {
        return person.map(Person::id).orElse("");
    }
}
