package org.engagements.ingest.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.engagements.data.Level;
import org.engagements.data.Person;
import org.engagements.data.Side;
import org.engagements.ingest.extract.PersonMention.Source;

/**
 * Finds the officials a sentence names: by name or alias (case-sensitive, whole words, longest first),
 * by office held on the publication date (through {@link TitleResolver}), and "the two leaders". A name
 * that only qualifies something else is not a participant: "the Biden administration", "Biden's top
 * aides", "one of Wang's subordinates". An office written next to a name ("Foreign Minister Wang Yi",
 * "Antony Blinken, secretary of state") belongs to that name, known or not, and adds no one. Immutable
 * and thread-safe.
 */
final class PersonFinder {
    private static final Pattern NOT_THE_PERSON = Pattern.compile("^(?:['’]s)?\\s+(?:(?:top|senior|close|former|"
            + "high-level|own|special|personal|new)\\s+)?(?:(?:national\\s+security|foreign\\s+policy|economic|trade|climate)\\s+)?"
            + "(?:administration|aides?|advisers?|advisors?|officials?|subordinates?|team|staff|"
            + "spokes(?:man|woman|person)|government|deputies|allies|critics|supporters|family|office|ministry|"
            + "department|camp|era|presidency|policy|policies|doctrine|White House|envoys?|cabinet)\\b");
    private static final Keywords GROUP = Keywords.of("(?i)\\b(?:the\\s+two|both)\\s+(?:leaders|presidents|heads\\s+"
            + "of\\s+state)\\b|\\bthe\\s+(?:leaders|heads\\s+of\\s+state)\\s+of\\s+the\\s+two\\s+countries\\b|"
            + "\\bthe\\s+(?:Chinese|US|U\\.S\\.|American)\\s+and\\s+(?:Chinese|US|U\\.S\\.|American)\\s+(?:leaders|"
            + "presidents|heads\\s+of\\s+state)\\b", "leaders", "presidents", "heads");
    /**
     * "the defence ministers of the two countries", "the two defense chiefs", "both foreign ministers": the
     * holder of that office on each side, or the side unnamed when the vocabulary has no one holding it.
     */
    private static final Pattern OFFICE_GROUP = Pattern.compile("(?i)\\b(?:the\\s+(?:two\\s+)?|both\\s+)(?:countries['’]\\s+)?"
            + "(defen[cs]e|foreign|commerce|trade|finance)\\s+(?:ministers|chiefs|secretaries|heads)\\b"
            + "(?:\\s+of\\s+the\\s+two\\s+(?:countries|sides|nations))?");
    private static final Map<String, Pattern> PORTFOLIO = Map.of(
            "defence", Pattern.compile("(?i)defen[cs]e"), "foreign", Pattern.compile("(?i)foreign|secretary of state"),
            "commerce", Pattern.compile("(?i)commerce"), "trade", Pattern.compile("(?i)trade|commerce"),
            "finance", Pattern.compile("(?i)finance|treasury"));
    private static final Pattern CAPITALISED_NEXT = Pattern.compile("^[\\s,]*\\p{Lu}[\\p{L}.’'-]*");
    private static final Pattern FULL_NAME_APPOSED = Pattern.compile(",\\s+(\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}\\p{Ll}+){1,2})"
            + "(?=\\s*(?:,|\\.?$|\\.\\s))");
    private static final Pattern APPOSITION_BEFORE = Pattern.compile(",\\s*(?:the|a|an|his|her|its)?\\s*$");
    private static final Pattern FORMER_BEFORE = Pattern.compile("(?i)\\b(?:former|ex-|then-?)\\s*$");

