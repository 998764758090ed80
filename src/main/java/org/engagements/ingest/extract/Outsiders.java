package org.engagements.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.engagements.data.Side;
import org.engagements.ingest.extract.PersonMention.Source;

/**
 * Officials the vocabulary does not know but the sentence places on a side by nationality and office:
 * "China's Dong Jun", "Chinese Defence Minister Dong Jun", "China's new defence minister", "his Chinese
 * counterpart, Dong Jun". Such a mention makes its side present without a person, so the engagement keeps
 * the row of the side that is known; the words are carried as evidence (the data rows can only hold
 * vocabulary ids) and the draft's notes name them. A capitalised word that is a known name, a month or a
 * place word is not taken for a name. Pure functions.
 */
final class Outsiders {
    // "Kamala Harris", "Li Chenggang", and a given name as initials: "J.D. Vance", "J. D. Vance"
    private static final String NAME = "(?:\\p{Lu}\\p{Ll}+(?:-\\p{Ll}+)?|\\p{Lu}\\.\\s?\\p{Lu}\\.)"
            + "(?:\\s+\\p{Lu}\\p{Ll}+(?:-\\p{Ll}+)?){1,2}";
    // "special envoy for climate", "envoy on Korean Peninsula affairs": what an envoy is for, in lower case
    // words (no verb or function word, so a name or the rest of the sentence is not taken) or "... affairs"
    private static final String ENVOY_FOR = "(?:\\s+(?:for|on)\\s+(?:the\\s+)?(?:climate(?:\\s+change)?|"
            + "(?:[\\p{L}-]+\\s+){1,2}affairs|(?-i:(?!(?:and|or|will|would|to|is|was|has|had|said|says|met|meets|who|"
            + "which|that|in|on|at|with|for|of)\\b)\\p{Ll}[\\p{Ll}-]*)))?";
    // "principal deputy national security adviser", "foreign vice-minister": a rank before the deputy, and the
    // deputy after the portfolio word as Chinese titles are often rendered
    private static final String OFFICE = "(?:(?:new|newly[-\\s]appointed|top|chief|acting)\\s+)?"
            + "(?:special\\s+(?:presidential\\s+)?)?"
            + "(?:(?:principal|first|executive)\\s+)?(?:(?:vice|deputy)[-\\s]+)?"
            + "(?:(?:(?:national\\s+)?defen[cs]e|climate|"
            + "foreign|commerce|finance|trade|state|national\\s+security)\\s+)?(?:(?:vice|deputy)[-\\s]+)?"
            // "vice president", "vice president-elect", "president-elect": not "president" alone, whom the
            // vocabulary knows for each side's head of state
            + "(?:minister|secretary|chief|(?<=vice[-\\s])president(?:[-\\s]elect)?|president[-\\s]elect|"
            + "counterpart|diplomat|envoy|adviser|advisor|representative|premier|general|chairman|chair)"
            + "(?:\\s+of\\s+(?:state|(?:national\\s+)?defen[cs]e|war|the\\s+treasury|commerce|foreign\\s+affairs))?"
            + ENVOY_FOR;
    private static final Pattern MENTION = Pattern.compile("\\b(?:(China['’]s|Chinese|Beijing['’]s|PRC|"
            + "(?:the\\s+)?People['’]s\\s+Republic\\s+of\\s+China(?:['’]s|\\s+\\(PRC\\))?)|"
            + "(the\\s+United\\s+States['’]?|America['’]s|Washington['’]s|the\\s+US['’]|U\\.S\\.|US|American))\\s+"
            + "(?:(?i:" + OFFICE + ")\\s*,?\\s*(" + NAME + ")?|(" + NAME + "))(?![\\p{L}])");

