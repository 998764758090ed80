package org.engagements.ingest.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.engagements.data.DatePrecision;
import org.engagements.data.Person;
import org.engagements.data.Vocabulary;

/**
 * Extracts candidate engagements from an article's text alone, given its publication date: the facade
 * of this package. The recipe, per sentence: find people, places, cues and times; split the sentence
 * into clauses; turn each clause into candidates ({@link EventBuilder}); then attach issues by
 * paragraph and merge the candidates that report one engagement ({@link Merger#dedupe}). "The first
 * visit … since 2018" also reports an earlier engagement, held in 2018. Immutable and thread-safe once
 * built: build one per vocabulary and reuse it.
 */
public final class Extractor {
    private static final Pattern FIRST_SINCE = Pattern.compile("(?i)\\bfirst\\b[^;:]{0,120}?\\b(since)\\s+");
    /**
     * "… the first meeting since June 2019, when they met in Osaka — …": a "when" clause right after the time
     * of "since" tells the earlier engagement of that time, up to a dash, a semicolon or the sentence's end.
     */
    private static final Pattern WHEN_THEN = Pattern.compile("^,?\\s+when\\s+[^;\u2014\u2013]*?(?=\\s+[\u2014\u2013-]\\s|;|[.!?]?$)");

    /** The headline, a dateline or standfirst, and the opening paragraph: where a news article puts its news. */
    private static final int LEAD_SENTENCES = 4;
    /**
     * A headline's present tense of an engagement verb ("Biden meets Xi", "Yellen, He hold talks"); not an
     * infinitive ("Biden to meet Xi") nor an engagement named by a noun ("Pentagon credits Biden-Xi meeting").
     */
    private static final Pattern HEADLINE_VERB = Pattern.compile("(?i)(?<!\\bto\\s)(?<!\\bwill\\s)\\b(?:meets?|"
            + "holds?|visits|speaks?|talks?\\s+(?:to|with)|hosts?|calls|discuss(?:es)?|agrees?(?!\\s+to\\b)|signs?|confers?|"
            + "chats?\\s+with|(?:in|hold|holds)\\s+(?:phone\\s+|video\\s+)?talks)\\b");
    /**
     * "… with A and B holding their second call in four months", "A, meeting with B in Beijing, …": an engagement
     * told by a present participle, as a lead tells the news (not "a meeting with", a noun).
     */
    private static final Pattern LEAD_PARTICIPLE = Pattern.compile("(?i)\\bholding\\s+(?:(?:a|an|the|their|his|her|"
            + "its)\\s+)?(?:[\\p{L}-]+\\s+){0,3}?(?:talks|call|meeting|summit|conversation|discussions?)\\b|"
            + "(?<!\\b(?:a|an|the|their|his|her|its|this|that|of|for)\\s)\\b(?:meeting|speaking|talking|conferring)"
            + "\\s+with\\b");

    private final PersonFinder people;
    private final Coreference coreference;
    private final PlaceFinder places;
    private final IssueAssigner issues;
    private final NameSuggester names;
    private final Vocabulary vocabulary;
    /** Heads of state and government: a visit's meeting with one is its own row. */
    private final java.util.Set<String> leaders;

