package org.engagements.data.write;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.engagements.core.EngagementsException;
import org.engagements.data.Issue;
import org.engagements.data.Person;
import org.engagements.data.Place;
import org.engagements.data.Problem;
import org.engagements.data.Schema;
import org.engagements.data.Vocabulary;

/**
 * Adds entries to the vocabularies. Ids must be new in their file; everything else is checked by
 * validating the whole dataset before it is written ({@link DatasetWriter}). {@code folder} is the data
 * folder's name as messages show it ({@code data}). Pure functions.
 */
public final class VocabularyEdit {
    private VocabularyEdit() {
    }

    /** @throws EngagementsException when the id is already in {@code vocab/people.json} */
    public static Vocabulary withPerson(Vocabulary vocabulary, Person person, String folder) {
        unique(vocabulary.people(), Person::id, Person::name, person.id(), folder + "/" + Schema.PEOPLE_FILE);
        return new Vocabulary(append(vocabulary.people(), person), vocabulary.places(), vocabulary.issues());
    }

    /** @throws EngagementsException when the id is already in {@code vocab/places.json} */
    public static Vocabulary withPlace(Vocabulary vocabulary, Place place, String folder) {
        unique(vocabulary.places(), Place::id, Place::city, place.id(), folder + "/" + Schema.PLACES_FILE);
        return new Vocabulary(vocabulary.people(), append(vocabulary.places(), place), vocabulary.issues());
    }

    /** @throws EngagementsException when the id is already in {@code vocab/issues.json} */
    public static Vocabulary withIssue(Vocabulary vocabulary, Issue issue, String folder) {
        unique(vocabulary.issues(), Issue::id, Issue::label, issue.id(), folder + "/" + Schema.ISSUES_FILE);
        return new Vocabulary(vocabulary.people(), vocabulary.places(), append(vocabulary.issues(), issue));
    }

    private static <T> void unique(List<T> entries, Function<T, String> id, Function<T, String> name, String newId,
                                   String file) {
        Optional<T> existing = entries.stream().filter(e -> id.apply(e).equals(newId)).findFirst();
        if (existing.isPresent()) {
            throw new EngagementsException(file + ": id " + Problem.quote(newId) + ": expected a new id; "
                    + "it is already " + Problem.quote(name.apply(existing.get())));
        }
    }

    private static <T> List<T> append(List<T> entries, T entry) {
        List<T> more = new ArrayList<>(entries);
        more.add(entry);
        return more;
    }
}
