package org.engagements.ingest.extract;

import java.util.List;
import java.util.Optional;
import org.engagements.data.Person;

/**
 * What the finders found in one sentence, with offsets into it: people, places, cues and times (the
 * times resolved without a tense, for their positions only).
 */
record SentenceFacts(Sentence sentence, List<PersonMention> people, List<PlaceMention> places,
                     List<Cues.Cue> cues, List<TemporalResolver.Found> times) {
    SentenceFacts {
        people = List.copyOf(people);
        places = List.copyOf(places);
        cues = List.copyOf(cues);
        times = List.copyOf(times);
    }

    String text() {
        return sentence.text();
    }

    List<PersonMention> peopleIn(int start, int end) {
        return people.stream().filter(p -> p.start() >= start && p.end() <= end).toList();
    }

    List<PlaceMention> placesIn(int start, int end) {
        return places.stream().filter(p -> p.start() >= start && p.end() <= end).toList();
    }

    List<Cues.Cue> cuesIn(int start, int end) {
        return cues.stream().filter(c -> c.start() >= start && c.end() <= end).toList();
    }

    /** The first person the sentence names directly: its subject, for pronouns in the next sentence. */
    Optional<Person> subject() {
        return people.stream().filter(PersonMention::direct).findFirst().flatMap(PersonMention::person);
    }
}
