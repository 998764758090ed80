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
import java.util.stream.Collectors;
import org.engagements.data.Mode;
import org.engagements.data.Place;
import org.engagements.data.Side;
import org.engagements.data.Status;
import org.engagements.ingest.extract.Evidence.Field;

/**
 * Turns one clause into candidate engagements. A clause is an engagement when it has a cue (meet, talks,
 * call, visit, …) and either a US and a Chinese participant (one of them may be an unnamed counterpart),
 * or officials of one side going to the other side's country ("Kerry … in Shanghai", "Wang Yi … in
 * Washington"). When one side is missing, the first official of that side the sentence names directly
 * fills it ("… after a planned call with Xi", with Biden the sentence's subject), except for a trip to
 * the other side's country, which stands alone. A trip with several travellers joined by "and" ("Blinken,
 * Yellen, Raimondo and Kerry travelled to Beijing") is one candidate per traveller; "Blinken or
 * Sullivan" stays one. A clause that denies the engagement ("did not meet") gives nothing.
 */
final class EventBuilder {
    private static final Pattern EXCLUDED_BEFORE = Pattern.compile("(?i)\\b(?:aside\\s+from|apart\\s+from|except"
            + "(?:\\s+for)?|other\\s+than|besides|without|instead\\s+of|rather\\s+than)\\s+"
            + "(?:[\\p{L}.’'-]+\\s+){0,3}$");
    private static final Pattern THEIR_EVENT = Pattern.compile("(?i)\\b(?:their|they)\\s+(?:[\\p{L}-]+\\s+){0,2}?"
            + "(?:meeting|meetings|talks|call|summit|visit|trip|exchange|encounter|met|spoke|talked)\\b");
    private static final Pattern BACKGROUND = Pattern.compile("(?i)\\b(?:last\\s+(?:met|spoke|spoken|talked|visited|"
            + "held)|(?:their|the)\\s+(?:last|previous|prior|earlier)\\s+(?:[\\p{L}-]+\\s+)?(?:meeting|talks|call|"
            + "summit|visit|encounter)|as\\s+they\\s+did|(?:a|one)\\s+year\\s+after\\s+their)\\b");
    /**
     * "… other contacts in recent months, including visits by A in June and B in July": engagements listed
     * as context for the news are earlier ones, whatever the tense of the sentence that lists them.
     */
    private static final Pattern CONTEXT_LIST = Pattern.compile("(?i)\\b(?:in|over|during)\\s+(?:the\\s+)?"
            + "(?:recent|past|last|previous)\\s+(?:few\\s+|several\\s+|two\\s+|three\\s+)?(?:months|weeks)\\b"
            + "[^.;:]*?\\bincluding\\b");
    /**
     * "The two sides have agreed to hold …" opening a sentence: the sides of the engagement just before. Not
     * "… since the two sides had a testy encounter", where they are the two countries.
     */
    private static final Pattern TWO_SIDES = Pattern.compile("^[\\s\"“‘(]*(?:The\\s+two\\s+sides|Both\\s+sides)\\b");
    /**
     * "… during Podesta's upcoming travel to China", "a visit by Jane Holt": the clause names someone else's
     * engagement (a name the vocabulary may lack), so "both sides" do not take part in it.
     */
    private static final Pattern OTHER_PARTY = Pattern.compile("(?<![\\p{L}.])(\\p{Lu}[\\p{L}-]+)['’]s\\s|"
            + "(?i:visit|visits|trip|travel|meeting|talks|call)\\s+(?i:by|of|from)\\s+(?:[\\p{Lu}.]+\\s+)?(\\p{Lu}[\\p{L}-]+)");
    private static final Pattern MONTH_OR_DAY = Pattern.compile("(?:January|February|March|April|May|June|July|August|"
            + "September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Today)");
    /**
     * "The second call took place on Jan. 8", "The meeting was held at a hotel": an engagement named only by
     * its noun, opening the clause, with a verb that says it happened. Group 1 is an ordinal, if any.
     */
    private static final Pattern NAMED_BACK = Pattern.compile("(?i)^[\\s\"“‘(]*(?:the|that|this)\\s+"
            + "(?:(first|second|third|fourth|fifth|last|latest|final|next|other)\\s+)?(?:[\\p{L}-]+\\s+)?"
            + "(call|meeting|talks|summit|visit|trip|conversation)\\s+(?:took\\s+place|happened|occurred|"
            + "(?:was|were)\\s+held|(?:will|would|is\\s+to|are\\s+to|is\\s+set\\s+to|is\\s+due\\s+to)\\s+"
            + "(?:take\\s+place|be\\s+held)|(?:is|are)\\s+(?:scheduled|set|slated|planned)\\s+for)\\b");
    /** "the White House is ready for a meeting": one side's offer, a proposal (coding guide). */
    private static final Pattern OFFER = Pattern.compile("(?i)\\b(?:is|are|was|were|be|remains?)\\s+"
            + "(?:ready|open|willing)\\s+(?:for|to)\\b");
    /** What joins the two principals of a compound: "Biden-Xi", "Biden–Xi", "Biden/Xi", "Biden and Xi". */
    private static final Pattern COMPOUND_JOIN = Pattern.compile("\\s*(?:-|–|—|/)\\s*|\\s+and\\s+");
    private static final Pattern HOPED = Pattern.compile("(?i)\\b(?:hope|hoped|hopes|hoping|wished|wishes)\\b");
    /** "is meeting", and in a report's past "were meeting": under way when the article was written. */
    private static final Pattern UNDER_WAY = Pattern.compile("(?i)\\b(?:is|are|was|were)\\s+(?:now\\s+|currently\\s+|"
            + "still\\s+)?(?:meeting|visiting|touring|hosting|holding\\s+talks|in\\s+talks)\\b");
    /**
     * "US Ambassador to China Nicholas Burns", "the Chinese ambassador": an ambassador is no principal (coding
     * guide), so a contact with one is no engagement, and the side is not to be filled with someone else.
     */
    private static final Pattern AMBASSADOR = Pattern.compile("\\b(?:(US|U\\.S\\.|American|United\\s+States)|"
            + "(Chinese|China['’]s|Beijing['’]s))\\s+(?i:ambassador|consul)");
    /** "a summit between Trump and Xi": an engagement named with both its parties. */
    private static final Pattern PARTIES = Pattern.compile("(?i)\\b(?:summit|meeting|talks|call|meet-up|encounter)\\s+"
            + "between\\s+[^,;:]+?\\s+and\\s+[^,;:]+?(?=[,;:.]|\\s+(?:to|in|on|at|for|that|which|who)\\b|$)");
    private static final Pattern OR = Pattern.compile("(?i)\\s+or\\s+");
    /** "… came following", "comes just after": the marker's clause happened right before what came. */
    private static final Pattern CAME = Pattern.compile("(?i)\\b(?:came|comes)\\s+(?:just\\s+|shortly\\s+|right\\s+)?$");
    /**
     * "a series of other talks", "several rounds of meetings", "a string of calls", "other talks": a plural
     * or collective reference names no single engagement (coding guide: counts that name no engagement).
     */
    private static final Pattern COLLECTIVE = Pattern.compile("(?i)\\b(?:(?:a\\s+)?(?:series|string|spate|flurry|"
            + "number|succession)\\s+of|(?:several|multiple|numerous|many|various|a\\s+few|repeated)(?:\\s+rounds\\s+of)?|"
            + "rounds\\s+of|other)\\s+(?:[\\p{L}.’'–-]+\\s+){0,3}?$");
    private static final Pattern PLURAL_CUE = Pattern.compile("(?i)(?:talks|consultations|meetings|calls|visits|trips|"
            + "summits|dialogues|conversations|exchanges)");
    /**
     * "Joe Biden's concerns", "Blinken's top aide": a possessive name owns something other than the trip, so
     * its bearer is not the one travelling; "Blinken's trip to China", "Yellen's upcoming visit" keep theirs.
     */
    private static final Pattern POSSESSIVE = Pattern.compile("^['’]s?\\s");
    private static final Pattern OWN_TRIP = Pattern.compile("(?i)^['’]s?\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:trip|trips|"
            + "visit|visits|travel|travels|tour|journey|arrival|stay|mission|delegation)\\b");
    /**
     * "An official announced that …", "the ministry said …", "told reporters on Friday that …": the words just
     * before a clause that make it what was reported (the segmenter ends a reporting clause there).
     */
    private static final Pattern REPORTED = Pattern.compile("(?i)\\b(?:said|says|say|told|tells|announced|announces|"
            + "confirmed|confirms|stated|states|added|adds|noted|notes|reported|indicated|revealed|explained|wrote|"
            + "insisted)\\b(?:[^,;:.\"“”]{0,80}?\\bthat)?[\\s,]*$");
    /**
     * "preparations for a meeting between Trump and Xi", "laid the groundwork for Biden's meeting with Xi",
     * "set the stage for": an engagement named with its own parties that another one prepares is still to come.
     */
    private static final Pattern PREPARED_FOR = Pattern.compile("(?i)\\b(?:prepar\\w*|groundwork|stage|way|ground)"
            + "\\s+for\\s*$");
    /** A condition in the clause's sentence after it begins: "would meet Xi if …" stays a proposal. */
    private static final Pattern CONDITION = Pattern.compile("(?i)\\b(?:if|unless|provided|as\\s+long\\s+as)\\b");
    private static final int ANTECEDENT_REACH = 40;
    /** How long before publication an engagement after "after" is old news rather than the news. */
    private static final int BACKGROUND_DAYS = 31;
    /** Enough text before a name for "aside from John F. Kerry". */
    private static final int LOOK_BACK = 60;

