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
    /**
     * Before a country alone, "at" and "toward" name a target, not a place: "took aim at China", "angry at
     * the U.S.", "a tougher line toward China". Nobody is "at China"; a venue still takes them ("at Davos").
     */
    private static final Pattern TARGET_BEFORE = Pattern.compile("(?i)\\b(?:at|toward|towards)\\s+(?:the\\s+)?$");
    private static final Pattern LOCATIVE_AFTER = Pattern.compile(
            "^\\s+(?:talks|meeting|meetings|summit|visit|trip|sit-down)\\b");
    /** "in Kuala Lumpur, Malaysia": the country after a city the vocabulary does not know is where it was. */
    private static final Pattern CITY_BEFORE = Pattern.compile(
            "(?i:\\b(?:in|at))\\s+(?:\\p{Lu}[\\p{L}’'-]*\\s+){0,2}\\p{Lu}[\\p{L}’'-]*,\\s*$");
    private static final Pattern JOINED = Pattern.compile("\\s*,?\\s*(?:and|or)\\s+(?:the\\s+)?");
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
            boolean locative = (LOCATIVE_BEFORE.matcher(before).find()
                    && !(hit.value().place().isEmpty() && TARGET_BEFORE.matcher(before).find()))
                    || (hit.value().place().isEmpty() && CITY_BEFORE.matcher(before).find())
                    || LOCATIVE_AFTER.matcher(sentence).region(hit.end(), sentence.length()).lookingAt();
            found.add(new PlaceMention(hit.start(), hit.end(), hit.words(), hit.value().place(), hit.value().country(),
                    locative));
        }
        return paired(sentence, found);
    }

    /**
     * "in Beijing and Shanghai", "officials in Washington and Beijing": two places joined by "and" or "or"
     * are no venue (coding guide). In one country they still say where (a trip to China); in two they are
     * the two sides' capitals, or a choice, and say nothing of where the engagement was.
     */
    private static List<PlaceMention> paired(String sentence, List<PlaceMention> found) {
        List<PlaceMention> result = new ArrayList<>(found);
        for (int i = 0; i + 1 < found.size(); i++) {
            PlaceMention first = found.get(i);
            PlaceMention second = found.get(i + 1);
            if (!JOINED.matcher(sentence.substring(first.end(), second.start())).matches()) {
                continue;
            }
            boolean oneCountry = first.country().equals(second.country());
            boolean locative = first.locative() || second.locative();
            result.set(i, new PlaceMention(first.start(), first.end(), first.words(), Optional.empty(),
                    first.country(), oneCountry && locative));
            result.set(i + 1, new PlaceMention(second.start(), second.end(), second.words(), Optional.empty(),
                    second.country(), oneCountry && locative));
        }
        return List.copyOf(result);
    }

    /**
     * "U.S.-China ties", "China–US talks", "Sino-US relations", "D.C.": a country that only qualifies the next
     * word (either half of a compound adjective), or a piece of an abbreviation.
     */
    private static boolean partOfAnotherWord(String sentence, Gazetteer.Hit<Located> hit) {
        boolean dotBefore = hit.start() > 0 && sentence.charAt(hit.start() - 1) == '.';
        boolean joinedAfter = hit.end() + 1 < sentence.length() && (sentence.charAt(hit.end()) == '-'
                || sentence.charAt(hit.end()) == '.' || sentence.charAt(hit.end()) == '–')
                && Character.isLetter(sentence.charAt(hit.end() + 1));
        boolean joinedBefore = hit.start() > 1 && (sentence.charAt(hit.start() - 1) == '-'
                || sentence.charAt(hit.start() - 1) == '–')
                && (Character.isLetter(sentence.charAt(hit.start() - 2)) || sentence.charAt(hit.start() - 2) == '.');
        return dotBefore || joinedAfter || joinedBefore;
    }
}