    /**
     * "Wang Wentao" is not Wang Yi: a Chinese family name alone followed by a capitalised word that is no
     * headline verb or function word is another person's full name (family name first).
     */
    private static final Pattern GIVEN_NAME_NEXT = Pattern.compile("^\\s+(?!(?:Meets?|Met|Says?|Said|Tells?|Told|Holds?|"
            + "Held|Calls?|Called|Visits?|Visited|Talks?|And|To|In|On|At|For|Of|With|The|Is|Was|Will|Has)\\b)"
            + "\\p{Lu}\\p{Ll}+\\b(?!['’])");
    /** A capitalised name of two or three words right after an office ("Vice Premier Lui He"). */
    private static final Pattern NAME_AFTER_OFFICE = Pattern.compile("^\\s+(\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}\\p{Ll}+){1,2})\\b");
    private static final Pattern PREVIOUS_WORD = Pattern.compile("(\\p{Lu}[\\p{L}’'-]*)\\s+$");

    private final Gazetteer<List<Person>> names;
    private final Map<String, List<Person>> byName;
    /** How far back the patterns that end at a mention look. */
    private static final int LOOK_BACK = 40;

    private final TitleResolver titles;
    private final List<Person> people;

    PersonFinder(List<Person> people) {
        this.people = List.copyOf(people);
        Map<String, List<Person>> byName = new java.util.LinkedHashMap<>();
        for (Person person : people) {
            byName.computeIfAbsent(person.name(), k -> new ArrayList<>()).add(person);
            person.aliases().forEach(alias -> byName.computeIfAbsent(alias, k -> new ArrayList<>()).add(person));
        }
        this.names = new Gazetteer<>(byName, false);
        this.byName = Map.copyOf(byName);
        this.titles = new TitleResolver(people);
    }

    /** Names, offices and leader pairs of a sentence, in text order. */
    List<PersonMention> find(String sentence, LocalDate published) {
        return find(sentence, published, List.of());
    }

    /** The same, with the people the article named before this sentence (for offices several hold at once). */
    List<PersonMention> find(String sentence, LocalDate published, java.util.Collection<Person> earlier) {
        return find(sentence, published, earlier, new FullNames());
    }

    /**
     * The same, with the full names the article used before this sentence: a bare family name is the latest
     * of them with that family name ("Wang Wentao … Wang"), before anyone the vocabulary calls so.
     */
    List<PersonMention> find(String sentence, LocalDate published, java.util.Collection<Person> earlier,
                             FullNames article) {
        List<PersonMention> found = new ArrayList<>(byNames(sentence, published, article));
        found.addAll(misspelt(sentence, published, found));
        found.addAll(byTitles(sentence, published, found, earlier));
        found.addAll(groups(sentence, published, earlier));
        found.sort(Comparator.comparingInt(PersonMention::start));
        return List.copyOf(found);
    }

    private List<PersonMention> byNames(String sentence, LocalDate published, FullNames article) {
        List<PersonMention> found = new ArrayList<>();
        FullNames here = article.copy();
        for (Gazetteer.Hit<List<Person>> hit : names.find(sentence)) {
            if (NOT_THE_PERSON.matcher(sentence).region(hit.end(), sentence.length()).lookingAt()) {
                continue;
            }
            if (anotherChinesePerson(sentence, hit) || anotherWesternPerson(sentence, hit, published)) {
                here.add(new FullNames.Entry(hit.words(), Optional.empty(), Optional.empty()));
                continue;
            }
            Optional<Person> picked = pick(hit.value(), published);
            if (hit.words().contains(" ")) {
                picked.ifPresent(p -> FullNames.family(p).ifPresent(f ->
                        here.add(new FullNames.Entry(f, Optional.of(p), Optional.of(p.country())))));
            } else {
                Optional<FullNames.Entry> earlier = here.latest(hit.words());
                if (earlier.isPresent() && !earlier.get().person().equals(picked)) {
                    // "Wang Wentao … Wang": the full name the article used last, not the vocabulary's Wang Yi
                    FullNames.Entry meant = earlier.get();
                    if (meant.person().isEmpty() && meant.side().isPresent()) {
                        found.add(new PersonMention(hit.start(), hit.end(), hit.words(), Optional.empty(),
                                meant.side().get(), Source.TITLE));
                    }
                    picked = meant.person();
                }
            }
            picked.ifPresent(p -> found.add(PersonMention.of(hit.start(), hit.end(), hit.words(), p, Source.NAME)));
        }
        found.addAll(familyNamesOnly(sentence, article));
        return found;
    }