    private final LocalDate published;
    private final PlaceFinder places;

    /** The sentence's clauses {@link Segmenter#embedded} cut out: their parties fill no other clause's side. */
    private List<Segment> cutOut = List.of();

    /** The clauses of the sentence about to be built; those cut out keep their people to themselves. */
    void clauses(List<Segment> segments) {
        cutOut = segments.stream().filter(s -> s.marker().equals(Segmenter.EMBEDDED_MARKER)).toList();
    }

    EventBuilder(LocalDate published, PlaceFinder places) {
        this.published = published;
        this.places = places;
    }

    /** The candidates of one clause; {@code previous} is the last engagement found before it. */
    List<Candidate> build(SentenceFacts facts, Segment segment, Optional<Candidate> previous, Set<Integer> consumed) {
        List<Cues.Cue> cues = facts.cuesIn(segment.start(), segment.end());
        String clause = segment.text(facts.text());
        Optional<StatusCues.Finding> finding = StatusCues.find(clause, reported(facts.text(), segment));
        if (cues.isEmpty() || denied(clause, finding)) {
            return List.of();
        }
        List<PersonMention> people = participants(facts, segment);
        Whereabouts where = place(facts, segment);
        if (where.venue().isEmpty() && (cues.stream().allMatch(c -> collective(facts.text(), segment, c))
                || repeated(clause, finding))) {
            return List.of();
        }
        // "their meeting" is the previous engagement's people only when the clause names no one itself
        Optional<Candidate> inherited = people.isEmpty() ? inherited(facts, segment, clause, previous)
                : Optional.empty();
        Optional<Candidate> namedBack = people.isEmpty() && inherited.isEmpty()
                ? namedBack(clause, previous.filter(p -> near(p, facts)), where)
                : Optional.empty();
        Optional<Candidate> offered = people.isEmpty() && inherited.isEmpty() && namedBack.isEmpty()
                ? offered(facts, segment, clause, finding, previous) : Optional.empty();
        Sides sides = Sides.of(people, inherited.or(() -> namedBack).or(() -> offered));
        if (sides.oneSideOnly() && ambassadorOfOtherSide(clause, sides)) {
            return List.of();
        }
        if (sides.oneSideOnly() && !where.abroadFor(sides)) {
            sides = sides.filledFrom(available(facts, segment));
        }
        if (!sides.qualifies(where) || possessorsOnly(facts.text(), people, sides, where)) {
            return List.of();
        }
        Optional<String> listed = contextList(facts, people);
        boolean prepared = preparedFor(facts.text(), segment);
        Tense tense = listed.isPresent() || finding.filter(f -> planOfThePast(facts.text(), f)).isPresent()
                ? Tense.PAST : prepared ? Tense.FUTURE
                : finding.map(f -> StatusCues.tense(f.status()))
                .orElse(offered.isPresent() ? Tense.FUTURE : referenceTense(segment));
        Optional<TemporalExpression> date = date(facts, segment, tense, consumed).or(() -> underWay(clause))
                .or(() -> cameAfter(facts, segment, consumed));
        Optional<Status> status = listed.isPresent() ? Optional.of(Status.HELD)
                : prepared ? Optional.of(Status.PLANNED)
                : finding.map(StatusCues.Finding::status).or(() -> offered.map(o -> Status.PROPOSED))
                .or(() -> statusWithoutCue(date, segment));
        Evidence evidence = evidence(facts, people, cues, finding, date, where)
                .with(Field.BACKGROUND, listed.or(() -> background(segment, clause, date)).orElse(""));
        Candidate candidate = candidate(facts, sides, cues, where, clause, status, date, evidence);
        if (namedBack.isPresent() && !NAMED_BACK.matcher(clause).results().findFirst()
                .map(r -> r.group(1) != null).orElse(false)) {
            candidate = sameAs(candidate, namedBack.get());
        }
        List<Candidate> each = travellers(candidate, people, cues, where, facts.text());
        return each.size() < 2 ? each
                : each.stream().map(c -> ownDate(c, facts, segment, people, tense, consumed)).toList();
    }

