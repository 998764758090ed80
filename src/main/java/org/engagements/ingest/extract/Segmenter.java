package org.engagements.ingest.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.engagements.ingest.extract.Segment.Kind;

/**
 * Splits a sentence into clauses at the words that start another event or a report of one:
 * <ul>
 *   <li>reporting verbs ("said", "told … that", "suggested that", "according to …"), with a time right
 *       after them ("said on Friday") and back to the comma or quote before them; but "told his counterpart
 *       during a meeting" is the engagement itself;</li>
 *   <li>subordinators of another event: "since", "after", "following", "in the wake of", "ahead of",
 *       "before", "until", "if" ("… would respond if Pelosi visits Taiwan"), except where a time follows
 *       ("since 2018") or "since" is an adverb ("have since met"); at the start of a sentence they reach to
 *       the first comma; so do "as" and "when" opening a sentence ("As the talks were taking place, …");</li>
 *   <li>relative pronouns ("who", ", which"), and clause joiners (";", ", but", "while", "although", and
 *       "and" before a new subject: "… by phone and U.S. climate envoy John Kerry has spoken …").</li>
 * </ul>
 * Pure functions.
 */
final class Segmenter {
    private static final Keywords REPORTING = Keywords.of("(?i)\\b(?:said|says|say|told|tells|suggested|suggests|"
            + "indicated|indicates|reported|reporting|reveals|revealed|stated|added|adds|confirmed|announced|noted|"
            + "wrote|explained|insisted|warned|according\\s+to|as\\s+per)\\b", "said", "says", "say", "told", "tell",
            "suggest", "indicat", "report", "reveal", "stated", "add", "confirm", "announc", "noted", "wrote",
            "explain", "insist", "warn", "according", "as per");
    private static final Pattern TOLD_OBJECT = Pattern.compile("^\\s+(?:[\\p{L}.’'-]+\\s+){0,4}?"
            + "(?:that\\b|(?=(?:it|he|she|they|we|I)\\b))");
    /**
     * "told his counterpart Dong Jun during a meeting on Friday": the telling is the engagement, not a report
     * of something else.
     */
    private static final Pattern TOLD_DURING = Pattern.compile("(?i)^\\s+(?:[\\p{L}.’'-]+,?\\s+){1,6}?"
            + "(?:during|in|at|on|over)\\s+(?:(?:a|an|the|their|his|her|its)\\s+)?(?:[\\p{L}-]+\\s+){0,2}?"
            + "(?:meeting|talks|call|conversation|summit)\\b");
    /**
     * "told reporters in Washington on August 26 that …", "said in Beijing on Monday that …": where and when
     * something was said belong to the saying, when "that" then opens what was said.
     */
    private static final Pattern SETTING_THEN_THAT = Pattern.compile("^(?:,?\\s+(?:in|at|on|from)\\s+(?:the\\s+)?"
            + "[\\p{Lu}\\p{N}][\\p{L}\\p{N}.’'-]*(?:\\s+[\\p{Lu}\\p{N}][\\p{L}\\p{N}.’'-]*){0,2}){1,3},?\\s+that\\b");
    /**
     * "Xi warned Biden that “those who play with fire …” during their first conversation in months": what was
     * told, then the engagement it was told in, closing the sentence outside the quote. The telling is the
     * engagement.
     */
    private static final Pattern SAID_DURING = Pattern.compile("(?i)[\"”’]?\\s+(?:during|in|over|at)\\s+(?:their|a|an|the|"
            + "his|her)\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:meeting|talks|call|conversation|summit)\\b[^\"“”]*$");
    private static final Pattern NOMINAL_REPORT = Pattern.compile("(?i)\\b(announcements?|statements?|readouts?|"
            + "pledges?|assurances?|claims?)\\s+(?:by|from|of)\\s+[^,;:\"“”]{1,100}?\\s+that\\b");
    /** "talks that Bessent has said …": a relative pronoun after a noun, before a reporting verb's subject. */
    private static final Pattern RELATIVE_THAT = Pattern.compile("(?<=\\p{Ll}\\s)(?:that|which)\\s+(?=\\p{Lu})");
    private static final Pattern ONE_WORD = Pattern.compile("^\\s+[\\p{L}.’'-]+");
    private static final Pattern THAT = Pattern.compile("^\\s+that\\b");
    private static final Pattern QUOTED_AS = Pattern.compile("(?i)\\bquoted\\s+as\\s+$");
    /**
     * "Their teams meet next week to prepare for the two presidents to meet": what a meeting prepares for is
     * another, later engagement, as with "ahead of"; the date of the preparation is not its date.
     */
    private static final Keywords SUBORDINATOR = Keywords.of("(?i)\\b(?:since|after|following|in\\s+the\\s+wake\\s+of|"
            + "ahead\\s+of|before|until|prior\\s+to|if|to\\s+prepare\\s+for|to\\s+pave\\s+the\\s+way\\s+for)\\b",
            "since", "after", "following", "wake", "ahead", "before", "until", "prior", "if", "prepare", "pave");
    /** "As the talks were taking place, Trump signed …": an opening "as" or "when" clause, to the first comma. */
    private static final Pattern OPENING_AS = Pattern.compile("^[\\s\"“‘(]*(?:As|When|Even\\s+as)\\s");
    private static final Pattern ADVERB_SINCE = Pattern.compile("(?i)\\b(?:have|has|had|ever|long)\\s+$");
    private static final Pattern ADJECTIVE_FOLLOWING = Pattern.compile("(?i)\\b(?:the|a)\\s+$");
    private static final Pattern SENTENCE_START = Pattern.compile("^[\\s\"“‘(]*(?:(?:However|But|And|Meanwhile|Yet|"
            + "Still|Shortly|Soon|Just|Only|Even)[\\s,]*)?$");
    /**
     * ", who", ", which", and ", at which" after a gathering ("leaders met in Hiroshima, at which A and others
     * criticised B"): what happened at it is another clause, with its own subject.
     */
    private static final Keywords RELATIVE = Keywords.of(",\\s*(?:at\\s+which|who|which|whose)\\b|"
            + "(?<=[\\p{L}.])\\s+who\\b", "who", "which");
    private static final Keywords JOINER = Keywords.of(";|,\\s*(?:but|while|although|though|whereas)\\b|"
            + "\\s(?:while|although|whereas)\\s", ";", "but", "while", "though", "whereas");
    /**
     * "… and U.S. climate envoy John Kerry has spoken …": "and" before a new subject and its verb; so is
     * "… invited him to visit China and Trump extended an invitation for Xi …": an invitation each way is two
     * proposed visits, each by its invitee.
     */
    private static final Keywords AND_CLAUSE = Keywords.of("\\s+and\\s+(?=\\p{Lu}[\\p{L}.’'-]*\\s+"
            + "(?:[\\p{L}.’'-]+\\s+){0,5}?(?:has|have|had|will|is|was|were|would|also|invited|extended)\\b)", "and");
    /** A finite verb before such an "and": the words before it are a clause, not a list of names. */
    private static final Pattern FINITE_VERB = Pattern.compile("(?i)\\b(?:has|have|had|is|are|was|were|will|would|did|"
            + "does|met|held|spoke|said|made|took|went|communicated|visited|travell?ed|talked|agreed|invited|extended)\\b");

