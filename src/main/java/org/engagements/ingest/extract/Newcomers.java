package org.engagements.ingest.extract;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.engagements.data.Level;
import org.engagements.data.Person;
import org.engagements.data.Side;
import org.engagements.data.Title;
import org.engagements.data.Vocabulary;

/**
 * Officials outside the vocabulary whom an article names with their side and office ("Defense Secretary
 * Pete Hegseth", "Chinese counterpart Dong Jun"), made vocabulary entries so that the rows they take part
 * in can carry them: rows hold only vocabulary ids. The id is the name in lower case with hyphens
 * ({@code pete-hegseth}); the alias is the family name, the last word of an American name and the first
 * of a Chinese one ("Hegseth", "Dong"), unless someone already answers to it or already has it as family
 * name; the one title is the office as written, held on the publication date, which is all the article
 * says. The level follows the office
 * (an adviser, an envoy, a deputy, a general), and a counterpart takes the level of whoever they meet.
 * Someone named only by office ("China's new defence minister") makes no entry. Pure functions.
 */
public final class Newcomers {
    private static final Pattern NAME_AT_END = Pattern.compile(
            "(\\p{Lu}\\p{Ll}+(?:-\\p{Ll}+)?)\\s+(\\p{Lu}\\p{Ll}+(?:-\\p{Ll}+)?)$");
    private static final Pattern OFFICE_WORDS = Pattern.compile("(?i)^(?:the\\s+)?(?:(?:China|Beijing|America)['’]s|"
            + "the\\s+United\\s+States['’]?|United\\s+States|Chinese|American|U\\.S\\.|US)?\\s*(.*?)[\\s,]*$");

    private Newcomers() {
    }

    /**
     * The people the candidates name outside {@code vocabulary}, then those of {@code elsewhere} (outsiders
     * the article names in sentences that are no engagement: "Chinese Defense Minister Wei Fenghe spoke
     * first"), so that a later bare "Wei Fenghe" is known; once each, in order of appearance.
     */
    static List<Person> of(List<Candidate> candidates, List<PersonMention> elsewhere, Vocabulary vocabulary,
                           LocalDate published) {
        Map<String, Person> found = new LinkedHashMap<>();
        for (Candidate candidate : candidates) {
            for (Side side : Side.values()) {
                // evidence joins a sentence's outsiders with "; "
                for (String words : candidate.outsiders(side).stream().flatMap(w -> Arrays.stream(w.split("; ")))
                        .toList()) {
                    person(words, side, levelOfOthers(candidate, side, vocabulary), vocabulary, published)
                            .ifPresent(p -> found.putIfAbsent(p.id(), p));     // the id is the name's
                }
            }
        }
        for (PersonMention mention : elsewhere) {
            person(mention.words(), mention.side(), Optional.empty(), vocabulary, published)
                    .ifPresent(p -> found.putIfAbsent(p.id(), p));
        }
        return List.copyOf(found.values());
    }

    static Optional<Person> person(String words, Side side, Optional<Level> counterpartLevel, Vocabulary vocabulary,
                                   LocalDate published) {
        Matcher apposed = Outsiders.APPOSED_US_OFFICE.matcher(words.strip());
        if (side == Side.US && apposed.matches()) {
            // "Gen. CQ Brown Jr., the chairman of the Joint Chiefs of Staff": the office follows the name
            String office = words.strip().substring(apposed.end(1)).replaceFirst("^,\\s+(?:the\\s+)?", "");
            return person(apposed.group(1).replace(",", ""), office, Side.US, counterpartLevel, vocabulary, published);
        }
        Matcher withSide = Outsiders.APPOSED_SIDE_OFFICE.matcher(words.strip());
        if (withSide.matches()) {
            // "Adm. Dong Jun, defense minister of China": the office follows the name, less "new" and the like
            String office = withSide.group("office").replaceFirst("(?i)^(?:new|newly[-\\s]appointed|acting)\\s+", "");
            return person(withSide.group(1), office, side, counterpartLevel, vocabulary, published);
        }
        Matcher m = NAME_AT_END.matcher(words.strip());
        if (!m.find() || !Outsiders.plausibleName(m.group())) {
            return Optional.empty();
        }
        return person(m.group(1) + " " + m.group(2), words.strip().substring(0, m.start()), side,
                counterpartLevel, vocabulary, published);
    }