    /**
     * "Liu Zhenmin … Liu and Podesta will discuss": the family name alone of someone the article named in full,
     * who answers to no alias (another person of the vocabulary has that family name), is that person; not
     * right before or after a given name ("Liu Jianchao", "Tom Liu"), nor "He" (a pronoun first).
     */
    private List<PersonMention> familyNamesOnly(String sentence, FullNames article) {
        List<PersonMention> found = new ArrayList<>();
        List<Gazetteer.Hit<List<Person>>> hits = names.find(sentence);
        for (String family : article.families()) {
            if (family.length() < 2 || family.equals("He") || !sentence.contains(family)) {
                continue;
            }
            Optional<Person> meant = article.latest(family).flatMap(FullNames.Entry::person);
            if (meant.isEmpty()) {
                continue;
            }
            Matcher m = Pattern.compile("\\b" + Pattern.quote(family) + "\\b(?!['’]s\\s+(?:own\\s+)?\\p{Ll})")
                    .matcher(sentence);
            while (m.find()) {
                int start = m.start();
                int end = m.end();
                boolean covered = hits.stream().anyMatch(h -> h.start() < end && start < h.end());
                Matcher before = GIVEN_NAME_BEFORE.matcher(tail(sentence, start));
                boolean givenBefore = before.find() && !NOT_A_GIVEN_NAME.matcher(before.group(1)).matches();
                boolean givenAfter = GIVEN_NAME_NEXT.matcher(sentence).region(end, sentence.length()).lookingAt();
                boolean notThePerson = NOT_THE_PERSON.matcher(sentence).region(end, sentence.length()).lookingAt();
                if (!covered && !givenBefore && !givenAfter && !notThePerson) {
                    found.add(PersonMention.of(start, end, m.group(), meant.get(), Source.NAME));
                }
            }
        }
        return found;
    }

    /**
     * The full names a sentence uses, in text order: of vocabulary people ("Wang Wentao"), of officials outside
     * it placed on a side ("China's Commerce Minister Wang Wentao"), and of others of a known Chinese family
     * name ("Wang Huiyao"), whom a later bare family name means.
     */
    List<FullNames.Entry> fullNames(String sentence, List<PersonMention> mentions, LocalDate published) {
        java.util.TreeMap<Integer, FullNames.Entry> found = new java.util.TreeMap<>();
        for (Gazetteer.Hit<List<Person>> hit : names.find(sentence)) {
            if (anotherChinesePerson(sentence, hit) || anotherWesternPerson(sentence, hit, published)) {
                found.put(hit.start() * 2, new FullNames.Entry(hit.words(), Optional.empty(), Optional.empty()));
            }
        }
        for (PersonMention mention : mentions) {
            if (mention.source() == Source.NAME && mention.person().isPresent() && mention.words().contains(" ")) {
                Person p = mention.person().get();
                FullNames.family(p).ifPresent(f -> found.put(mention.start() * 2 + 1,
                        new FullNames.Entry(f, Optional.of(p), Optional.of(p.country()))));
            } else if (!mention.named() && mention.source() == Source.TITLE) {
                Outsiders.nameOf(mention).flatMap(n -> FullNames.family(n, mention.side())).ifPresent(f ->
                        found.put(mention.end() * 2 + 1, new FullNames.Entry(f, Optional.empty(),
                                Optional.of(mention.side()))));
            }
        }
        return List.copyOf(found.values());
    }

