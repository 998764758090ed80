package org.engagements.ingest.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.engagements.data.Place;

/**
 * Finds venues and countries in a sentence. Venues come from the places vocabulary (city names and
 * aliases: "Alaska" → anchorage, "Malta" → valletta); countries from the JDK's English country names plus
 * the usual short forms ("the US", "the U.S.", "America", "Britain"). Case-sensitive, whole words,
 * longest first; a venue wins over a country at the same place. Immutable and thread-safe.
 */
final class PlaceFinder {
    private static final Pattern LOCATIVE_BEFORE = Pattern.compile(
            "(?i)\\b(?:in|at|to|into|inside|visit|visits|visited|visiting|toward|towards|near)\\s+(?:the\\s+)?$");
    private static final Pattern LOCATIVE_AFTER = Pattern.compile(
            "^\\s+(?:talks|meeting|meetings|summit|visit|trip|sit-down)\\b");
    /** "in Kuala Lumpur, Malaysia": the country after a city the vocabulary does not know is where it was. */
    private static final Pattern CITY_BEFORE = Pattern.compile(
            "(?i:\\b(?:in|at))\\s+(?:\\p{Lu}[\\p{L}’'-]*\\s+){0,2}\\p{Lu}[\\p{L}’'-]*,\\s*$");
    private static final Map<String, String> SHORT_COUNTRIES = Map.of("US", "US", "U.S.", "US", "USA", "US",
            "America", "US", "United States", "US", "Britain", "GB", "UK", "GB", "mainland China", "CN", "South Korea",
            "KR", "North Korea", "KP");

    private final Gazetteer<Located> gazetteer;

    /** A venue, or only a country (ISO code). */
    private record Located(Optional<Place> place, String country) {
    }

    PlaceFinder(List<Place> vocabulary) {
        Map<String, Located> phrases = new LinkedHashMap<>();
        for (Place place : vocabulary) {
            phrases.putIfAbsent(place.city(), new Located(Optional.of(place), place.country()));
            Located located = new Located(Optional.of(place), place.country());
            place.aliases().forEach(alias -> phrases.putIfAbsent(alias, located));
        }
        for (String code : Locale.getISOCountries()) {
            String name = new Locale("", code).getDisplayCountry(Locale.ENGLISH);
            phrases.putIfAbsent(name, new Located(Optional.empty(), code));
        }
        SHORT_COUNTRIES.forEach((name, code) -> phrases.putIfAbsent(name, new Located(Optional.empty(), code)));
        this.gazetteer = new Gazetteer<>(phrases, false);
    }

    /** Every venue and country named in a sentence, in text order. */
    List<PlaceMention> find(String sentence) {
        List<PlaceMention> found = new ArrayList<>();
        for (Gazetteer.Hit<Located> hit : gazetteer.find(sentence)) {
            if (partOfAnotherWord(sentence, hit)) {
                continue;
            }
            String before = PersonFinder.tail(sentence, hit.start());
            boolean locative = LOCATIVE_BEFORE.matcher(before).find()
                    || (hit.value().place().isEmpty() && CITY_BEFORE.matcher(before).find())
                    || LOCATIVE_AFTER.matcher(sentence).region(hit.end(), sentence.length()).lookingAt();
            found.add(new PlaceMention(hit.start(), hit.end(), hit.words(), hit.value().place(), hit.value().country(),
                    locative));
        }
        return List.copyOf(found);
    }

    /** "U.S.-China ties", "D.C.": a country that only qualifies the next word, or a piece of an abbreviation. */
    private static boolean partOfAnotherWord(String sentence, Gazetteer.Hit<Located> hit) {
        boolean dotBefore = hit.start() > 0 && sentence.charAt(hit.start() - 1) == '.';
        boolean joinedAfter = hit.end() + 1 < sentence.length() && (sentence.charAt(hit.end()) == '-'
                || sentence.charAt(hit.end()) == '.') && Character.isLetter(sentence.charAt(hit.end() + 1));
        return dotBefore || joinedAfter;
    }
}
