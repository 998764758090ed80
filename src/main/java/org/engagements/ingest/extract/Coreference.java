package org.engagements.ingest.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.engagements.data.Level;
import org.engagements.data.Person;
import org.engagements.data.Side;
import org.engagements.ingest.extract.PersonMention.Source;

/**
 * The simple coreference the extractor needs, kept deliberately small:
 * <ul>
 *   <li>"his Chinese counterpart", "his opposite", "Kerry's counterpart": the official of the other side
 *       at the same level in office on the publication date, when exactly one is; otherwise (and for
 *       plural "their counterparts") the other side is present but unnamed; a name right after it
 *       ("her counterpart, Wang Wentao") says who instead, in the vocabulary or not;</li>
 *   <li>"he", "she", "his", "her" resolve to the nearest person named before them in the sentence, else
 *       to the first person of the previous sentence, but only where they take part: as the subject of
 *       a meeting verb ("he met") or the owner of a meeting noun ("his visit").</li>
 *   <li>"the two met", "the two men spoke", "the pair held talks", "both men": the two people the article
 *       named last ({@link #pair}), when they are one of each side; otherwise no one.</li>
 * </ul>
 */
final class Coreference {
    private static final Keywords COUNTERPART = Keywords.of("(?i)\\b(his|her|their|its|[\\p{L}-]+['’]s)\\s+"
            + "(?:(Chinese|American|US|U\\.S\\.)\\s+)?(counterparts?|opposite\\s+numbers?|opposites?)\\b",
            "counterpart", "opposite");
    private static final Keywords SUBJECT = Keywords.of("(?i)\\b(he|she)\\s+(?:[\\p{L}’']+\\s+){0,4}?(?:met|meet|"
            + "meets|meeting|visit|visits|visited|visiting|travel|travels|travell?ed|travell?ing|spoke|speak|speaks|"
            + "spoken|talked|talk|talks|hosted|host|hosts|called)\\b", "met", "meet", "visit", "travel", "spok",
            "speak", "talk", "host", "called");
    private static final Keywords OWNER = Keywords.of("(?i)\\b(his|her)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:visit|"
            + "visits|trip|trips|meeting|meetings|talks|call|travel|travels|tour|conversation|conversations)\\b", "visit",
            "trip", "meeting", "talks", "call", "travel", "tour", "conversation");

    /**
     * "The two met", "the two men spoke", "the pair held talks": two people named earlier, as the subject of
     * what they did ("the two countries", "the two sides" name no one, and "the two leaders" is an office).
     * Past tense only: a report of what was done is about the people just named, while "the two officials
     * meet", "the pair are slated to meet" more often restate a plan or request the article tells elsewhere.
     */
    private static final Keywords THE_TWO = Keywords.of("(?i)\\b(?:the\\s+two(?:\\s+(?:men|women|officials|ministers|"
            + "secretaries|counterparts|diplomats))?|the\\s+pair|both\\s+(?:men|women|officials))\\s+(?:[\\p{L}]+ly\\s+)?"
            + "(?:also\\s+)?(?=(?:met|spoke|talked|held|had|sat|shook|discussed|agreed|signed)\\b)", "two", "pair", "both");

    /** "her Chinese counterpart, Wang Wentao": the name that follows says who, known or not. */
    private static final Pattern NAME_FOLLOWS = Pattern.compile("^\\s*,?\\s*\\p{Lu}\\p{Ll}+(?:-\\p{Ll}+)?\\s+\\p{Lu}");

    private final PersonFinder finder;

    Coreference(PersonFinder finder) {
        this.finder = finder;
    }

    /** Counterpart and pronoun mentions of a sentence, given its direct mentions. */
    List<PersonMention> resolve(String sentence, List<PersonMention> direct, Optional<Person> previousSubject,
                                LocalDate published) {
        return resolve(sentence, direct, previousSubject, published, List.of());
    }

    /** The same, with the people the article named before this sentence (whose counterpart may be one of them). */
    List<PersonMention> resolve(String sentence, List<PersonMention> direct, Optional<Person> previousSubject,
                                LocalDate published, java.util.Collection<Person> named) {
        return resolve(sentence, direct, previousSubject, published, named, List.of());
    }