    /**
     * "Chinese Vice Premier Lui He": a name right after an office, one slip away from the name of the person of
     * that side holding that office on the day, is that person misspelt, not a newcomer. A slip is two adjacent
     * letters swapped (in a word of three letters or more) or one letter replaced (in a word of five or more);
     * every other word must match. Short words are left alone, since there one letter makes another real name
     * ("Wang Yu" is not Wang Yi), and so are names of another length ("Li" is not "Liu").
     */
    private List<PersonMention> misspelt(String sentence, LocalDate published, List<PersonMention> named) {
        List<PersonMention> found = new ArrayList<>();
        for (TitleResolver.Phrase phrase : TitleResolver.phrases(sentence)) {
            Matcher name = NAME_AFTER_OFFICE.matcher(sentence).region(phrase.end(), sentence.length());
            if (!name.lookingAt() || named.stream().anyMatch(n -> n.start() < name.end(1) && name.start(1) < n.end())) {
                continue;
            }
            List<Person> meant = people.stream()
                    .filter(p -> phrase.side().map(side -> p.country() == side).orElse(true))
                    .filter(p -> oneSlipAway(name.group(1), p.name()) && titles.holds(p, phrase, published))
                    .toList();
            if (meant.size() == 1) {
                found.add(PersonMention.of(name.start(1), name.end(1), name.group(1), meant.get(0), Source.NAME));
            }
        }
        return found;
    }

    static boolean oneSlipAway(String written, String known) {
        String[] a = written.split("\\s+");
        String[] b = known.strip().split("\\s+");
        if (a.length != b.length) {
            return false;
        }
        int slips = 0;
        for (int i = 0; i < a.length; i++) {
            if (a[i].equals(b[i])) {
                continue;
            }
            if (++slips > 1 || !slip(a[i], b[i])) {
                return false;
            }
        }
        return slips == 1;
    }

    private static boolean slip(String a, String b) {
        if (a.length() != b.length()) {
            return false;
        }
        List<Integer> differ = new ArrayList<>();
        for (int i = 0; i < a.length(); i++) {
            if (a.charAt(i) != b.charAt(i)) {
                differ.add(i);
            }
        }
        boolean swapped = differ.size() == 2 && differ.get(1) == differ.get(0) + 1 && a.length() >= 3
                && a.charAt(differ.get(0)) == b.charAt(differ.get(1)) && a.charAt(differ.get(1)) == b.charAt(differ.get(0));
        boolean replaced = differ.size() == 1 && a.length() >= 5 && differ.get(0) > 0;
        return swapped || replaced;
    }

    /**
     * "Defense Secretary Tom Kerry" is not John Kerry: a family name alone (of people who are not Chinese)
     * right after a capitalised given name that is no word of the known person's own names, itself right after
     * an office that person did not hold on the day, is another person's full name (family name last). With
     * an office the known person holds, a wrong given name is a slip ("Secretary of State Anthony Blinken").
     */
    private boolean anotherWesternPerson(String sentence, Gazetteer.Hit<List<Person>> hit, LocalDate day) {
        if (hit.words().contains(" ") || hit.value().stream().anyMatch(p -> p.country() == Side.CN)) {
            return false;
        }
        Matcher given = GIVEN_NAME_BEFORE.matcher(tail(sentence, hit.start()));
        if (!given.find() || NOT_A_GIVEN_NAME.matcher(given.group(1)).matches()) {
            return false;
        }
        int givenStart = hit.start() - (given.group().length());
        Optional<TitleResolver.Phrase> office = TitleResolver.phrases(sentence).stream()
                .filter(ph -> ph.end() <= givenStart && sentence.substring(ph.end(), givenStart).isBlank()).findFirst();
        if (office.isEmpty() || hit.value().stream().anyMatch(p -> titles.holds(p, office.get(), day))) {
            return false;
        }
        return hit.value().stream().noneMatch(p -> java.util.stream.Stream.concat(java.util.stream.Stream.of(p.name()),
                p.aliases().stream()).anyMatch(n -> java.util.Arrays.asList(n.split("\\s+")).contains(given.group(1))));
    }

