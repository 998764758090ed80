package org.engagements.ingest.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.engagements.data.Person;
import org.engagements.data.Place;
import org.engagements.data.Vocabulary;

/**
 * Finds names the vocabulary does not know. People: two or three capitalised words ("Vladimir Putin",
 * "Zhao Lijian") near an office word ("spokesman", "minister", "leader") or a verb of saying or meeting
 * ("said", "met"), and not a known name, place, month or organisation word. Places: a capitalised name
 * after "in", "at" or "to" in a sentence about an engagement ("in Guangzhou") that is no known place,
 * country or person. Reported as suggestions, one per name, in order of first appearance.
 */
final class NameSuggester {
    private static final Pattern NAME = Pattern.compile("(?<![\\p{L}.’'-])(\\p{Lu}\\p{Ll}+(?:-\\p{Lu}?\\p{Ll}+)?"
            + "(?:\\s+\\p{Lu}\\.)?(?:\\s+\\p{Lu}\\p{Ll}+(?:-\\p{Lu}?\\p{Ll}+)?){1,2})(?![\\p{L}])");
    private static final Pattern CONTEXT_BEFORE = Pattern.compile("(?i)\\b(?:said|says|told|met|meets|meeting|"
            + "spokes(?:man|woman|person)|minister|secretary|president|premier|adviser|advisor|leader|envoy|"
            + "ambassador|general|official|officer|director|chairman|professor|expert|counterpart|diplomat|"
            + "senator|governor|prime\\s+minister)\\W+(?:\\p{L}+\\W+){0,2}$");
    private static final Pattern CONTEXT_AFTER = Pattern.compile("(?i)^(?:,\\s+(?:the|a|an)\\s+(?:[\\p{L}-]+\\s+){0,5}?"
            + "(?:spokes(?:man|woman|person)|minister|secretary|president|premier|adviser|advisor|leader|envoy|"
            + "ambassador|general|official|officer|director|chairman|professor|expert|diplomat)|\\s+(?:said|says|"
            + "told|met|meets|lashed|responded|spoke))\\b");
    /** Words that start sentences or name offices, nations and institutions rather than people. */
    private static final Set<String> NOT_NAMES = Set.of("The", "In", "At", "On", "For", "With", "And", "But", "A",
            "An", "If", "As", "After", "Before", "While", "However", "Both", "Two", "One", "His", "Her", "Their",
            "Follow", "Watch", "US", "White", "House", "State", "Department", "Ministry", "Foreign", "Secretary",
            "Minister", "President", "General", "Senior", "National", "Security", "Deputy", "Vice", "Commerce",
            "Treasury", "Defense", "Defence", "Council", "Commission", "Committee", "Party", "Communist", "Republic",
            "University", "Institute", "Fund", "Foundation", "Center", "Centre", "Economic", "Cooperation",
            "Organization", "World", "Health", "Military", "Army", "Navy", "Command", "Group", "Sea", "Strait",
            "East", "South", "North", "West", "Middle", "Cold", "War", "Chinese", "American", "Russian", "Japanese",
            "Korean", "Indian", "British", "French", "German", "European", "Union", "United", "States", "Nations",
            "Summit", "Office", "Central", "Affairs", "Special", "Presidential", "Envoy", "Climate", "Trade",
            "Representative", "Premier", "Pentagon", "Congress", "Senate", "Administration", "Agency", "Bureau",
            "Service", "Press", "News", "Daily", "Times", "Post", "Journal", "Street", "Global", "Media", "Reuters",
            "Bloomberg", "Twitter", "Exchange", "Lab", "Mr", "Ms", "Mrs", "Dr");
    /** "in Guangzhou", "to Jakarta": a capitalised name after a preposition of place. */
    private static final Pattern PLACE = Pattern.compile("(?i:\\b(?:in|at|to)\\s+)"
            + "(\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}\\p{Ll}+)?)(?![\\p{L}])");
    /** "the German Marshall Fund", "the Ministry of State Security": people's names rarely take "the". */
    private static final Pattern THE_BEFORE = Pattern.compile("(?i)\\bthe\\s+$");

    private final Set<String> known;

    NameSuggester(Vocabulary vocabulary) {
        Set<String> words = new java.util.HashSet<>();
        for (Person person : vocabulary.people()) {
            words.add(person.name());
            words.addAll(person.aliases());
        }
        for (Place place : vocabulary.places()) {
            words.add(place.city());
            words.addAll(place.aliases());
        }
        vocabulary.issues().forEach(issue -> words.addAll(issue.synonyms()));
        this.known = Set.copyOf(words);
    }

    List<NameSuggestion> suggest(List<SentenceFacts> sentences) {
        Map<String, NameSuggestion> found = new LinkedHashMap<>();
        for (SentenceFacts facts : sentences) {
            people(facts, found);
            places(facts, found);
        }
        return new ArrayList<>(found.values());
    }

    /** Unknown venues of sentences about engagements: after "in", "at" or "to", not a known place or name. */
    private void places(SentenceFacts facts, Map<String, NameSuggestion> found) {
        if (facts.cues().isEmpty()) {
            return;
        }
        Matcher m = PLACE.matcher(facts.text());
        while (m.find()) {
            String name = m.group(1);
            boolean knownPlace = facts.places().stream().anyMatch(p -> p.start() == m.start(1));
            boolean person = facts.people().stream().anyMatch(p -> p.start() == m.start(1));
            if (!knownPlace && !person && plausible(name, facts) && !found.containsKey(name)) {
                found.put(name, new NameSuggestion(NameSuggestion.Kind.PLACE, name, m.group().strip(),
                        facts.sentence().quote()));
            }
        }
    }

    /** Unknown officials: capitalised names near an office word or a verb of saying or meeting. */
    private void people(SentenceFacts facts, Map<String, NameSuggestion> found) {
        String text = facts.text();
        Matcher m = NAME.matcher(text);
        while (m.find()) {
            String name = m.group(1);
            boolean institution = THE_BEFORE.matcher(text.substring(Math.max(0, m.start() - 4), m.start())).find();
            if (!institution && plausible(name, facts) && !found.containsKey(name)) {
                context(text, m).ifPresent(c -> found.put(name, new NameSuggestion(NameSuggestion.Kind.PERSON,
                        name, c, facts.sentence().quote())));
            }
        }
    }

    private boolean plausible(String name, SentenceFacts facts) {
        if (known.contains(name)) {
            return false;
        }
        for (String word : name.split("\\s+")) {
            if (NOT_NAMES.contains(word) || known.contains(word) || month(word)) {
                return false;
            }
        }
        return facts.places().stream().noneMatch(p -> name.contains(p.words()));
    }

    private static java.util.Optional<String> context(String text, Matcher m) {
        Matcher before = CONTEXT_BEFORE.matcher(text.substring(Math.max(0, m.start() - 60), m.start()));
        if (before.find()) {
            return java.util.Optional.of(before.group().strip());
        }
        Matcher after = CONTEXT_AFTER.matcher(text.substring(m.end()));
        return after.find() ? java.util.Optional.of(after.group().strip()) : java.util.Optional.empty();
    }

    private static boolean month(String word) {
        String upper = word.toUpperCase(Locale.ROOT);
        for (java.time.Month month : java.time.Month.values()) {
            if (month.name().equals(upper)) {
                return true;
            }
        }
        for (java.time.DayOfWeek day : java.time.DayOfWeek.values()) {
            if (day.name().equals(upper)) {
                return true;
            }
        }
        return false;
    }
}