    /**
     * "to discuss preparations for a meeting between Trump and Xi", "laid groundwork for Biden's meeting with
     * Xi", "the words of Biden in his video conference with Xi": a noun naming an engagement with its own
     * parties, after the clause's own cue. Group 1 is a possessor's name ("Biden's"), group 2 a possessive
     * pronoun.
     */
    private static final Pattern EMBEDDED = Pattern.compile("(?:\\b(?i:a|an|the|(his|her))|(\\p{Lu}[\\p{L}-]+)['’]s)"
            + "\\s+(?:[\\p{L}\\p{N}.,’'-]+\\s+){0,4}?(?i:meeting|summit|talks|call|phone\\s+call|video\\s*-?conference|"
            + "conversation|meet-up|encounter)\\s+(?i:between|with)\\s+");
    /** "… is the first meeting between the two leaders", "marked their first talks with …": the same engagement. */
    private static final Pattern RESTATED = Pattern.compile("(?i)\\b(?:is|was|are|were|be|been|marks?|marked|"
            + "becomes?|became)\\s+$");
    /** "Biden-Xi call", "Biden–Xi summit": two names joined before an engagement noun (groups 1 and 2). */
    private static final Pattern COMPOUND = Pattern.compile("\\b(\\p{Lu}[\\p{L}’']+)\\s*[-–/]\\s*(\\p{Lu}[\\p{L}’']+)\\s+"
            + "(?i:call|meeting|summit|talks|phone\\s+call|video\\s+call|conversation)\\b");
    /** "were the first " before a compound: the clause's own engagement restated. */
    private static final Pattern RESTATED_COMPOUND = Pattern.compile("(?i)\\b(?:is|was|are|were|be|been|marks?|"
            + "marked|becomes?|became)\\s+(?:a|an|the|their|his|her|its)\\s+(?:[\\p{L}-]+\\s+)?$");
    /** "a " before a compound: its cue ("a Biden-Xi call") goes with it. */
    private static final Pattern DETERMINER_BEFORE = Pattern.compile("(?i)\\b(?:a|an|the)\\s+$");
    /** ", their first " before a compound: an apposition restating the clause's own engagement. */
    private static final Pattern APPOSED_COMPOUND = Pattern.compile(",\\s*(?:(?:a|an|the|their|his|her|its)\\s+)?"
            + "(?:[\\p{L}-]+\\s+)?$");
    /** The marker of a clause {@link #embedded} cut out of another. */
    static final String EMBEDDED_MARKER = "engagement with its own parties";
    /** How far after "between"/"with" the embedded engagement's first party must begin. */
    private static final int PARTY_REACH = 40;
    /** How far before "his"/"her" the name it means may end: "Biden in his", "Biden, during her". */
    private static final int PRONOUN_REACH = 16;