    private static Optional<Person> person(String name, String before, Side side, Optional<Level> counterpartLevel,
                                           Vocabulary vocabulary, LocalDate published) {
        String[] parts = name.split("\\s+");
        String id = id(name);
        boolean known = vocabulary.people().stream().anyMatch(p -> p.id().equals(id) || p.name().equals(name)
                || p.aliases().contains(name));
        if (known) {
            return Optional.empty();
        }
        String family = side == Side.CN ? parts[0] : parts[parts.length - (parts[parts.length - 1]
                .matches("(?:Jr|Sr)\\.?") ? 2 : 1)];
        // "He" is He Lifeng's family name even though no alias says so: a newcomer "He Lipeng" answering to
        // it would take "Vice Premier He" from him, so a newcomer is then known by the full name only
        boolean taken = vocabulary.people().stream().anyMatch(p -> p.aliases().contains(family)
                || p.name().equals(family) || familyName(p).equals(family));
        String office = office(before);
        Level level = level(office).or(() -> counterpartLevel).orElse(Level.CABINET);
        boolean anOffice = !office.isEmpty() && !office.toLowerCase(Locale.ROOT).contains("counterpart");
        List<Title> titles = anOffice ? List.of(new Title(office, published, published)) : List.of();
        List<String> aliases = new ArrayList<>();
        String plain = plain(name);
        if (!plain.equals(name)) {
            aliases.add(plain);       // "Wèi Fènghé" is "Wei Fenghe" in most articles
        }
        if (!taken) {
            aliases.add(family);
            if (!plain(family).equals(family)) {
                aliases.add(plain(family));
            }
        }
        return Optional.of(new Person(id, name, aliases, side, level, titles));
    }

    /** The family name of someone in the vocabulary: the first word of a Chinese name, the last of another. */
    private static String familyName(Person person) {
        String[] words = person.name().strip().split("\\s+");
        return person.country() == Side.CN ? words[0] : words[words.length - 1];
    }

    /** "Defense Secretary", "Secretary of State", "counterpart": the words before the name, less the nationality. */
    private static String office(String before) {
        // "Biden's climate envoy": the office, less whose it is
        Matcher m = OFFICE_WORDS.matcher(before.strip().replaceFirst("^\\p{Lu}\\p{Ll}+['’]s\\s+", ""));
        String office = m.matches() ? m.group(1).strip() : before.strip();
        return office.isEmpty() ? "" : Character.toUpperCase(office.charAt(0)) + office.substring(1);
    }

    private static Optional<Level> level(String office) {
        String o = office.toLowerCase(Locale.ROOT);
        if (o.isEmpty() || o.contains("counterpart")) {
            return Optional.empty();
        }
        if (o.contains("vice") || o.contains("deputy")) {
            return Optional.of(Level.DEPUTY);
        }
        // "special presidential envoy", "senior adviser to the president": not the president
        if (o.contains("envoy")) {
            return Optional.of(Level.ENVOY);
        }
        if (o.contains("adviser") || o.contains("advisor")) {
            return Optional.of(Level.ADVISER);
        }
        if (o.contains("president") || o.contains("premier")) {
            return Optional.of(Level.LEADER);
        }
        if (o.contains("general") || o.contains("admiral")) {
            return Optional.of(Level.MILITARY);
        }
        return Optional.of(Level.CABINET);
    }

    /** The level of the named participants of the other side: a counterpart is at the same level. */
    private static Optional<Level> levelOfOthers(Candidate candidate, Side side, Vocabulary vocabulary) {
        Side other = side == Side.US ? Side.CN : Side.US;
        List<String> ids = new ArrayList<>(candidate.side(other));
        return vocabulary.people().stream().filter(p -> ids.contains(p.id())).map(Person::level).findFirst()
                .or(() -> candidate.outsiders(other).stream().map(w -> office(w.replaceAll(
                        NAME_AT_END.pattern(), ""))).map(Newcomers::level).flatMap(Optional::stream).findFirst());
    }

    private static String plain(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }

    private static String id(String name) {
        return plain(name).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }
}