    /**
     * Offices only the United States has, so they place a name on its side without a nationality word:
     * "Defense Secretary Pete Hegseth", "Secretary of State Marco Rubio", "Joint Chiefs Chairman Gen. Mark
     * Milley". Spelled the American way, since Britain has a "Defence Secretary" too.
     */
    private static final Pattern US_OFFICE = Pattern.compile("\\b(?:Secretary\\s+of\\s+(?:State|Defense|War|the\\s+"
            + "Treasury|Commerce)|(?:Defense|Treasury|Commerce|War)\\s+Secretary|Trade\\s+Representative|"
            + "(?:Joint\\s+Chiefs(?:\\s+of\\s+Staff)?\\s+Chairman|Chairman\\s+of\\s+the\\s+Joint\\s+Chiefs(?:\\s+(?:of\\s+)?Staff)?)"
            + "(?:\\s+(?:Gen\\.|General))?)\\s*,?\\s*(" + NAME + ")(?![\\p{L}])");
    /**
     * Offices only China has among the two, so they place a name on its side without a nationality word:
     * "Premier Zhou Ming", "Vice Premier Zhou Ming" (the United States has no premier).
     */
    private static final Pattern CN_OFFICE = Pattern.compile("\\b(?:(?:Vice|Executive\\s+Vice)[-\\s]+)?Premier\\s*,?\\s*("
            + NAME + ")(?![\\p{L}])");
    /** "Gen. Liu Zhenli of the People's Liberation Army": an officer of China's armed forces. */
    private static final Pattern PLA_OFFICER = Pattern.compile("\\b(?:(?:Gen\\.|General|Adm\\.|Admiral)\\s+(" + NAME
            + ")(?:,)?\\s+of\\s+(?:the\\s+|China['’]s\\s+)?(?:People['’]s\\s+Liberation\\s+Army|PLA|Chinese\\s+military|"
            + "Central\\s+Military\\s+Commission)|(?i:vice[-\\s]+chair(?:man)?)\\s+of\\s+(?:China['’]s\\s+|the\\s+)?Central\\s+"
            + "Military\\s+Commission\\s*,\\s*(?:(?:Gen\\.|General)\\s+)?(" + NAME + "))");

    /**
     * "Gen. CQ Brown Jr., the chairman of the Joint Chiefs of Staff": a name (its first name perhaps initials,
     * perhaps a "Jr.") followed by an office only the United States has, in apposition.
     */
    static final Pattern APPOSED_US_OFFICE = Pattern.compile("\\b(?:(?:Gen\\.|General|Adm\\.|Admiral)\\s+)?"
            // group 1 the name with its "Jr.", group 2 the name proper: "Charles Q. Brown Jr.", "CQ Brown"
            + "(((?:\\p{Lu}\\p{Ll}+(?:-\\p{Ll}+)?(?:\\s+\\p{Lu}\\.)?|\\p{Lu}{2,3}|\\p{Lu}\\.(?:\\s?\\p{Lu}\\.)*)\\s+"
            + "\\p{Lu}\\p{Ll}+(?:-\\p{Ll}+)?)(?:,?\\s+(?:Jr|Sr)\\.?)?),\\s+(?:the\\s+)?(?i:chairman\\s+of\\s+the\\s+joint\\s+chiefs(?:\\s+of\\s+staff)?|"
            + "secretary\\s+of\\s+(?:state|defense|war|the\\s+treasury|commerce)|(?:defense|treasury|commerce)\\s+"
            + "secretary|national\\s+security\\s+advis[eo]r)(?![\\p{L}])");

    /**
     * "Adm. Dong Jun, defense minister of China", "Zhou Ming, China's new commerce minister", "Jane Holt, the
     * American trade envoy": a name with its office in apposition, the side given by a nationality before the
     * office or "of China", "of the United States" after it. Group 1 the name, group "office" the office.
     */
    static final Pattern APPOSED_SIDE_OFFICE = Pattern.compile("\\b(?:(?:Gen\\.|General|Adm\\.|Admiral)\\s+)?("
            + NAME + "),\\s+(?:the\\s+)?(?:(China['’]s|Chinese|Beijing['’]s)\\s+|(the\\s+United\\s+States['’]|"
            + "America['’]s|Washington['’]s|U\\.S\\.|US|American)\\s+)?(?<office>(?i:" + OFFICE + "))"
            + "(?:\\s+of\\s+(?:(China|the\\s+People['’]s\\s+Republic\\s+of\\s+China|the\\s+PRC)|(the\\s+United\\s+States"
            + "(?:\\s+of\\s+America)?|the\\s+U\\.S\\.|the\\s+US|America)))?(?=\\s*(?:[,;:)\u2014\u2013]|\\.?$|\\.\\s))");

    /**
     * "President Joe Biden's climate envoy, John Podesta", "Blinken's deputy secretary, Jane Holt": an office
     * owned by a known official, then a name; the owner's side is the name's (the other side for a
     * "counterpart"). Group 1 the owner, group 2 the name.
     */
    private static final Pattern OWNED_OFFICE = Pattern.compile("\\b(\\p{Lu}\\p{Ll}+)['’]s\\s+(?i:" + OFFICE
            + ")\\s*,?\\s*(" + NAME + ")(?![\\p{L}])");