    /** Where a clause starts, its kind, and where it must end (-1 when at the next marker). */
    private record Marker(int start, int fixedEnd, Kind kind, String words) {
    }

    private Segmenter() {
    }

    /** The clauses of a sentence, in order, covering it; {@code times} are the time expressions in it. */
    static List<Segment> split(String sentence, List<TemporalResolver.Found> times) {
        List<Marker> markers = new ArrayList<>();
        String lowerCase = sentence.toLowerCase(Locale.ROOT);
        reporting(sentence, lowerCase, times, markers);
        nominalReports(sentence, markers);
        subordinate(sentence, lowerCase, times, markers);
        simple(sentence, lowerCase, RELATIVE, Kind.RELATIVE, markers);
        simple(sentence, lowerCase, JOINER, Kind.MAIN, markers);
        andClauses(sentence, lowerCase, markers);
        return segments(sentence, withoutNested(markers));
    }

    /**
     * Cuts out of each clause an engagement that a noun names with its own parties after the clause's own cue
     * ({@link #EMBEDDED}): from there to the clause's end is a reference clause, so its parties are not the
     * clause's participants. It starts at the possessor ("Biden's meeting with Xi"), or at the person a
     * possessive pronoun means when named after the clause's cue ("Biden in his call with Xi"). Not after a
     * comma: "…, their first meeting with each other" restates the clause's own engagement.
     */
    static List<Segment> embedded(String sentence, List<Segment> segments, List<Cues.Cue> cues,
                                  List<PersonMention> people) {
        List<Segment> result = new ArrayList<>();
        for (Segment segment : segments) {
            Segment rest = segment;
            // the engagement cut out may itself name another: "the conversation between A and B was to discuss
            // a meeting between C and D"
            while (rest.kind() != Kind.REPORTING) {
                int cut = cut(sentence, rest, cues, people);
                if (cut <= rest.start() || cut >= rest.end()) {
                    break;
                }
                result.add(new Segment(rest.start(), cut, rest.kind(), rest.marker()));
                rest = new Segment(cut, rest.end(), Kind.REFERENCE, EMBEDDED_MARKER);
            }
            result.add(rest);
        }
        return List.copyOf(result);
    }

    private static int cut(String sentence, Segment segment, List<Cues.Cue> cues, List<PersonMention> people) {
        int firstCueEnd = cues.stream().filter(c -> segment.contains(c.start(), c.end()))
                .mapToInt(Cues.Cue::end).min().orElse(-1);
        if (firstCueEnd < 0) {
            return -1;
        }
        Matcher m = EMBEDDED.matcher(sentence).region(firstCueEnd, segment.end());
        while (m.find()) {
            int start = m.start();
            int after = m.end();
            boolean partyFollows = people.stream().anyMatch(p -> p.named() && p.start() >= after
                    && (p.source() == PersonMention.Source.NAME || p.source() == PersonMention.Source.TITLE)
                    && p.start() - after <= PARTY_REACH && p.end() <= segment.end()
                    && sentence.substring(after, p.start()).indexOf(',') < 0);
            String before = sentence.substring(segment.start(), start);
            if (!partyFollows || before.stripTrailing().endsWith(",") || RESTATED.matcher(before).find()) {
                continue;
            }
            if (m.group(2) != null) {
                start = people.stream().filter(p -> p.start() <= m.start(2) && p.end() >= m.end(2))
                        .mapToInt(PersonMention::start).min().orElse(start);
            } else if (m.group(1) != null) {
                // "the words of Biden in his call with Xi": the name just before the pronoun is whose call it is
                int from = start;
                start = people.stream().filter(p -> p.source() == PersonMention.Source.NAME && p.end() <= from
                                && p.start() >= firstCueEnd && from - p.end() <= PRONOUN_REACH)
                        .mapToInt(PersonMention::start).max().orElse(start);
            }
            return start > firstCueEnd ? start : -1;
        }
        return compound(sentence, segment, firstCueEnd, people);
    }