    /**
     * The same, with everyone the article names by name anywhere ({@code inArticle}): when the vocabulary has no
     * single envoy of the other side in office, an envoy's "Chinese counterpart" is the other side's envoy the
     * article names ("… his Chinese counterpart this week … Liu Zhenmin, China's climate envoy"). Envoys only:
     * other officials' counterparts go by office, and an article names many of them.
     */
    List<PersonMention> resolve(String sentence, List<PersonMention> direct, Optional<Person> previousSubject,
                                LocalDate published, java.util.Collection<Person> named,
                                java.util.Collection<Person> inArticle) {
        List<PersonMention> found = new ArrayList<>();
        String lowerCase = sentence.toLowerCase(Locale.ROOT);
        pronouns(sentence, lowerCase, SUBJECT, direct, previousSubject, found);
        pronouns(sentence, lowerCase, OWNER, direct, previousSubject, found);
        List<PersonMention> known = new ArrayList<>(direct);
        known.addAll(found);
        counterparts(sentence, lowerCase, known, previousSubject, published, named, inArticle, found);
        found.sort(Comparator.comparingInt(PersonMention::start));
        return List.copyOf(found);
    }

    /**
     * "The two met on Tuesday": the last two people the article named (of {@code recent}, oldest first, then
     * the sentence's own direct mentions before the words), when one is American and the other Chinese; a
     * side named without a name (a minister outside the vocabulary) counts as its person. When the last two
     * named are of one side ("Blinken and Sullivan … the two met"), the words say nothing about the other.
     */
    static List<PersonMention> pair(String sentence, List<PersonMention> direct, List<PersonMention> recent) {
        Matcher m = THE_TWO.matcher(sentence, sentence.toLowerCase(Locale.ROOT));
        if (!m.find()) {
            return List.of();
        }
        List<PersonMention> before = new ArrayList<>(recent);
        direct.stream().filter(d -> d.end() <= m.start() && d.source() != Source.GROUP).forEach(before::add);
        List<PersonMention> last = new ArrayList<>();
        for (int i = before.size() - 1; i >= 0 && last.size() < 2; i--) {
            PersonMention mention = before.get(i);
            if (last.stream().noneMatch(l -> same(l, mention))) {
                last.add(0, mention);
            }
        }
        if (last.size() < 2 || last.get(0).side() == last.get(1).side()) {
            return List.of();
        }
        return last.stream().map(l -> new PersonMention(m.start(), m.end(), l.person().isPresent() ? m.group().strip()
                : l.words(), l.person(), l.side(), l.named() ? Source.PRONOUN : Source.TITLE)).toList();
    }

    private static boolean same(PersonMention a, PersonMention b) {
        return a.named() || b.named() ? a.person().equals(b.person()) : a.side() == b.side();
    }

    private static void pronouns(String sentence, String lowerCase, Keywords pattern, List<PersonMention> direct,
                                 Optional<Person> previousSubject, List<PersonMention> found) {
        Matcher m = pattern.matcher(sentence, lowerCase);
        while (m.find()) {
            antecedent(direct, m.start(1), previousSubject).ifPresent(p -> found.add(
                    PersonMention.of(m.start(1), m.end(1), m.group(1), p, Source.PRONOUN)));
        }
    }

    /** The nearest person named before a position, else the previous sentence's first person. */
    static Optional<Person> antecedent(List<PersonMention> mentions, int position, Optional<Person> previous) {
        Optional<Person> nearest = Optional.empty();
        for (PersonMention mention : mentions) {
            if (mention.end() <= position && mention.named() && mention.source() != Source.GROUP) {
                nearest = mention.person();
            }
        }
        return nearest.or(() -> previous);
    }

