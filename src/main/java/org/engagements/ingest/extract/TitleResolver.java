package org.engagements.ingest.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.engagements.data.Level;
import org.engagements.data.Person;
import org.engagements.data.Side;
import org.engagements.data.Title;

/**
 * Resolves offices written in text ("the Chinese foreign minister", "Treasury Secretary", "the American
 * leader") to the person who held them on the publication date, using the titles and date ranges in
 * {@code vocab/people.json}. A title and an article phrase match when their key words are equal once
 * country words, articles and prepositions are dropped and spellings are unified (advisor → adviser,
 * defence → defense); failing that, when the phrase's key words (two or more) are a subset of exactly
 * one office's. "leader" means the person of that side at the level leader. A country adjective picks the
 * side; without one the office must belong to one side only. Immutable and thread-safe.
 */
final class TitleResolver {
    static final Set<String> FUNCTION_WORDS = Set.of("of", "the", "for", "to", "and");
    static final Set<String> MODIFIERS = Set.of("top", "senior", "new", "then", "current", "veteran", "acting");
    static final Set<String> HEADS = Set.of("minister", "secretary", "president", "premier", "adviser", "leader",
            "ambassador", "chairman", "director", "envoy", "chief", "representative", "diplomat");
    /**
     * "China's top diplomat" is whoever heads its foreign affairs: the director of the Central Foreign Affairs
     * Commission's office; America's is the Secretary of State.
     */
    private static final Map<Side, Set<String>> TOP_DIPLOMAT = Map.of(
            Side.CN, Set.of("director", "office", "central", "foreign", "affairs", "commission"),
            Side.US, Set.of("secretary", "state"));
    private static final Set<String> CONTENT = Set.of("deputy", "vice", "foreign", "prime", "national", "security",
            "defense", "treasury", "commerce", "state", "special", "presidential", "climate", "trade", "central",
            "military", "commission", "affairs", "office", "general", "finance", "homeland");
    /**
     * Offices China fills with several people at once (four vice premiers, several vice foreign ministers, two
     * vice chairs of the Central Military Commission): the office alone names none of them, whichever the
     * vocabulary happens to list, unless the article has named one of them already.
     */
    private static final Set<Set<String>> SHARED_OFFICES = Set.of(Set.of("vice", "premier"),
            Set.of("vice", "foreign", "minister"), Set.of("vice", "chairman", "central", "military", "commission"));
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z][A-Za-z.’'-]*");
    private static final Map<String, Side> SIDE_WORDS = Map.of("us", Side.US, "u.s.", Side.US, "american", Side.US,
            "united", Side.US, "states", Side.US, "chinese", Side.CN, "china", Side.CN);

    /** A run of title words in a sentence, before resolution; {@code start}/{@code end} are offsets. */
    record Phrase(int start, int end, Optional<Side> side, Set<String> key, String words) {
    }

    private final List<Person> people;

    TitleResolver(List<Person> people) {
        this.people = List.copyOf(people);
    }

    /** The title phrases of a sentence: maximal runs of title words containing an office noun. */
    static List<Phrase> phrases(String sentence) {
        List<Phrase> phrases = new ArrayList<>();
        Matcher token = TOKEN.matcher(sentence);
        List<int[]> run = new ArrayList<>();
        while (token.find()) {
            String word = sideOrWord(token.group());
            boolean titleWord = HEADS.contains(word) || CONTENT.contains(word) || MODIFIERS.contains(word)
                    || SIDE_WORDS.containsKey(word) || FUNCTION_WORDS.contains(word);
            boolean adjacent = run.isEmpty() || sentence.substring(run.get(run.size() - 1)[1], token.start()).isBlank();
            if (!titleWord || !adjacent) {
                phrase(sentence, run).ifPresent(phrases::add);
                run.clear();
            }
            if (titleWord) {
                run.add(new int[] {token.start(), token.end()});
            }
        }
        phrase(sentence, run).ifPresent(phrases::add);
        return phrases;
    }

    /** "Beijing's top diplomat", "Washington's envoy": a capital's possessive names its side. */
    private static final Pattern CAPITAL_POSSESSIVE = Pattern.compile("(?:Beijing|Washington)['’]s");

    private static Optional<Phrase> phrase(String sentence, List<int[]> run) {
        List<int[]> words = new ArrayList<>(run);
        while (!words.isEmpty() && FUNCTION_WORDS.contains(word(sentence, words.get(words.size() - 1)))) {
            words.remove(words.size() - 1);
        }
        while (!words.isEmpty() && FUNCTION_WORDS.contains(word(sentence, words.get(0)))) {
            words.remove(0);
        }
        if (words.stream().noneMatch(w -> HEADS.contains(word(sentence, w)))) {
            return Optional.empty();
        }
        Optional<Side> side = Optional.empty();
        Set<String> key = new HashSet<>();
        for (int[] w : words) {
            String word = word(sentence, w);
            if (SIDE_WORDS.containsKey(word)) {
                side = side.or(() -> Optional.of(SIDE_WORDS.get(word)));
            } else if (!FUNCTION_WORDS.contains(word) && !MODIFIERS.contains(word)) {
                key.add(word);
            }
        }
        int start = words.get(0)[0];
        int end = words.get(words.size() - 1)[1];
        return Optional.of(new Phrase(start, end, side, Set.copyOf(key), sentence.substring(start, end)));
    }

    private static String word(String sentence, int[] span) {
        return sideOrWord(sentence.substring(span[0], span[1]));
    }

    private static String sideOrWord(String raw) {
        if (CAPITAL_POSSESSIVE.matcher(raw).matches()) {
            return raw.startsWith("Beijing") ? "chinese" : "american";
        }
        return normalise(raw);
    }

    /** Lower case, possessive dropped, one spelling per word. */
    static String normalise(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.endsWith("’s") || w.endsWith("'s")) {
            w = w.substring(0, w.length() - 2);
        }
        while (w.endsWith(".") && !w.equals("u.s.")) {
            w = w.substring(0, w.length() - 1);
        }
        return switch (w) {
            case "advisor" -> "adviser";
            case "defence" -> "defense";
            case "u.s" -> "u.s.";
            default -> w;
        };
    }

    /**
     * The person who held the office on the day, when exactly one did; for an office several hold at once, the
     * one holder among those the article has already named ("Vice Premier He Lifeng …; … the vice premier").
     */
    Optional<Person> resolve(Phrase phrase, LocalDate day, java.util.Collection<Person> named) {
        // China's side only: "the top US diplomat" is the Secretary of State even after a deputy was named
        if (phrase.key().equals(Set.of("diplomat")) && phrase.side().equals(Optional.of(Side.CN))) {
            List<Person> diplomats = named.stream().filter(p -> p.country() == Side.CN
                    && p.titles().stream().anyMatch(t -> t.heldOn(day) && diplomatic(t))).distinct().toList();
            if (diplomats.size() == 1) {
                return Optional.of(diplomats.get(0));
            }
        }
        if (phrase.side().orElse(Side.CN) == Side.CN && SHARED_OFFICES.contains(phrase.key())) {
            return unique(holders(phrase, day, true).stream().filter(named::contains).toList());
        }
        return resolve(phrase, day);
    }

    /**
     * An office of foreign affairs: a foreign minister or vice minister, a secretary of state or deputy, the
     * head of the foreign affairs commission's office. Not an ambassador, who is no principal.
     */
    private static boolean diplomatic(Title title) {
        Set<String> key = key(title);
        boolean foreign = key.contains("foreign") || key.contains("state") && key.contains("secretary");
        return foreign && !key.contains("ambassador");
    }

    /** The person who held the office on the day, when exactly one did. */
    Optional<Person> resolve(Phrase phrase, LocalDate day) {
        if (phrase.key().equals(Set.of("leader"))) {
            return phrase.side().flatMap(side -> unique(people.stream()
                    .filter(p -> p.country() == side && p.level() == Level.LEADER && holdsAny(p, day)).toList()));
        }
        if (phrase.key().equals(Set.of("diplomat"))) {
            return phrase.side().flatMap(side -> resolve(new Phrase(phrase.start(), phrase.end(), phrase.side(),
                    TOP_DIPLOMAT.get(side), phrase.words()), day));
        }
        if (phrase.side().orElse(Side.CN) == Side.CN && SHARED_OFFICES.contains(phrase.key())) {
            return Optional.empty();
        }
        List<Person> exact = holders(phrase, day, true);
        return exact.isEmpty() ? unique(holders(phrase, day, false)) : unique(exact);
    }

    /** Whether the person held on the day an office the phrase names (exactly, or as a subset of two words or more). */
    boolean holds(Person person, Phrase phrase, LocalDate day) {
        return phrase.side().map(side -> person.country() == side).orElse(true)
                && person.titles().stream().anyMatch(t -> t.heldOn(day) && (fits(phrase.key(), key(t), true)
                || phrase.key().size() >= 2 && fits(phrase.key(), key(t), false)));
    }

    private List<Person> holders(Phrase phrase, LocalDate day, boolean exact) {
        if (!exact && phrase.key().size() < 2) {
            return List.of();
        }
        return people.stream()
                .filter(p -> phrase.side().map(side -> p.country() == side).orElse(true))
                .filter(p -> p.titles().stream().anyMatch(t -> t.heldOn(day) && fits(phrase.key(), key(t), exact)))
                .toList();
    }

    private static boolean fits(Set<String> phrase, Set<String> title, boolean exact) {
        return exact ? phrase.equals(title) : title.containsAll(phrase);
    }

    /** The key words of an office in the vocabulary: country names and function words dropped. */
    static Set<String> key(Title title) {
        String text = title.title().replaceAll("(?i)of the United States|of the People['’]s Republic of China"
                + "|of China|to the United States|of the Chinese Communist Party", " ");
        Set<String> key = new HashSet<>();
        Matcher token = TOKEN.matcher(text);
        while (token.find()) {
            String word = normalise(token.group());
            if (!FUNCTION_WORDS.contains(word) && !SIDE_WORDS.containsKey(word)) {
                key.add(word);
            }
        }
        return key;
    }

    private static boolean holdsAny(Person person, LocalDate day) {
        return person.titles().stream().anyMatch(t -> t.heldOn(day));
    }

    private static Optional<Person> unique(List<Person> persons) {
        return persons.size() == 1 ? Optional.of(persons.get(0)) : Optional.empty();
    }
}