    /**
     * "Sullivan trip sets up Biden-Xi call": a compound of two names before an engagement noun, after the
     * clause's own cue, names another engagement with its parties; it starts at the first name. Not after a
     * copula ("the talks were the first Biden-Xi meeting") or a comma ("…, their first Biden-Xi meeting").
     */
    private static int compound(String sentence, Segment segment, int firstCueEnd, List<PersonMention> people) {
        Matcher m = COMPOUND.matcher(sentence).region(firstCueEnd, segment.end());
        while (m.find()) {
            int first = m.start(1);
            int second = m.start(2);
            boolean named = people.stream().anyMatch(p -> p.named() && p.start() == first)
                    && people.stream().anyMatch(p -> p.named() && p.start() <= second && p.end() >= m.end(2));
            String before = sentence.substring(segment.start(), m.start());
            boolean apposed = APPOSED_COMPOUND.matcher(before).find();
            if (named && !apposed && !RESTATED.matcher(before).find() && !RESTATED_COMPOUND.matcher(before).find()) {
                Matcher article = DETERMINER_BEFORE.matcher(before);
                return article.find() ? segment.start() + article.start() : first;
            }
        }
        return -1;
    }

    private static void reporting(String sentence, String lowerCase, List<TemporalResolver.Found> times,
                                  List<Marker> markers) {
        Matcher m = REPORTING.matcher(sentence, lowerCase);
        while (m.find()) {
            if (QUOTED_AS.matcher(PersonFinder.tail(sentence, m.start())).find()) {
                continue;
            }
            String verb = m.group().toLowerCase(Locale.ROOT);
            if ((verb.equals("told") || verb.startsWith("tel") || verb.equals("warned"))
                    && (TOLD_DURING.matcher(sentence.substring(m.end())).lookingAt()
                    || SAID_DURING.matcher(sentence.substring(m.end())).find())) {
                continue;
            }
            int end = verb.startsWith("according") || verb.startsWith("as") ? attributionEnd(sentence, m)
                    : reportEnd(sentence, m.end(), verb, times);
            markers.add(new Marker(clauseStart(sentence, m.start()), end, Kind.REPORTING, m.group()));
        }
    }

    /**
     * "…, according to officials" reaches to the end of the sentence; an opening "According to Xinhua, Xi
     * warned Biden …" only to its first comma: what follows is the report itself, attributed.
     */
    private static int attributionEnd(String sentence, Matcher m) {
        int comma = sentence.indexOf(',', m.end());
        boolean opening = SENTENCE_START.matcher(sentence.substring(0, m.start())).matches();
        return opening && comma > 0 ? comma + 1 : sentence.length();
    }

    /**
     * "the announcement by Biden and Xi in November that both sides will resume calls between theater
     * commanders": a report named by a noun, whose "that" opens what was announced; those who announced are
     * not those who will meet.
     */
    private static void nominalReports(String sentence, List<Marker> markers) {
        Matcher m = NOMINAL_REPORT.matcher(sentence);
        while (m.find()) {
            markers.add(new Marker(clauseStart(sentence, m.start()), m.end(), Kind.REPORTING, m.group(1)));
        }
    }

    /** After the verb: the person told, a time ("said on Friday"), and "that". */
    private static int reportEnd(String sentence, int verbEnd, String verb, List<TemporalResolver.Found> times) {
        int end = verbEnd;
        if (verb.startsWith("tel") || verb.equals("told")) {
            Matcher object = TOLD_OBJECT.matcher(sentence.substring(end));
            Matcher word = ONE_WORD.matcher(sentence.substring(end));
            end += object.find() ? object.end() : word.find() ? word.end() : 0;
        }
        for (TemporalResolver.Found time : times) {
            if (time.start() >= end && sentence.substring(end, time.start()).isBlank()) {
                end = time.end();
            }
        }
        Matcher setting = SETTING_THEN_THAT.matcher(sentence.substring(end));
        if (setting.lookingAt()) {
            return end + setting.end();
        }
        Matcher that = THAT.matcher(sentence.substring(end));
        return that.find() ? end + that.end() : end;
    }