    /**
     * "visits by Blinken in June, Yellen in July and Raimondo in August": once a trip is split by traveller,
     * each takes the time expression that follows their own name, before the next traveller's, if there is one.
     */
    private Candidate ownDate(Candidate c, SentenceFacts facts, Segment segment, List<PersonMention> people,
                              Tense tense, Set<Integer> consumed) {
        List<PersonMention> named = people.stream().filter(PersonMention::named).toList();
        List<String> side = c.us().isEmpty() ? c.cn() : c.us();
        if (side.size() != 1 || named.stream().map(PersonMention::id).distinct().count() < 2) {
            return c;
        }
        Optional<PersonMention> own = named.stream().filter(p -> p.id().equals(side.get(0))).findFirst();
        if (own.isEmpty()) {
            return c;
        }
        int from = own.get().end();
        int to = named.stream().filter(p -> p.start() >= from).mapToInt(PersonMention::start).min()
                .orElse(segment.end());
        Optional<TemporalExpression> date = facts.times().stream()
                .filter(t -> t.start() >= from && t.end() <= to && segment.contains(t.start(), t.end())
                        && !consumed.contains(t.start()))
                .flatMap(t -> t.resolve(published, tense).stream()).findFirst();
        return date.map(c::withDate).orElse(c);
    }

    /**
     * A plural cue after "a series of", "several rounds of", "other" …: no single engagement, unless the clause
     * places it ("several rounds of meetings … in Malta" are one engagement there).
     */
    private static boolean collective(String text, Segment segment, Cues.Cue cue) {
        return PLURAL_CUE.matcher(cue.words()).matches()
                && COLLECTIVE.matcher(text.substring(segment.start(), cue.start())).find();
    }