    /** An office one person holds ("new defence minister"), not a bare "Chinese counterpart". */
    private static final Pattern QUALIFIED = Pattern.compile("(?i)\\b(?:new|newly|defen[cs]e|foreign|commerce|"
            + "finance|trade|national\\s+security|state|treasury|war)\\b");

    /** The last two words, when both are capitalised: a given name and a family name. */
    private static final Pattern TRAILING_NAME = Pattern.compile(
            "\\p{Lu}\\p{Ll}+(?:-\\p{Ll}+)?\\s+\\p{Lu}\\p{Ll}+(?:-\\p{Ll}+)?$");

    private Outsiders() {
    }

    /** The outsiders of a sentence: those not overlapping a mention already found. */
    static List<PersonMention> find(String sentence, List<PersonMention> known) {
        return find(sentence, known, name -> Optional.empty());
    }

    /** The same, with the side of a known name, for offices it owns ("Biden's climate envoy, John Podesta"). */
    static List<PersonMention> find(String sentence, List<PersonMention> known,
                                    java.util.function.Function<String, Optional<Side>> sideOf) {
        List<PersonMention> found = new ArrayList<>();
        apposedWithSide(sentence, known, found);
        owned(sentence, known, sideOf, found);
        Matcher m = MENTION.matcher(sentence);
        while (m.find()) {
            Side side = m.group(1) != null ? Side.CN : Side.US;
            Optional<String> name = Optional.ofNullable(m.group(3)).or(() -> Optional.ofNullable(m.group(4)));
            boolean nameOnly = m.group(4) != null;
            boolean overlaps = known.stream().anyMatch(k -> k.start() < m.end() && m.start() < k.end())
                    || found.stream().anyMatch(k -> k.start() < m.end() && m.start() < k.end());
            boolean titledOnly = name.isEmpty() && !QUALIFIED.matcher(m.group()).find();
            if (overlaps || titledOnly || (nameOnly && !plausibleName(name.get()))
                    || name.isEmpty() && apposedToKnown(sentence, m.start(), known)) {
                continue;
            }
            found.add(new PersonMention(m.start(), m.end(), m.group(), Optional.empty(), side, Source.TITLE));
        }
        officers(sentence, US_OFFICE, Side.US, known, found);
        apposed(sentence, known, found);
        officers(sentence, PLA_OFFICER, Side.CN, known, found);
        officers(sentence, CN_OFFICE, Side.CN, known, found);
        found.sort(java.util.Comparator.comparingInt(PersonMention::start));
        return found;
    }

    private static void officers(String sentence, Pattern office, Side side, List<PersonMention> known,
                                 List<PersonMention> found) {
        Matcher m = office.matcher(sentence);
        while (m.find()) {
            int group = m.group(1) != null ? 1 : 2;
            int start = m.start();
            int end = m.end(group);
            boolean overlaps = known.stream().anyMatch(k -> k.start() < end && start < k.end())
                    || found.stream().anyMatch(k -> k.start() < end && start < k.end());
            if (!overlaps && plausibleName(m.group(group))) {
                found.add(new PersonMention(start, end, sentence.substring(start, end), Optional.empty(), side,
                        Source.TITLE));
            }
        }
    }

    /** Whole matches of {@link #APPOSED_SIDE_OFFICE} whose name is no known mention, on the one side they give. */
    private static void apposedWithSide(String sentence, List<PersonMention> known, List<PersonMention> found) {
        Matcher m = APPOSED_SIDE_OFFICE.matcher(sentence);
        while (m.find()) {
            Optional<Side> side = sideOf(m);
            boolean overlaps = known.stream().anyMatch(k -> k.start() < m.end(1) && m.start(1) < k.end());
            if (side.isPresent() && !overlaps && plausibleName(m.group(1))) {
                found.add(new PersonMention(m.start(), m.end(), m.group(), Optional.empty(), side.get(), Source.TITLE));
            }
        }
    }