    /**
     * A reporting clause starts after the last comma, quote, colon or semicolon before its verb, or at a
     * relative "that"/"which" nearer to it: in "X and Y were meeting for two days of talks that Bessent has
     * said will …", the saying is Bessent's, not the meeting's.
     */
    private static int clauseStart(String sentence, int verbStart) {
        int relative = -1;
        Matcher m = RELATIVE_THAT.matcher(sentence).region(0, verbStart);
        while (m.find()) {
            relative = m.start();
        }
        for (int i = verbStart - 1; i >= 0; i--) {
            if (",;:“”\"".indexOf(sentence.charAt(i)) >= 0) {
                return Math.max(i + 1, relative);
            }
        }
        return Math.max(0, relative);
    }

    private static void subordinate(String sentence, String lowerCase, List<TemporalResolver.Found> times,
                                    List<Marker> markers) {
        Matcher m = SUBORDINATOR.matcher(sentence, lowerCase);
        while (m.find()) {
            String before = PersonFinder.tail(sentence, m.start());
            String word = m.group().toLowerCase(Locale.ROOT);
            boolean timeFollows = times.stream().anyMatch(t -> t.start() >= m.start() && t.start() <= m.end() + 1);
            if (timeFollows || (word.equals("since") && ADVERB_SINCE.matcher(before).find())
                    || (word.equals("following") && ADJECTIVE_FOLLOWING.matcher(before).find())) {
                continue;
            }
            int comma = sentence.indexOf(',', m.end());
            boolean opening = SENTENCE_START.matcher(sentence.substring(0, m.start())).matches();
            int fixedEnd = opening && comma > 0 ? comma : -1;
            markers.add(new Marker(m.start(), fixedEnd, Kind.REFERENCE, m.group()));
        }
        Matcher as = OPENING_AS.matcher(sentence);
        int comma = sentence.indexOf(',');
        if (as.lookingAt() && comma > as.end()) {
            markers.add(new Marker(as.end() - as.group().stripLeading().length(), comma, Kind.REFERENCE,
                    as.group().strip()));
        }
    }

    private static void simple(String sentence, String lowerCase, Keywords pattern, Kind kind, List<Marker> markers) {
        Matcher m = pattern.matcher(sentence, lowerCase);
        while (m.find()) {
            markers.add(new Marker(m.start(), -1, kind, m.group().strip()));
        }
    }

    private static void andClauses(String sentence, String lowerCase, List<Marker> markers) {
        Matcher m = AND_CLAUSE.matcher(sentence, lowerCase);
        while (m.find()) {
            if (FINITE_VERB.matcher(sentence.substring(0, m.start())).find()) {
                markers.add(new Marker(m.start(), -1, Kind.MAIN, "and"));
            }
        }
    }

    /** Markers inside a reporting clause ("according to people who …") belong to it. */
    private static List<Marker> withoutNested(List<Marker> markers) {
        markers.sort(Comparator.comparingInt(Marker::start).thenComparing(m -> m.kind() != Kind.REPORTING));
        List<Marker> kept = new ArrayList<>();
        int coveredTo = -1;
        for (Marker marker : markers) {
            if (marker.start() < coveredTo) {
                continue;
            }
            kept.add(marker);
            if (marker.kind() == Kind.REPORTING) {
                coveredTo = marker.fixedEnd();
            }
        }
        return kept;
    }

    private static List<Segment> segments(String sentence, List<Marker> markers) {
        List<Segment> segments = new ArrayList<>();
        int position = 0;
        Kind kind = Kind.MAIN;
        String words = "";
        int fixedEnd = -1;
        for (Marker marker : markers) {
            if (fixedEnd >= 0 && fixedEnd <= marker.start()) {
                add(segments, position, fixedEnd, kind, words);
                position = fixedEnd;
                kind = Kind.MAIN;
                words = "";
            }
            add(segments, position, marker.start(), kind, words);
            position = marker.start();
            kind = marker.kind();
            words = marker.words();
            fixedEnd = marker.fixedEnd();
        }
        if (fixedEnd >= 0 && fixedEnd < sentence.length()) {
            add(segments, position, fixedEnd, kind, words);
            position = fixedEnd;
            kind = Kind.MAIN;
            words = "";
        }
        add(segments, position, sentence.length(), kind, words);
        return List.copyOf(segments);
    }

    private static void add(List<Segment> segments, int start, int end, Kind kind, String words) {
        if (end > start) {
            segments.add(new Segment(start, end, kind, words));
        }
    }
}