    private void counterparts(String sentence, String lowerCase, List<PersonMention> known,
                              Optional<Person> previousSubject, LocalDate published,
                              java.util.Collection<Person> named, java.util.Collection<Person> inArticle,
                              List<PersonMention> found) {
        Matcher m = COUNTERPART.matcher(sentence, lowerCase);
        while (m.find()) {
            if (NAME_FOLLOWS.matcher(sentence).region(m.end(), sentence.length()).lookingAt()) {
                continue;
            }
            Optional<Person> of = owner(m, sentence, known, previousSubject);
            if (of.isEmpty()) {
                continue;
            }
            Side other = of.get().country() == Side.US ? Side.CN : Side.US;
            if (m.group(2) != null && side(m.group(2)) != other) {
                continue;
            }
            boolean plural = m.group(3).toLowerCase(Locale.ROOT).endsWith("s")
                    || m.group(1).equalsIgnoreCase("their");
            Person owner = of.get();
            Optional<Person> person = plural ? Optional.empty() : byOffice(owner, other, published, named)
                    .or(() -> finder.counterpart(other, owner.level(), published))
                    .or(() -> owner.level() != Level.ENVOY ? Optional.empty() : only(inArticle.stream()
                            .filter(p -> p.country() == other && p.level() == Level.ENVOY).distinct().toList()));
            found.add(new PersonMention(m.start(), m.end(), m.group(), person, other, Source.COUNTERPART));
        }
    }

    /**
     * Counterpart offices, American first: Treasury and the vice premier for the economy, State and the foreign
     * minister (else the head of foreign affairs), Defense and the defence minister, the national security
     * adviser and the director of the foreign affairs commission's office, the chairman of the joint chiefs
     * and the chief of the joint staff department, Commerce and the commerce minister.
     */
    private static final List<List<Set<String>>> OFFICES = List.of(
            List.of(Set.of("secretary", "treasury"), Set.of("vice", "premier")),
            List.of(Set.of("secretary", "state"), Set.of("foreign", "minister")),
            List.of(Set.of("secretary", "state"), Set.of("director", "office", "central", "foreign", "affairs",
                    "commission")),
            List.of(Set.of("secretary", "defense"), Set.of("minister", "national", "defense")),
            List.of(Set.of("secretary", "defense"), Set.of("defense", "minister")),
            List.of(Set.of("national", "security", "adviser"), Set.of("director", "office", "central", "foreign",
                    "affairs", "commission")),
            List.of(Set.of("chairman", "joint", "chiefs", "staff"), Set.of("chief", "joint", "staff", "department")),
            List.of(Set.of("secretary", "commerce"), Set.of("commerce", "minister")),
            List.of(Set.of("secretary", "commerce"), Set.of("minister", "commerce")));

    /**
     * "Yellen … with her Chinese counterpart": the holder, on the day, of the office that answers the owner's
     * (in the order above); one the article has already named if it has named exactly one, else the one the
     * vocabulary lists. Empty when the owner holds no such office or no single person answers.
     */
    private Optional<Person> byOffice(Person owner, Side other, LocalDate day, java.util.Collection<Person> named) {
        int mine = owner.country() == Side.US ? 0 : 1;
        for (List<Set<String>> pair : OFFICES) {
            if (!holds(owner, pair.get(mine), day)) {
                continue;
            }
            Set<String> theirs = pair.get(1 - mine);
            List<Person> namedHolders = named.stream().filter(p -> p.country() == other && holds(p, theirs, day))
                    .distinct().toList();
            List<Person> holders = namedHolders.isEmpty() ? finder.people().stream()
                    .filter(p -> p.country() == other && holds(p, theirs, day)).toList() : namedHolders;
            if (holders.size() == 1) {
                return Optional.of(holders.get(0));
            }
        }
        return Optional.empty();
    }

    private static Optional<Person> only(List<Person> people) {
        return people.size() == 1 ? Optional.of(people.get(0)) : Optional.empty();
    }

    private static boolean holds(Person person, Set<String> office, LocalDate day) {
        return person.titles().stream().anyMatch(t -> t.heldOn(day) && TitleResolver.key(t).equals(office));
    }

    /** Whose counterpart: "Kerry's" names him; "his", "her", "their" point to the nearest person before. */
    private static Optional<Person> owner(Matcher m, String sentence, List<PersonMention> known,
                                          Optional<Person> previousSubject) {
        String owner = m.group(1);
        if (owner.endsWith("s") && (owner.contains("'") || owner.contains("’"))) {
            return known.stream().filter(k -> k.start() == m.start(1) && k.named()).findFirst()
                    .flatMap(PersonMention::person);
        }
        return antecedent(known, m.start(), previousSubject);
    }

    private static Side side(String adjective) {
        return adjective.equalsIgnoreCase("Chinese") ? Side.CN : Side.US;
    }
}