    private static void owned(String sentence, List<PersonMention> known,
                              java.util.function.Function<String, Optional<Side>> sideOf, List<PersonMention> found) {
        Matcher m = OWNED_OFFICE.matcher(sentence);
        while (m.find()) {
            Optional<Side> owner = sideOf.apply(m.group(1));
            int start = m.end(1) + 2;           // the office, without its owner
            boolean overlaps = known.stream().anyMatch(k -> k.start() < m.end() && m.start(2) < k.end())
                    || found.stream().anyMatch(k -> k.start() < m.end() && start < k.end());
            if (owner.isEmpty() || overlaps || !plausibleName(m.group(2))) {
                continue;
            }
            boolean counterpart = m.group().toLowerCase(java.util.Locale.ROOT).contains("counterpart");
            Side side = counterpart ? (owner.get() == Side.US ? Side.CN : Side.US) : owner.get();
            found.add(new PersonMention(start, m.end(), sentence.substring(start, m.end()), Optional.empty(), side,
                    Source.TITLE));
        }
    }

    /** The comma (and "the") that opens an apposition, ending the text before it. */
    private static final Pattern APPOSITION_COMMA = Pattern.compile(",\\s*(?:the\\s+)?$");

    /** "Liu Zhenmin, China's new climate envoy": an office in apposition to a known name is that name's. */
    private static boolean apposedToKnown(String sentence, int start, List<PersonMention> known) {
        Matcher comma = APPOSITION_COMMA.matcher(sentence.substring(0, start));
        return comma.find() && known.stream().anyMatch(k -> k.named() && k.end() == comma.start());
    }

    /** The side an apposition gives, when it gives exactly one. */
    static Optional<Side> sideOf(Matcher apposed) {
        boolean cn = apposed.group(2) != null || apposed.group(5) != null;
        boolean us = apposed.group(3) != null || apposed.group(6) != null;
        return cn == us ? Optional.empty() : Optional.of(cn ? Side.CN : Side.US);
    }

    /** Whole matches of {@link #APPOSED_US_OFFICE} not overlapping a known mention; Newcomers reads their name. */
    private static void apposed(String sentence, List<PersonMention> known, List<PersonMention> found) {
        Matcher m = APPOSED_US_OFFICE.matcher(sentence);
        while (m.find()) {
            boolean overlaps = known.stream().anyMatch(k -> k.start() < m.end(1) && m.start() < k.end())
                    || found.stream().anyMatch(k -> k.start() < m.end() && m.start() < k.end());
            String family = m.group(2).substring(m.group(2).lastIndexOf(' ') + 1);
            if (!overlaps && plausibleName(family)) {
                found.add(new PersonMention(m.start(), m.end(), m.group(), Optional.empty(), Side.US, Source.TITLE));
            }
        }
    }

    /** An outsider given by name ("Chinese counterpart Dong Jun"), not only by office ("China's new minister"). */
    static boolean carriesName(PersonMention mention) {
        return nameOf(mention).isPresent();
    }

    /** The name of an outsider given by name ("Chinese counterpart Dong Jun"), as written. */
    static Optional<String> nameOf(PersonMention mention) {
        if (mention.named() || mention.source() != Source.TITLE) {
            return Optional.empty();
        }
        Matcher apposed = APPOSED_SIDE_OFFICE.matcher(mention.words());
        if (apposed.matches()) {
            return Optional.of(apposed.group(1));
        }
        Matcher m = TRAILING_NAME.matcher(mention.words());
        return m.find() && plausibleName(m.group()) ? Optional.of(m.group()) : Optional.empty();
    }

    /** Not a month, weekday, institution or place word: "China's Foreign Ministry" is no one. */
    static boolean plausibleName(String name) {
        return !name.matches("(?s).*\\b(?:January|February|March|April|May|June|July|August|September|October|"
                + "November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Ministry|Foreign|"
                + "Defen[cs]e|Embassy|Government|Communist|Party|Army|Navy|Coast|Guard|Commerce|Treasury|State|"
                + "Department|President|Premier|Minister|Secretary|Ambassador|Consul|House|Congress|Senate|Xinhua|Daily|Times|"
                + "Sea|Strait|Taiwan|Beijing|Washington|United|Nations|Republic|"
                + "Embassy|People|Liberation|National|Security|Council|Staff|Gen|General|"
                + "Adm|Admiral|Joint|Chiefs|Chairman|Lieutenant|Colonel|Commander|Central|Military|Commission|Committee|"
                + "Politburo|Bureau|Office|Agency|Administration|Institute|University|Bank|Forces|Force)\\b.*");
    }
}