    /**
     * "He has spoken to his Chinese counterpart several times", "the two have met repeatedly", "A visited
     * Beijing on several occasions": a held verb counted over many times names no single engagement (coding
     * guide: counts that name no engagement), whatever else the clause adds.
     */
    private static final Pattern REPEATED = Pattern.compile("(?i)\\b(?:(?:several|many|multiple|numerous|"
            + "countless|a\\s+number\\s+of|a\\s+few|dozens\\s+of)\\s+times|repeatedly|on\\s+(?:several|many|"
            + "multiple|numerous|a\\s+few)\\s+occasions)\\b");

    private static boolean repeated(String clause, Optional<StatusCues.Finding> finding) {
        if (finding.isEmpty() || finding.get().status() != Status.HELD) {
            return false;
        }
        Matcher m = REPEATED.matcher(clause);
        int verb = clause.indexOf(finding.get().words());
        return m.find() && verb >= 0 && m.start() > verb && m.start() - verb < 80;
    }

    /** For a clause with a cue but nobody in it: what it says, to complete the next sentence's engagement. */
    Optional<Context> context(SentenceFacts facts, Segment segment, Set<Integer> consumed) {
        List<Cues.Cue> cues = facts.cuesIn(segment.start(), segment.end());
        if (cues.isEmpty() || segment.kind() == Segment.Kind.REPORTING
                || !facts.peopleIn(segment.start(), segment.end()).isEmpty()) {
            return Optional.empty();
        }
        String clause = segment.text(facts.text());
        Optional<StatusCues.Finding> finding = StatusCues.find(clause);
        if (denied(clause, finding) || listsSeveral(facts, segment)) {
            return Optional.empty();
        }
        Tense tense = finding.map(f -> StatusCues.tense(f.status())).orElse(referenceTense(segment));
        Whereabouts where = place(facts, segment);
        Optional<Mode> remote = Cues.remoteMode(cues);
        Optional<String> occasion = remote.isPresent() ? Optional.empty() : Cues.occasion(clause);
        Optional<Mode> mode = remote.or(() -> occasion.map(o -> Mode.MULTILATERAL));
        return Optional.of(new Context(facts.sentence().paragraph(), finding.map(StatusCues.Finding::status), mode,
                where.venue(), where.country(), occasion.orElse(""), date(facts, segment, tense, consumed)));
    }

    /** An engagement named with its own parties ({@link Segmenter#embedded}) that the words before it prepare. */
    private static boolean preparedFor(String sentence, Segment segment) {
        return segment.marker().equals(Segmenter.EMBEDDED_MARKER)
                && PREPARED_FOR.matcher(sentence.substring(0, segment.start())).find();
    }

