package org.engagements.data.vocab;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.engagements.data.Issue;
import org.engagements.data.Person;
import org.engagements.data.Place;
import org.engagements.data.Vocabulary;

/**
 * The vocabularies after reading; each is absent when its file had a problem, so that cross-file rules
 * skip it instead of reporting every reference to it as unknown.
 */
public record VocabularyFiles(Optional<List<Person>> people, Optional<List<Place>> places, Optional<List<Issue>> issues) {
    /** All three, when all three files were good. */
    public Optional<Vocabulary> complete() {
        if (people.isEmpty() || places.isEmpty() || issues.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Vocabulary(people.get(), places.get(), issues.get()));
    }

    public Optional<Map<String, Person>> peopleById() {
        return people.map(list -> byId(list, Person::id));
    }

    public Optional<Map<String, Place>> placesById() {
        return places.map(list -> byId(list, Place::id));
    }

    public Optional<Map<String, Issue>> issuesById() {
        return issues.map(list -> byId(list, Issue::id));
    }

    /** In file order. Ids are unique in a validated file. */
    public static <T> Map<String, T> byId(List<T> values, Function<T, String> id) {
        Map<String, T> map = new LinkedHashMap<>();
        values.forEach(value -> map.put(id.apply(value), value));
        return map;
    }
}
