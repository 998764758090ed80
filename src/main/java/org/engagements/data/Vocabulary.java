package org.engagements.data;

import java.util.List;

/** The three vocabularies: people, places and issues, each in file order. */
public record Vocabulary(List<Person> people, List<Place> places, List<Issue> issues) {
    public Vocabulary {
        people = List.copyOf(people);
        places = List.copyOf(places);
        issues = List.copyOf(issues);
    }
}