    /**
     * "Previous talks took place in 2022 in Bali and in 2023 near San Francisco": a clause with two different
     * times joined by "and" lists engagements, one per time; it is no single context (date, venue, gathering)
     * for the next sentence's engagement.
     */
    private static boolean listsSeveral(SentenceFacts facts, Segment segment) {
        List<TemporalResolver.Found> times = facts.times().stream()
                .filter(t -> segment.contains(t.start(), t.end()) && t.alternative().isEmpty()).toList();
        for (int i = 0; i + 1 < times.size(); i++) {
            TemporalResolver.Found a = times.get(i);
            TemporalResolver.Found b = times.get(i + 1);
            boolean apart = a.expression().end().isBefore(b.expression().start())
                    || b.expression().end().isBefore(a.expression().start());
            if (apart && AND.matcher(facts.text().substring(a.end(), b.start())).find()) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern AND = Pattern.compile("(?i)\\band\\b");

    /** Whether the clause is what a reporting verb just before it said, with no condition attached. */
    private static boolean reported(String sentence, Segment segment) {
        return REPORTED.matcher(sentence.substring(0, segment.start())).find()
                && !CONDITION.matcher(sentence.substring(segment.start())).find();
    }

    /**
     * "did not meet" denies the engagement; "said he hoped his next meeting with Xi would be face to face" or
     * "hopes to meet Xi soon" only hopes for one, which the coding guide does not count (unless the clause
     * reports it held or refused).
     */
    private static boolean denied(String clause, Optional<StatusCues.Finding> finding) {
        boolean refused = finding.map(f -> StatusClass.of(f.status()) == StatusClass.REFUSED).orElse(false);
        boolean held = finding.map(f -> StatusClass.of(f.status()) == StatusClass.HELD).orElse(false);
        return !refused && (StatusCues.negation(clause).isPresent() || (!held && HOPED.matcher(clause).find()));
    }

    /**
     * ", a key adviser to Beijing's lead negotiator ", ", the deputy of ": the opening of an apposition that
     * describes the name before it by its relation to someone else (group 1 ends right before that person).
     */
    private static final Pattern RELATION_APPOSITION = Pattern.compile("\\p{Lu}[\\p{L}.’'-]*,\\s+(?i:a|an|the)\\s+"
            + "(?:[\\p{L}.’'-]+\\s+){0,5}?(?i:to|of|for)\\s+(?:[\\p{L}.’'-]+\\s+){0,4}?$");

    /**
     * "Li Chenggang, a key advisor to Beijing's lead negotiator He Lifeng, is to meet Greer": someone an
     * apposition names to describe the name before it takes no part; the apposition's head does.
     */
    private static boolean inApposition(String text, PersonMention person) {
        String before = text.substring(Math.max(0, person.start() - LOOK_BACK * 2), person.start());
        int comma = before.lastIndexOf(',');
        if (comma < 0 || !text.substring(person.end()).matches("(?s)^\\s*[,)].*")) {
            return false;
        }
        return RELATION_APPOSITION.matcher(before).find();
    }

    private static List<PersonMention> participants(SentenceFacts facts, Segment segment) {
        List<PersonMention> people = new ArrayList<>();
        if (segment.kind() == Segment.Kind.RELATIVE) {
            antecedent(facts, segment).ifPresent(people::add);
        }
        boolean embedded = segment.marker().equals(Segmenter.EMBEDDED_MARKER);
        for (PersonMention person : facts.peopleIn(segment.start(), segment.end())) {
            if (embedded && person.source() == PersonMention.Source.PRONOUN && !people.isEmpty()) {
                continue; // "Biden in his call with Xi": the pronoun is the name before it
            }
            String before = facts.text().substring(Math.max(segment.start(), person.start() - LOOK_BACK),
                    person.start());
            if (!EXCLUDED_BEFORE.matcher(before).find() && !inApposition(facts.text(), person)) {
                people.add(person);
            }
        }
        return people;
    }

    /** "John Kerry, the climate negotiator who met …": the person just before a relative clause. */
    private static Optional<PersonMention> antecedent(SentenceFacts facts, Segment segment) {
        return facts.people().stream().filter(p -> p.end() <= segment.start() && p.named())
                .filter(p -> segment.start() - p.end() <= ANTECEDENT_REACH)
                .max(Comparator.comparingInt(PersonMention::end));
    }

    /**
     * Officials of the sentence who may fill a clause's missing side: not those of another clause's own
     * engagement ("… after missing a goal for a summit between Trump and Xi": Xi is Trump's party there).
     */
    private List<PersonMention> available(SentenceFacts facts, Segment segment) {
        List<int[]> taken = new ArrayList<>();
        for (Segment other : cutOut) {
            if (other.start() >= segment.end() || other.end() <= segment.start()) {
                taken.add(new int[] {other.start(), other.end()});
            }
        }
        Matcher m = PARTIES.matcher(facts.text());
        while (m.find()) {
            if (m.start() >= segment.end() || m.end() <= segment.start()) {
                taken.add(new int[] {m.start(), m.end()});
            }
        }
        return facts.people().stream().filter(p -> !inApposition(facts.text(), p))
                .filter(p -> taken.stream().noneMatch(t -> p.start() >= t[0] && p.end() <= t[1])).toList();
    }

    /**
     * A trip to the other side's country whose side is named only by possessives of something else ("in a
     * sign of Joe Biden's concerns"): nobody named is the traveller.
     */
    private static boolean possessorsOnly(String text, List<PersonMention> people, Sides sides, Whereabouts where) {
        if (!sides.oneSideOnly() || !where.abroadFor(sides)) {
            return false;
        }
        Side going = sides.usPresent() ? Side.US : Side.CN;
        List<PersonMention> named = people.stream().filter(p -> p.side() == going).toList();
        return !named.isEmpty() && named.stream().allMatch(p -> {
            String after = text.substring(p.end());
            return POSSESSIVE.matcher(after).lookingAt() && !OWN_TRIP.matcher(after).lookingAt();
        });
    }

    /** The clause's other party is an ambassador of the side it lacks: a diplomat's contact, not an engagement. */
    private static boolean ambassadorOfOtherSide(String clause, Sides sides) {
        Side missing = sides.usPresent() ? Side.CN : Side.US;
        Matcher m = AMBASSADOR.matcher(clause);
        while (m.find()) {
            if ((m.group(1) != null ? Side.US : Side.CN) == missing) {
                return true;
            }
        }
        return false;
    }

    /** "their meeting", "they met", "the two sides agreed to hold": the participants of the engagement before. */
    private static Optional<Candidate> inherited(SentenceFacts facts, Segment segment, String clause,
                                                 Optional<Candidate> previous) {
        return previous.filter(p -> THEIR_EVENT.matcher(clause).find()
                || (TWO_SIDES.matcher(clause).find() && !otherParty(facts, segment, clause)));
    }

    /** A person's name owning the clause's engagement, not a place ("China's", "Beijing's"). */
    private static boolean otherParty(SentenceFacts facts, Segment segment, String clause) {
        Matcher m = OTHER_PARTY.matcher(clause);
        while (m.find()) {
            int group = m.group(1) != null ? 1 : 2;
            int start = segment.start() + m.start(group);
            int end = segment.start() + m.end(group);
            boolean place = facts.placesIn(segment.start(), segment.end()).stream()
                    .anyMatch(p -> p.start() < end && start < p.end());
            if (!place && !MONTH_OR_DAY.matcher(m.group(group)).matches()) {
                return true;
            }
        }
        return false;
    }

    /**
     * "The second call took place on Jan. 8, 2021", after "A made two calls to B": an engagement named only by
     * its noun and a verb that says it happened is one of the kind just reported (a call after a call, a
     * meeting after an in-person meeting), between the same people. With an ordinal ("second", "last") it
     * is another engagement of theirs; without one it is that engagement again (see {@link #sameAs}). Only
     * an engagement of this paragraph or the one before is near enough to be named so.
     */
    /**
     * "The trip will take place on Jan. 30 and 31": a plan named back by its noun and a future of taking place
     * is the previous engagement, dated; only when the clause places it nowhere ("the meeting will take place
     * in Washington", in an article of several plans, may be another of them).
     */
    private static final Pattern FUTURE_PLACE = Pattern.compile("(?i)\\b(?:will|would|is|are)\\s+"
            + "(?:to\\s+|set\\s+to\\s+|due\\s+to\\s+)?(?:take\\s+place|be\\s+held|scheduled|set|slated|planned)\\b");

    private static Optional<Candidate> namedBack(String clause, Optional<Candidate> previous, Whereabouts where) {
        Matcher m = NAMED_BACK.matcher(clause);
        if (!m.find() || previous.isEmpty()) {
            return Optional.empty();
        }
        if (FUTURE_PLACE.matcher(m.group()).find() && (where.venue().isPresent() || where.country().isPresent())) {
            return Optional.empty();
        }
        String noun = m.group(2).toLowerCase(Locale.ROOT);
        Candidate before = previous.get();
        boolean remote = before.assumedMode().map(Mode::remote).orElse(false);
        boolean sameKind = switch (noun) {
            case "call" -> remote;
            case "conversation" -> true;
            default -> !remote;
        };
        return sameKind ? previous : Optional.empty();
    }

    /**
     * "Both sides agreed to work toward a Biden-Xi call, and Sullivan indicated the White House is ready for a
     * meeting at the G20 in November": an offer of an engagement that names no one, in the sentence of an
     * engagement whose principals it named as a compound ("Biden-Xi", "Biden and Xi"), is an engagement of
     * those two principals, proposed (one side's offer). Not the other people of the sentence: Sullivan
     * only reports the offer.
     */
    private static Optional<Candidate> offered(SentenceFacts facts, Segment segment, String clause,
                                               Optional<StatusCues.Finding> finding, Optional<Candidate> previous) {
        boolean offer = OFFER.matcher(clause).find()
                && finding.map(f -> f.status() == Status.PROPOSED).orElse(true);
        if (!offer || previous.isEmpty()
                || previous.get().evidence().get(0).sentence().index() != facts.sentence().index()) {
            return Optional.empty();
        }
        List<PersonMention> before = facts.people().stream().filter(p -> p.named() && p.end() <= segment.start())
                .toList();
        for (int i = 0; i + 1 < before.size(); i++) {
            PersonMention a = before.get(i);
            PersonMention b = before.get(i + 1);
            boolean joined = a.end() <= b.start()
                    && COMPOUND_JOIN.matcher(facts.text().substring(a.end(), b.start())).matches();
            if (joined && a.side() != b.side() && previous.get().side(a.side()).contains(a.id())
                    && previous.get().side(b.side()).contains(b.id())) {
                PersonMention us = a.side() == Side.US ? a : b;
                PersonMention cn = a.side() == Side.US ? b : a;
                return Optional.of(previous.get().withParticipants(List.of(us.id()), List.of(cn.id())));
            }
        }
        return Optional.empty();
    }

    /** Reported in this paragraph or the one before: near enough for a noun alone to name it. */
    private static boolean near(Candidate before, SentenceFacts facts) {
        return facts.sentence().paragraph() - before.evidence().get(0).sentence().paragraph() <= 1;
    }

    /**
     * "Blinken met Wang Yi in Rome on Monday. The meeting took place at a hotel": with no ordinal, the noun
     * names the engagement just reported, so what the clause does not say is that engagement's, and the two
     * reports merge into one row rather than making a new one.
     */
    private static Candidate sameAs(Candidate candidate, Candidate before) {
        return candidate.withContext(candidate.mode().or(before::mode), candidate.venue().or(before::venue),
                candidate.country().or(before::country), candidate.occasion().isEmpty() ? before.occasion()
                        : candidate.occasion(), candidate.date().or(before::date));
    }

    private static Whereabouts place(SentenceFacts facts, Segment segment) {
        List<PlaceMention> locative = facts.placesIn(segment.start(), segment.end()).stream()
                .filter(PlaceMention::locative).toList();
        Optional<PlaceMention> venue = locative.stream().filter(p -> p.place().isPresent()).findFirst();
        Optional<PlaceMention> country = venue.or(() -> locative.stream().findFirst());
        return new Whereabouts(venue.flatMap(PlaceMention::place).map(Place::id),
                country.map(PlaceMention::country), country.map(PlaceMention::words).orElse(""));
    }

    /**
     * Why a clause mentions an earlier engagement in passing rather than reporting one: it hangs on "since"
     * ("the first call since they met in Bali"), or on "after" or "following" with a date more than a month
     * before publication ("as they did after they met in Buenos Aires in December"; but "the tweet came
     * after his call with Xi" reports the call), or it says so ("the two last met in …", "their previous
     * meeting", "as they did when …").
     */
    Optional<String> background(Segment segment, String clause, Optional<TemporalExpression> date) {
        boolean since = segment.marker().equalsIgnoreCase("since");
        boolean longBefore = date.filter(d -> d.end().isBefore(published.minusDays(BACKGROUND_DAYS))).isPresent();
        boolean embedded = segment.marker().equals(Segmenter.EMBEDDED_MARKER);
        if ((pastReference(segment) || embedded) && (since || longBefore)) {
            return Optional.of(segment.marker());
        }
        Matcher m = BACKGROUND.matcher(clause);
        return m.find() ? Optional.of(m.group()) : Optional.empty();
    }

    /**
     * The words that list the clause's people among earlier engagements given as context ("… in recent
     * months, including visits by Yellen in April"): everyone the clause names comes after "including".
     */
    private static Optional<String> contextList(SentenceFacts facts, List<PersonMention> people) {
        Matcher m = CONTEXT_LIST.matcher(facts.text());
        if (people.isEmpty() || !m.find()) {
            return Optional.empty();
        }
        int including = m.end();
        return people.stream().allMatch(p -> p.start() >= including) ? Optional.of(m.group()) : Optional.empty();
    }

    /**
     * "It had been reported that A and B were scheduled to talk on Friday", "A had been expected to meet B on
     * Monday": a plan told in the past perfect was the plan before a moment already past, so its weekday or
     * month is the one before publication, not the next.
     */
    private static final Pattern PAST_PERFECT_PLAN = Pattern.compile("(?i)\\bhad\\s+(?:(?:already|earlier|"
            + "previously|originally)\\s+)?(?:been\\s+)?(?:reported|scheduled|expected|planned|set|slated|due|"
            + "announced|arranged|agreed)\\b");

    private static boolean planOfThePast(String sentence, StatusCues.Finding finding) {
        return StatusClass.of(finding.status()) == StatusClass.INTENDED && PAST_PERFECT_PLAN.matcher(sentence).find();
    }

    private static Tense referenceTense(Segment segment) {
        return pastReference(segment) ? Tense.PAST : Tense.UNKNOWN;
    }

    private static boolean pastReference(Segment segment) {
        String marker = segment.marker().toLowerCase(Locale.ROOT);
        return segment.kind() == Segment.Kind.REFERENCE
                && (marker.equals("since") || marker.equals("after") || marker.equals("following")
                || marker.startsWith("in the wake"));
    }

    /** The most precise time expression of the clause, resolved with the clause's tense. */
    private Optional<TemporalExpression> date(SentenceFacts facts, Segment segment, Tense tense,
                                              Set<Integer> consumed) {
        return facts.times().stream()
                .filter(found -> segment.contains(found.start(), found.end()) && !consumed.contains(found.start()))
                .flatMap(found -> found.resolve(published, tense).stream())
                .min(Comparator.comparingLong(TemporalExpression::days));
    }

    /**
     * "The update, delivered late Monday, came following a call with …": what came right after an engagement
     * dates it when the engagement's own clause has no date, if that date is a day.
     */
    private Optional<TemporalExpression> cameAfter(SentenceFacts facts, Segment segment, Set<Integer> consumed) {
        String before = facts.text().substring(0, segment.start());
        if (!pastReference(segment) || !CAME.matcher(before).find()) {
            return Optional.empty();
        }
        return facts.times().stream()
                .filter(t -> t.end() <= segment.start() && !consumed.contains(t.start()))
                .flatMap(t -> t.resolve(published, Tense.PAST).stream())
                .filter(t -> t.precision() == org.engagements.data.DatePrecision.DAY && t.days() == 1
                        && !t.after(published))
                .reduce((first, second) -> second);
    }

    /**
     * "Kerry, who is meeting his counterpart in Tianjin": an engagement under way as the article is written,
     * with no date of its own, is on the publication day (or the day before, across time zones).
     */
    private Optional<TemporalExpression> underWay(String clause) {
        Matcher m = UNDER_WAY.matcher(clause);
        return m.find() ? Optional.of(new TemporalExpression(m.group(), published.minusDays(1), published,
                org.engagements.data.DatePrecision.DAY, true, "under way when the article was published"))
                : Optional.empty();
    }

    private Optional<Status> statusWithoutCue(Optional<TemporalExpression> date, Segment segment) {
        if (date.isPresent() && date.get().before(published)) {
            return Optional.of(Status.HELD);
        }
        if (date.isPresent() && date.get().after(published)) {
            return Optional.of(Status.PLANNED);
        }
        return pastReference(segment) ? Optional.of(Status.HELD) : Optional.empty();
    }

    private Candidate candidate(SentenceFacts facts, Sides sides, List<Cues.Cue> cues, Whereabouts stated, String clause,
                                Optional<Status> status, Optional<TemporalExpression> date, Evidence evidence) {
        Optional<Mode> remote = Cues.remoteMode(cues);
        Optional<String> occasion = remote.isPresent() ? Optional.empty() : Cues.occasion(clause);
        Whereabouts where = stated.venue().isEmpty() && occasion.isPresent() ? seat(occasion.get()).orElse(stated) : stated;
        Optional<Mode> mode = remote.or(() -> occasion.map(o -> Mode.MULTILATERAL))
                .or(() -> where.country().map(c -> c.equals("US") || c.equals("CN") ? Mode.VISIT : Mode.THIRD_PARTY));
        boolean inPerson = remote.isEmpty();
        Evidence withMode = evidence.with(Field.MODE, remote.isPresent() ? words(cues, Cues.Kind.PHONE, Cues.Kind.VIDEO)
                : occasion.isPresent() ? "multilateral occasion" : where.words());
        return new Candidate(sides.us(), sides.cn(), status, mode, Cues.onlyTalk(cues) && where.country().isEmpty(),
                inPerson ? where.venue() : Optional.empty(), inPerson ? where.country() : Optional.empty(),
                occasion.orElse(""), date, published, List.of(), List.of(withMode.with(Field.OCCASION,
                occasion.orElse(""))));
    }

    /** The city a gathering always meets in ("the Shangri-La Dialogue" is in Singapore), if the vocabulary has it. */
    private Optional<Whereabouts> seat(String occasion) {
        return Cues.seat(occasion).flatMap(city -> places.find("in " + city).stream()
                .filter(p -> p.place().isPresent()).findFirst())
                .map(p -> new Whereabouts(p.place().map(Place::id), Optional.of(p.country()),
                        occasion));
    }

    private Evidence evidence(SentenceFacts facts, List<PersonMention> people, List<Cues.Cue> cues,
                              Optional<StatusCues.Finding> finding, Optional<TemporalExpression> date, Whereabouts where) {
        return new Evidence(facts.sentence(), java.util.Map.of())
                .with(Field.PARTICIPANTS, people.stream().map(PersonMention::words).distinct()
                        .collect(Collectors.joining("; ")))
                .with(Field.US_OUTSIDERS, outsiders(people, Side.US))
                .with(Field.CN_OUTSIDERS, outsiders(people, Side.CN))
                .with(Field.CUE, cues.stream().map(Cues.Cue::words).distinct().collect(Collectors.joining("; ")))
                .with(Field.STATUS, finding.map(StatusCues.Finding::words).orElse(""))
                .with(Field.DATE, date.map(TemporalExpression::text).orElse(""))
                .with(Field.VENUE, where.venue().isPresent() ? where.words() : "");
    }

    private static String outsiders(List<PersonMention> people, Side side) {
        return people.stream().filter(p -> !p.named() && p.source() == PersonMention.Source.TITLE && p.side() == side)
                .map(PersonMention::words).distinct().collect(Collectors.joining("; "));
    }

    private static String words(List<Cues.Cue> cues, Cues.Kind... kinds) {
        Set<Cues.Kind> wanted = Set.of(kinds);
        return cues.stream().filter(c -> wanted.contains(c.kind())).map(Cues.Cue::words).distinct()
                .collect(Collectors.joining("; "));
    }

    /** Several officials of one side travelling to the other's country: one candidate each. */
    private static List<Candidate> travellers(Candidate candidate, List<PersonMention> people, List<Cues.Cue> cues,
                                              Whereabouts where, String sentence) {
        boolean trip = cues.stream().anyMatch(c -> c.kind() == Cues.Kind.TRAVEL || c.kind() == Cues.Kind.SEND);
        Optional<Side> travelling = where.country().flatMap(c -> c.equals("CN") ? Optional.of(Side.US)
                : c.equals("US") ? Optional.of(Side.CN) : Optional.empty());
        if (!trip || travelling.isEmpty() || !candidate.side(other(travelling.get())).isEmpty()) {
            return List.of(candidate);
        }
        List<PersonMention> going = people.stream().filter(p -> p.named() && p.side() == travelling.get()).toList();
        List<String> ids = going.stream().map(PersonMention::id).distinct().toList();
        if (ids.size() < 2 || OR.matcher(sentence.substring(going.get(0).start(), going.get(going.size() - 1).end()))
                .find()) {
            return List.of(candidate);
        }
        return ids.stream().map(id -> travelling.get() == Side.US ? candidate.withParticipants(List.of(id), List.of())
                : candidate.withParticipants(List.of(), List.of(id))).toList();
    }

    private static Side other(Side side) {
        return side == Side.US ? Side.CN : Side.US;
    }

    /** Where a clause places the engagement: a venue, or only a country. */
    record Whereabouts(Optional<String> venue, Optional<String> country, String words) {
        /** Officials of one side going to the other side's country. */
        boolean abroadFor(Sides sides) {
            return country.map(c -> (c.equals("CN") && !sides.us().isEmpty())
                    || (c.equals("US") && !sides.cn().isEmpty())).orElse(false);
        }
    }
}