    private static final Pattern GIVEN_NAME_BEFORE = Pattern.compile("(?<![\\p{L}.’'-])(\\p{Lu}\\p{Ll}+)\\s$");
    private static final Pattern NOT_A_GIVEN_NAME = Pattern.compile("(?:President|Presidents|Secretary|Minister|"
            + "Ambassador|Adviser|Advisor|Representative|Senator|Sen|Rep|Mr|Mrs|Ms|Dr|Gen|General|Adm|Admiral|Envoy|"
            + "Chairman|Chair|Director|Governor|Speaker|Leader|Chief|Deputy|Vice|Premier|Counselor|Czar|Tsar|Commander|"
            + "Colonel|Treasury|Commerce|Defense|Defence|State|Trade|Climate|Foreign|Security|Tariff|Administration|"
            + "Former|Then|The|And|But|When|As|After|Before|With|While|Both|Since|Until|Meanwhile|Yesterday|Today|"
            + "Also|Earlier|Later|Last|Next|On|In|At|For|From|By|To|Of|Where|If|Though|Although|Because|So|Now|"
            + "American|America|United|States|China|Chinese|Beijing|Washington|White|House|Pentagon|Monday|Tuesday|"
            + "Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|"
            + "September|October|November|December)");

    private static boolean anotherChinesePerson(String sentence, Gazetteer.Hit<List<Person>> hit) {
        boolean familyNameOnly = !hit.words().contains(" ") && hit.value().stream().allMatch(p -> p.country() == Side.CN
                && !p.name().equals(hit.words()));
        return familyNameOnly && GIVEN_NAME_NEXT.matcher(sentence).region(hit.end(), sentence.length()).lookingAt();
    }

    /** One person for a name, or the one holding an office on the day when an alias is shared. */
    private static Optional<Person> pick(List<Person> candidates, LocalDate day) {
        if (candidates.size() == 1) {
            return Optional.of(candidates.get(0));
        }
        List<Person> inOffice = candidates.stream().filter(p -> p.titles().stream().anyMatch(t -> t.heldOn(day)))
                .toList();
        return inOffice.size() == 1 ? Optional.of(inOffice.get(0)) : Optional.empty();
    }

    private List<PersonMention> byTitles(String sentence, LocalDate published, List<PersonMention> named,
                                         java.util.Collection<Person> earlier) {
        List<PersonMention> found = new ArrayList<>();
        for (TitleResolver.Phrase phrase : TitleResolver.phrases(sentence)) {
            if (besideAName(sentence, phrase, named) || foreignBefore(sentence, phrase)) {
                continue;
            }
            titles.resolve(phrase, published, earlier).ifPresent(p ->
                    found.add(PersonMention.of(phrase.start(), phrase.end(), phrase.words(), p, Source.TITLE)));
        }
        return found;
    }

    /** An office followed by a capitalised word, or after "Name, (the)", is that name's; "former" ones are no one's. */
    private static boolean besideAName(String sentence, TitleResolver.Phrase phrase, List<PersonMention> named) {
        if (CAPITALISED_NEXT.matcher(sentence).region(phrase.end(), sentence.length()).lookingAt()
                && !sentence.startsWith(",", phrase.end())) {
            return true;
        }
        // "the special envoy for climate, Tom Ridley,": a full name in apposition after the office
        Matcher apposed = FULL_NAME_APPOSED.matcher(sentence).region(phrase.end(), sentence.length());
        if (apposed.lookingAt() && Outsiders.plausibleName(apposed.group(1))) {
            return true;
        }
        String before = tail(sentence, phrase.start());
        if (FORMER_BEFORE.matcher(before).find()) {
            return true;
        }
        Matcher apposition = APPOSITION_BEFORE.matcher(before);
        int offset = phrase.start() - before.length();
        return apposition.find() && named.stream().anyMatch(n -> n.end() == offset + apposition.start());
    }

