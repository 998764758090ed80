package org.engagements.ingest.evaluate;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.engagements.data.Person;
import org.engagements.data.Place;
import org.engagements.data.Side;
import org.engagements.data.Vocabulary;

/**
 * How gold participants and venues are compared with the dataset's ids. A gold value is a vocabulary id,
 * or a name for someone or somewhere outside the vocabulary ({@code Dong Jun (Minister of National
 * Defense)}, {@code Kuala Lumpur}). A name resolves to the id of the vocabulary entry with that name or
 * alias, so a person or place the pipeline adds to the vocabulary counts once it is there; an unresolved
 * name stays {@code name:<lower-case name>} and equals no id. Pure functions.
 */
final class Names {
    private static final Pattern PERSON = Pattern.compile("([^()]+?) \\(([^()]+)\\)");
    private static final String NAME_PREFIX = "name:";

    private Names() {
    }

    /** A person outside the vocabulary: the name as written and the title it is known by. */
    record GoldPerson(String name, String title) {
    }

    static Optional<GoldPerson> parsePerson(String token) {
        Matcher m = PERSON.matcher(token);
        return m.matches() && !m.group(1).isBlank() ? Optional.of(new GoldPerson(m.group(1).strip(),
                m.group(2).strip())) : Optional.empty();
    }

    /** A place name as the gold writes one: capitalised words. */
    static boolean isName(String venue) {
        return venue.matches("\\p{Lu}[\\p{L}.' -]*");
    }

    static Optional<Side> sideOf(Vocabulary vocabulary, String id) {
        return vocabulary.people().stream().filter(p -> p.id().equals(id)).map(Person::country).findFirst();
    }

    static Optional<Place> findPlace(Vocabulary vocabulary, String id) {
        return vocabulary.places().stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /** The id a gold participant stands for in {@code vocabulary}, or {@code name:…} when it has none. */
    static String person(Vocabulary vocabulary, Side side, String token) {
        Optional<GoldPerson> named = parsePerson(token);
        if (named.isEmpty()) {
            return token;
        }
        String name = fold(named.get().name());
        return vocabulary.people().stream().filter(p -> p.country() == side)
                .filter(p -> fold(p.name()).equals(name) || p.aliases().stream().anyMatch(a -> fold(a).equals(name)))
                .map(Person::id).findFirst().orElse(NAME_PREFIX + name);
    }

    /** The id a gold venue stands for in {@code vocabulary}, or {@code name:…} when it has none. */
    static String venue(Vocabulary vocabulary, String venue) {
        if (findPlace(vocabulary, venue).isPresent()) {
            return venue;
        }
        String name = fold(venue);
        return vocabulary.places().stream()
                .filter(p -> fold(p.city()).equals(name) || p.aliases().stream().anyMatch(a -> fold(a).equals(name)))
                .map(Place::id).findFirst().orElse(NAME_PREFIX + name);
    }

    /** Whether a resolved value is a name the vocabulary does not know. */
    static boolean unresolved(String resolved) {
        return resolved.startsWith(NAME_PREFIX);
    }

    /** A resolved value as reports show it: an id, or the name marked as outside the vocabulary. */
    static String display(String resolved) {
        return unresolved(resolved) ? resolved.substring(NAME_PREFIX.length()) + " (not in the vocabulary)" : resolved;
    }

    /** White space runs made one space, ends stripped: quotes are compared this way. */
    static String squeeze(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    private static String fold(String text) {
        return squeeze(text).toLowerCase(Locale.ROOT);
    }
}