    private Extractor(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
        this.people = new PersonFinder(vocabulary.people());
        this.coreference = new Coreference(people);
        this.places = new PlaceFinder(vocabulary.places());
        this.issues = new IssueAssigner(new IssueFinder(vocabulary.issues()));
        this.names = new NameSuggester(vocabulary);
        this.leaders = vocabulary.people().stream().filter(p -> p.level() == org.engagements.data.Level.LEADER)
                .map(org.engagements.data.Person::id).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    public static Extractor of(Vocabulary vocabulary) {
        return new Extractor(vocabulary);
    }

    /** The engagements an article reports, and the names it uses that the vocabulary lacks. */
    public Extraction extract(String text, LocalDate published) {
        List<Sentence> sentences = Sentences.split(text);
        EventBuilder builder = new EventBuilder(published, places);
        List<SentenceFacts> analysed = new ArrayList<>();
        List<Candidate> found = new ArrayList<>();
        Optional<Person> subject = Optional.empty();
        Optional<Context> context = Optional.empty();
        java.util.Set<Person> named = new java.util.LinkedHashSet<>();
        List<SentenceFacts> mentioning = new ArrayList<>();
        FullNames fullNames = new FullNames();
        // everyone the article names by name, for a counterpart the vocabulary alone leaves open
        Set<Person> inArticle = new java.util.LinkedHashSet<>();
        sentences.forEach(s -> people.find(s.text(), published).stream()
                .filter(p -> p.source() == PersonMention.Source.NAME).forEach(p -> p.person().ifPresent(inArticle::add)));
        for (Sentence sentence : sentences) {
            SentenceFacts facts = analyse(sentence, published, subject, named, recent(mentioning, sentence), fullNames,
                    inArticle);
            fullNames.addAll(people.fullNames(sentence.text(), facts.people(), published));
            if (facts.people().stream().anyMatch(p -> p.source() != PersonMention.Source.GROUP)) {
                mentioning.add(facts);
            }
            facts.people().stream().filter(p -> p.source() == PersonMention.Source.NAME)
                    .forEach(p -> p.person().ifPresent(named::add));
            analysed.add(facts);
            Optional<Candidate> previous = found.isEmpty() ? Optional.empty()
                    : Optional.of(found.get(found.size() - 1));
            List<Segment> segments = Segmenter.embedded(facts.text(), Segmenter.split(facts.text(), facts.times()),
                    facts.cuesIn(0, facts.text().length()), facts.people());
            List<Candidate> events = new ArrayList<>(events(facts, segments, builder, previous));
            if (context.isPresent() && !events.isEmpty()) {
                events.set(0, news(context.get(), facts.sentence(), events.get(0)).complete(events.get(0)));
            }
            continuing(events, previous);
            if (events.isEmpty() && previous.isPresent()) {
                refusedBack(facts, previous.get()).ifPresent(r -> found.set(found.size() - 1, r));
            }
            context = contextOf(facts, segments, builder);
            found.addAll(events);
            subject = facts.subject();
        }
        List<Candidate> withIssues = issues.assign(found, analysed);
        boolean headlineNews = !sentences.isEmpty() && HEADLINE_VERB.matcher(sentences.get(0).text()).find();
        List<Candidate> candidates = Trips.oneVisit(Trips.apply(Merger.dedupe(withIssues,
                        (news, passing) -> pastOfTheNews(news, passing, headlineNews)).stream()
                .map(c -> newsOfTheDay(c, published, headlineNews)).toList(), published), leaders);
        candidates = Negotiations.departures(Negotiations.apply(candidates, analysed, published), analysed,
                published);
        List<PersonMention> outsiders = analysed.stream().flatMap(f -> f.people().stream())
                .filter(p -> !p.named() && p.source() == PersonMention.Source.TITLE).toList();
        return new Extraction(candidates, names.suggest(analysed),
                Newcomers.of(candidates, outsiders, vocabulary, published));
    }

    /**
     * "However, China declined the proposed meeting", "Beijing turned down the request": a refusal whose object
     * names an engagement back (no one in it is on both sides) is the refusal of the plan, request or proposal
     * just reported (this paragraph or the one before): that engagement is declined.
     */
    private static final Pattern REFUSED_BACK = Pattern.compile("(?i)\\b(?:declined|rejected|turned\\s+down|rebuffed|"
            + "refused|snubbed)\\s+(?:the|this|that|its|their|his|her|such\\s+an?)\\s+(?:(?:proposed|requested|planned|"
            + "suggested|possible|potential|offered|US|U\\.S\\.|American|Chinese)\\s+)?(?:meeting|talks|call|visit|trip|"
            + "request|invitation|offer|proposal|overture)\\b");

    private static Optional<Candidate> refusedBack(SentenceFacts facts, Candidate previous) {
        Matcher m = REFUSED_BACK.matcher(facts.text());
        boolean near = facts.sentence().paragraph() - previous.evidence().get(previous.evidence().size() - 1)
                .sentence().paragraph() <= 1;
        if (!m.find() || !near || StatusClass.of(previous.status()) != StatusClass.INTENDED
                || StatusCues.negation(facts.text()).isPresent()) {
            return Optional.empty();
        }
        List<Evidence> evidence = new ArrayList<>(previous.evidence());
        evidence.add(new Evidence(facts.sentence(), java.util.Map.of(Evidence.Field.STATUS, m.group())));
        return Optional.of(new Candidate(previous.us(), previous.cn(),
                Optional.of(org.engagements.data.Status.DECLINED), previous.mode(), previous.talkOnly(),
                previous.venue(), previous.country(), previous.occasion(), previous.date(), previous.published(),
                previous.issues(), evidence));
    }

    /**
     * The inverted pyramid: a news article opens with its news. An engagement its lead (the headline and the
     * first paragraphs, up to {@value #LEAD_SENTENCES} sentences) reports done without any date is the day's
     * news: the publication day or the day before (time zones), not any day of the year before it. "Done"
     * means a held verb of its own clause ("Austin has wrapped up a trip where he met Xi"), or a headline's
     * present tense with no other cue ("Biden meets Li at G20", "A, B discuss trade"), which makes the lead's
     * engagements without a cue of their own the headline's news too; or a lead sentence telling it by a present
     * participle ("with A and B holding their second call"). Not a clause hanging on "after" or "since", not a
     * plan (it is held), and not a refusal, whose dates are those of the engagement refused.
     */
    private static Candidate newsOfTheDay(Candidate candidate, LocalDate published, boolean headlineNews) {
        boolean held = candidate.status() == org.engagements.data.Status.HELD;
        boolean lead = candidate.evidence().stream().anyMatch(e -> reportsDoneInLead(e,
                candidate.statedStatus().isEmpty(), headlineNews));
        if (candidate.date().isPresent() || !held || !lead || candidate.background()) {
            return candidate;
        }
        return candidate.withContext(candidate.mode(), candidate.venue(), candidate.country(), candidate.occasion(),
                Optional.of(new TemporalExpression("", published.minusDays(1), published, DatePrecision.DAY, false,
                        "no date: reported done in the article's lead, so the news of the publication day "
                                + published + " or the day before")));
    }

    /**
     * "Liu had last talked to his US counterparts 10 days earlier": an earlier engagement mentioned in passing
     * with a date of its own (to the week) is not the news the lead reports done without a date (the headline's
     * "A, B hold phone call"): the two stay apart, and the news gets the publication day.
     */
    private static boolean pastOfTheNews(Candidate news, Candidate passing, boolean headlineNews) {
        return passing.background() && !news.background() && news.date().isEmpty()
                && passing.date().filter(d -> d.days() <= 7).isPresent()
                && news.status() == org.engagements.data.Status.HELD
                && news.evidence().stream().anyMatch(e -> reportsDoneInLead(e, news.statedStatus().isEmpty(),
                headlineNews));
    }

    private static boolean reportsDoneInLead(Evidence evidence, boolean noCue, boolean headlineNews) {
        boolean headline = noCue && (headlineNews || LEAD_PARTICIPLE.matcher(evidence.sentence().text()).find());
        boolean stated = evidence.words().containsKey(Evidence.Field.STATUS);
        return evidence.sentence().index() < LEAD_SENTENCES && !evidence.words().containsKey(Evidence.Field.BACKGROUND)
                && (stated || headline);
    }

    /**
     * Whom "the two" can mean: the people named earlier in this paragraph and in the nearest paragraph before
     * it that names anyone (a one-line attribution, "That's according to the Pentagon", names no one), in text
     * order.
     */
    private static List<PersonMention> recent(List<SentenceFacts> mentioning, Sentence sentence) {
        int from = sentence.paragraph();
        for (SentenceFacts facts : mentioning) {
            if (facts.sentence().paragraph() < sentence.paragraph()) {
                from = facts.sentence().paragraph();
            }
        }
        int earliest = from;
        return mentioning.stream().filter(f -> f.sentence().paragraph() >= earliest)
                .flatMap(f -> f.people().stream()).filter(p -> p.source() != PersonMention.Source.GROUP).toList();
    }

    private SentenceFacts analyse(Sentence sentence, LocalDate published, Optional<Person> previousSubject,
                                  Set<Person> named, List<PersonMention> recent, FullNames fullNames,
                                  Set<Person> inArticle) {
        String text = sentence.text();
        List<PersonMention> direct = people.find(text, published, named, fullNames);
        List<PersonMention> all = new ArrayList<>(direct);
        all.addAll(coreference.resolve(text, direct, previousSubject, published, named, inArticle));
        all.addAll(Coreference.pair(text, all, recent));
        all.addAll(Outsiders.find(text, all, people::sideOf));
        all.sort(java.util.Comparator.comparingInt(PersonMention::start));
        return new SentenceFacts(sentence, all, places.find(text), Cues.find(text),
                TemporalResolver.find(text, published, Tense.UNKNOWN));
    }

    /** The implied earlier engagement of "the first … since <time>", then each clause's engagements. */
    private List<Candidate> events(SentenceFacts facts, List<Segment> segments, EventBuilder builder,
                                   Optional<Candidate> previous) {
        List<Candidate> events = new ArrayList<>();
        builder.clauses(segments);
        Set<Integer> consumed = new HashSet<>();
        Matcher first = FIRST_SINCE.matcher(facts.text());
        String lowerCase = facts.text().toLowerCase(java.util.Locale.ROOT);
        if (!lowerCase.contains("first") || !lowerCase.contains("since")) {
            first = FIRST_SINCE.matcher("");
        }
        List<Segment> clauses = segments;
        while (first.find()) {
            int since = first.start(1);
            int after = first.end();
            int spanStart = first.start();
            Optional<TemporalResolver.Found> time = facts.times().stream()
                    .filter(t -> t.start() == since || t.start() == after).findFirst();
            if (time.isPresent()) {
                Matcher when = WHEN_THEN.matcher(facts.text().substring(time.get().end()));
                int end = when.find() ? time.get().end() + when.end() : time.get().end();
                Segment span = new Segment(spanStart, end, Segment.Kind.REFERENCE, "since");
                events.addAll(builder.build(facts, span, Optional.empty(), Set.of()));
                consumed.add(time.get().start());
                clauses = outside(clauses, time.get().end(), end);
            }
        }
        Optional<Candidate> last = previous;
        for (Segment segment : clauses) {
            if (segment.kind() == Segment.Kind.REPORTING) {
                continue;
            }
            List<Candidate> built = builder.build(facts, segment, last, consumed);
            events.addAll(built);
            if (!built.isEmpty()) {
                last = Optional.of(built.get(built.size() - 1));
            }
        }
        return events;
    }

    /** The clauses without the words from {@code from} to {@code to}, which another clause has told. */
    private static List<Segment> outside(List<Segment> segments, int from, int to) {
        if (to <= from) {
            return segments;
        }
        List<Segment> kept = new ArrayList<>();
        for (Segment segment : segments) {
            if (segment.end() <= from || segment.start() >= to) {
                kept.add(segment);
                continue;
            }
            if (segment.start() < from) {
                kept.add(new Segment(segment.start(), from, segment.kind(), segment.marker()));
            }
            if (segment.end() > to) {
                kept.add(new Segment(to, segment.end(), segment.kind(), segment.marker()));
            }
        }
        return kept;
    }

    /**
     * "He also met Xi": an engagement with neither place nor date that shares a participant and a status
     * class with the one just before it (in this or the previous sentence) happened there and then too.
     */
    private static void continuing(List<Candidate> events, Optional<Candidate> previous) {
        Optional<Candidate> before = previous;
        for (int i = 0; i < events.size(); i++) {
            Candidate event = events.get(i);
            if (before.isPresent() && continues(event, before.get())) {
                Candidate b = before.get();
                event = event.withContext(event.mode().or(b::mode), b.venue(), b.country(), event.occasion(), b.date());
                events.set(i, event);
            }
            before = Optional.of(event);
        }
    }

    private static boolean continues(Candidate event, Candidate before) {
        boolean adjacent = sentenceOf(event) - sentenceOf(before) <= 1;
        boolean shared = event.us().stream().anyMatch(before.us()::contains)
                || event.cn().stream().anyMatch(before.cn()::contains);
        boolean bare = event.venue().isEmpty() && event.country().isEmpty() && event.date().isEmpty();
        boolean inPerson = event.mode().map(m -> !m.remote()).orElse(!event.talkOnly())
                && before.mode().map(m -> !m.remote()).orElse(false);
        boolean sameClass = event.statedStatus().isPresent() && before.statedStatus().isPresent()
                && StatusClass.of(event.statedStatus().get()) == StatusClass.of(before.statedStatus().get());
        return adjacent && shared && bare && inPerson && sameClass && before.country().isPresent();
    }

    private static int sentenceOf(Candidate candidate) {
        return candidate.evidence().get(0).sentence().index();
    }

    /**
     * "The defence chiefs held rare talks in Singapore on Friday." then, opening the next paragraph, "The
     * meeting between Austin and Dong on the sidelines of the Shangri-La Dialogue …": a lead sentence's
     * engagement without named people is the one the next sentence names in the same place, whatever
     * paragraph it opens (news articles often give each sentence its own).
     */
    private static Context news(Context context, Sentence next, Candidate named) {
        boolean fromLead = next.index() - 1 < LEAD_SENTENCES && next.paragraph() == context.paragraph() + 1
                && named.venue().isPresent() && named.venue().equals(context.venue());
        return fromLead ? context.forParagraph(next.paragraph()) : context;
    }

    private static Optional<Context> contextOf(SentenceFacts facts, List<Segment> segments, EventBuilder builder) {
        for (Segment segment : segments) {
            Optional<Context> context = builder.context(facts, segment, Set.of());
            if (context.isPresent()) {
                return context;
            }
        }
        return Optional.empty();
    }
}