    /** "the Russian leader": a capitalised word right before the office that is not a US or China word. */
    private static boolean foreignBefore(String sentence, TitleResolver.Phrase phrase) {
        Matcher previous = PREVIOUS_WORD.matcher(tail(sentence, phrase.start()));
        if (!previous.find()) {
            return false;
        }
        return !java.util.Set.of("The", "A", "An").contains(previous.group(1));
    }

    /** The last characters before a position: enough for the patterns that look back a few words. */
    static String tail(String text, int end) {
        return text.substring(Math.max(0, end - LOOK_BACK), end);
    }

    /**
     * "The two leaders" are the leaders of the two sides the article named, "President-elect Trump" a day before
     * he takes office too; the leader in office on the day only for a side whose article names no leader, or
     * names that one.
     */
    private List<PersonMention> groups(String sentence, LocalDate published, java.util.Collection<Person> earlier) {
        List<PersonMention> found = new ArrayList<>();
        Matcher m = GROUP.matcher(sentence);
        while (m.find()) {
            for (Side side : Side.values()) {
                Optional<Person> inOffice = leader(side, published);
                Optional<Person> named = earlier.stream().filter(p -> p.country() == side && p.level() == Level.LEADER)
                        .reduce((first, second) -> second);
                Optional<Person> meant = inOffice.isPresent() && earlier.contains(inOffice.get()) ? inOffice
                        : named.or(() -> inOffice);
                meant.ifPresent(p -> found.add(PersonMention.of(m.start(), m.end(), m.group(), p, Source.GROUP)));
            }
        }
        Matcher office = OFFICE_GROUP.matcher(sentence);
        while (office.find()) {
            String portfolio = office.group(1).toLowerCase(Locale.ROOT).replace("defense", "defence");
            boolean bothSides = office.group().toLowerCase(Locale.ROOT).contains("two") || office.group()
                    .toLowerCase(Locale.ROOT).startsWith("both");
            if (!bothSides) {
                continue;
            }
            for (Side side : Side.values()) {
                Optional<Person> holder = holder(side, PORTFOLIO.get(portfolio), published);
                found.add(new PersonMention(office.start(), office.end(), office.group(), holder, side, Source.GROUP));
            }
        }
        return found;
    }

    /** The one person of a side holding an office of the portfolio on the day. */
    private Optional<Person> holder(Side side, Pattern portfolio, LocalDate day) {
        List<Person> holders = people.stream().filter(p -> p.country() == side && p.level() != Level.LEADER)
                .filter(p -> p.titles().stream().anyMatch(t -> t.heldOn(day) && portfolio.matcher(t.title()).find()))
                .toList();
        return holders.size() == 1 ? Optional.of(holders.get(0)) : Optional.empty();
    }

    /** The one person of a side at leader level in office on the day. */
    Optional<Person> leader(Side side, LocalDate day) {
        List<Person> leaders = people.stream().filter(p -> p.country() == side && p.level() == Level.LEADER)
                .filter(p -> p.titles().stream().anyMatch(t -> t.heldOn(day))).toList();
        return leaders.size() == 1 ? Optional.of(leaders.get(0)) : Optional.empty();
    }

    /** The side of everyone a name or alias means, when they are all of one side. */
    Optional<Side> sideOf(String name) {
        List<Person> meant = byName.getOrDefault(name, List.of());
        java.util.Set<Side> sides = meant.stream().map(Person::country).collect(java.util.stream.Collectors.toSet());
        return sides.size() == 1 ? sides.stream().findFirst() : Optional.empty();
    }

    /** Everyone the finder knows. */
    List<Person> people() {
        return people;
    }

    /** The one person of a side at a level in office on the day: someone's counterpart. */
    Optional<Person> counterpart(Side side, Level level, LocalDate day) {
        List<Person> same = people.stream().filter(p -> p.country() == side && p.level() == level)
                .filter(p -> p.titles().stream().anyMatch(t -> t.heldOn(day))).toList();
        return same.size() == 1 ? Optional.of(same.get(0)) : Optional.empty();
    }
}
