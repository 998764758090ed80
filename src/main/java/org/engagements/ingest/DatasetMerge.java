package org.engagements.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.engagements.data.Article;
import org.engagements.data.DatePrecision;
import org.engagements.data.Engagement;
import org.engagements.data.HostSide;
import org.engagements.data.Level;
import org.engagements.data.Mention;
import org.engagements.data.Mode;
import org.engagements.data.Person;
import org.engagements.data.Place;
import org.engagements.data.write.DatasetContent;
import org.engagements.ingest.extract.Candidate;
import org.engagements.ingest.extract.Merger;
import org.engagements.ingest.extract.StatusClass;
import org.engagements.ingest.extract.TemporalExpression;

/**
 * Merges an article's candidates into the dataset. A candidate that matches an engagement ({@link Merger}
 * rules; an engagement not yet held has its dates widened by one unit of their precision, at least a week
 * and at most a month, since plans slip and a plan's day is often its announcement's or a departure's)
 * becomes a new mention of it (of the best fitting one, {@link #bestMatch}) and may update it: names it adds,
 * a venue or occasion it lacked, issues, a more precise date (or the day it was held, for a plan now held),
 * and the status moved forward ({@link StatusProgress}) when the article is not older than the engagement's
 * other reports and does not tell the history of what it reported refused ({@link #moves}). Otherwise
 * the candidate becomes a new engagement with the next free id, unless the article only mentions it in
 * passing ({@link Candidate#background()}) or recalls a plan already over ({@link #overdue}): those
 * are a mention or nothing. A side the article names only by someone the vocabulary lacks matches no
 * row naming a known person on that side; further rules keep apart what shares only people
 * ({@link #onlyPeopleInCommon}, {@link #headOfStateAside}). Never creates
 * two engagements for one candidate nor two mentions for one article and engagement.
 */
public final class DatasetMerge {
    /** How far a plan's dates may slip and still be the same engagement (held ones keep their bounds). */
    private static final int PLANS_SLIP_DAYS = 31;
    /**
     * A plan dated to a day still slips: "departed on Thursday for the summit" dates the trip, not the
     * meeting on Saturday; a video call announced for "Monday evening" is Tuesday in Beijing.
     */
    private static final int PLANS_SLIP_MIN_DAYS = 7;

    private final DatasetContent content;
    private final Map<String, Place> places;
    private final Set<String> leaders;
    private final EngagementDraft draft;

    DatasetMerge(DatasetContent content) {
        this.content = content;
        this.places = content.vocabulary().places().stream().collect(Collectors.toMap(Place::id, p -> p));
        this.leaders = content.vocabulary().people().stream().filter(p -> p.level() == Level.LEADER)
                .map(Person::id).collect(Collectors.toSet());
        this.draft = new EngagementDraft(content.vocabulary());
    }

    /** The changes and the dataset after adding the article and merging its candidates. */
    Result merge(Article article, String text, List<Candidate> candidates) {
        List<Engagement> engagements = new ArrayList<>(content.engagements());
        List<Mention> mentions = new ArrayList<>(content.mentions());
        List<EngagementChange> changes = new ArrayList<>();
        Set<String> mentioned = new HashSet<>();
        for (Candidate candidate : candidates) {
            Optional<Integer> match = bestMatch(engagements, candidate);
            if (match.isEmpty() && (candidate.background() || overdue(candidate))) {
                continue;
            }
            Engagement before = match.map(engagements::get).orElse(null);
            Engagement after = before == null
                    ? draft.draft(nextId(engagements), candidate, article.id())
                    : update(before, candidate, moves(before, candidate, newer(article, before.id()),
                    mentioned.contains(before.id())));
            Optional<Mention> mention = mentioned.add(after.id())
                    ? Optional.of(new Mention(article.id(), after.id(), candidate.status(),
                    candidate.date().map(TemporalExpression::text).orElse(""), candidate.quote()))
                    : Optional.empty();
            mention.ifPresent(mentions::add);
            match.ifPresentOrElse(i -> engagements.set(i, after), () -> engagements.add(after));
            changes.add(new EngagementChange(Optional.ofNullable(before), after, mention, candidate));
        }
        DatasetContent result = content.withArticle(article, text).withEngagements(engagements).withMentions(mentions);
        return new Result(changes, result);
    }

    /** The changes of one article, and the dataset with them. */
    record Result(List<EngagementChange> changes, DatasetContent content) {
    }

    /**
     * The matching row with the most people in common; among those, the one with the narrowest dates, whose
     * window the report fits best ("Blinken was slated to depart on Friday" is the trip postponed next week,
     * not a visit of his known only to some month of the year); then the oldest row.
     */
    private Optional<Integer> bestMatch(List<Engagement> engagements, Candidate candidate) {
        Merger.View view = Merger.view(candidate);
        Merger.View slipped = slipped(view, candidate);
        Comparator<Integer> byOverlap = Comparator.comparingInt(i -> overlap(engagements.get(i), candidate));
        Comparator<Integer> byNarrowness = Comparator.comparingLong(i -> -days(engagements.get(i).dates()));
        List<Integer> matches = new ArrayList<>();
        for (int i = 0; i < engagements.size(); i++) {
            boolean held = StatusClass.of(engagements.get(i).status()) == StatusClass.HELD;
            if (Merger.matches(view(engagements.get(i)), held ? slipped : view, false)
                    && identified(engagements.get(i), candidate) && !onlyPeopleInCommon(engagements.get(i), candidate)
                    && !headOfStateAside(engagements.get(i), candidate)
                    && !someoneElse(engagements.get(i), candidate)) {
                matches.add(i);
            }
        }
        return matches.stream().max(byOverlap.thenComparing(byNarrowness)
                .thenComparing(Comparator.<Integer>reverseOrder()));
    }

    /**
     * The report's view with its end moved by a plan's slip when it reports a dated plan (an undated one
     * has only the year after its article, no date to slip): compared with a row already held, a plan slips
     * later as a planned row does, so that the order in which the articles come does not decide whether
     * "will meet next month" and "met on the 3rd" of the month after are one. Not earlier: "a call in the
     * coming weeks" is not the meeting held the day before the article.
     */
    private static Merger.View slipped(Merger.View view, Candidate candidate) {
        Optional<TemporalExpression> date = candidate.date().filter(TemporalExpression::resolved);
        if (StatusClass.of(candidate.status()) != StatusClass.INTENDED || date.isEmpty()) {
            return view;
        }
        int slip = slip(date.get().precision());
        return new Merger.View(view.us(), view.cn(), view.status(), view.mode(), view.venue(), view.country(),
                view.start(), view.end().plusDays(slip), view.occasion());
    }

    /** How far a plan of this precision may slip: one unit, at least a week and at most a month. */
    private static int slip(DatePrecision precision) {
        return Math.max(PLANS_SLIP_MIN_DAYS, Math.min(Merger.widening(precision), PLANS_SLIP_DAYS));
    }

    private static long days(Engagement.Dates dates) {
        return dates.end().toEpochDay() - dates.start().toEpochDay() + 1;
    }

    /**
     * A plan whose dates, slip included, were over before its article was published ("had planned to meet
     * He Lifeng in April", read in September) is history the article recalls: a mention of the engagement
     * it matches, or nothing, never a new row.
     */
    private static boolean overdue(Candidate candidate) {
        Optional<TemporalExpression> date = candidate.date().filter(TemporalExpression::resolved);
        return StatusClass.of(candidate.status()) == StatusClass.INTENDED && date.isPresent()
                && date.get().end().plusDays(slip(date.get().precision())).isBefore(candidate.published());
    }

    /**
     * A meeting with the head of state or government during a visit is its own engagement (coding guide):
     * when one names only leaders on a side where the other names no leader ("Blinken and Xi Jinping hold
     * talks in Beijing" and "Blinken's visit to Beijing" or "his talks with Wang Yi"), and neither names a
     * leader on the other side (a leader's counterpart meets a leader whatever the words), they are two
     * engagements. A side naming a leader among others ("met Premier Li and the finance minister")
     * may be either. Only a report of what was held tells: a plan is vaguer about whom a visitor will see
     * ("send Sullivan to fix a meeting with the Chinese President" is his trip).
     */
    private boolean headOfStateAside(Engagement engagement, Candidate candidate) {
        if (StatusClass.of(candidate.status()) != StatusClass.HELD) {
            return false;
        }
        Engagement.Participants row = engagement.participants();
        boolean us = apart(row.us(), candidate.us()) && !leader(row.cn()) && !leader(candidate.cn());
        boolean cn = apart(row.cn(), candidate.cn()) && !leader(row.us()) && !leader(candidate.us());
        return us || cn;
    }

    private boolean apart(List<String> a, List<String> b) {
        return (headOnly(a) && !leader(b)) || (headOnly(b) && !leader(a));
    }

    private boolean headOnly(List<String> side) {
        return !side.isEmpty() && leaders.containsAll(side);
    }

    private boolean leader(List<String> side) {
        return side.stream().anyMatch(leaders::contains);
    }

    /**
     * A row dated only by its article's publication (no date stated: the year before or after it) and a
     * dated report that states no mode share nothing but the people: "spoke by phone with Xi" some time in
     * the past year is not "to meet Xi next month". The report is a row of its own. So is an undated report
     * that states its mode, next to a dated row whose mode was guessed: "Xi invited him to visit China", some
     * time in the year after, is not the summit of a given day whose place the vocabulary lacked.
     */
    private static boolean onlyPeopleInCommon(Engagement engagement, Candidate candidate) {
        boolean undatedRow = engagement.dates().precision() == DatePrecision.YEAR
                && engagement.notes().contains(TemporalExpression.UNDATED);
        boolean datedReport = candidate.date().filter(TemporalExpression::resolved).isPresent();
        boolean undatedReport = !datedReport && candidate.mode().isPresent();
        return (undatedRow && datedReport && candidate.assumedMode().isEmpty() && !guessedMode(engagement))
                || (guessedMode(engagement) && !undatedRow && undatedReport);
    }

    /**
     * A refusal reported for a plan must say which plan: by a date, or by a person in common on each side.
     * "Blinken was not prepared to travel to China" does not decline every proposed trip to China.
     */
    private static boolean identified(Engagement engagement, Candidate candidate) {
        boolean refusalOfPlan = StatusClass.of(candidate.status()) == StatusClass.REFUSED
                && StatusClass.of(engagement.status()) == StatusClass.INTENDED;
        if (!refusalOfPlan) {
            return true;
        }
        boolean dated = candidate.date().filter(TemporalExpression::resolved).isPresent();
        boolean bothSides = candidate.us().stream().anyMatch(engagement.participants().us()::contains)
                && candidate.cn().stream().anyMatch(engagement.participants().cn()::contains);
        return dated || bothSides;
    }

    /**
     * "China's Dong Jun" when the vocabulary lacks him: that side is someone the vocabulary does not know,
     * so not whoever a row names there (an unnamed side would otherwise match any).
     */
    private static boolean someoneElse(Engagement engagement, Candidate candidate) {
        boolean us = candidate.us().isEmpty() && named(candidate.outsiders(org.engagements.data.Side.US))
                && !engagement.participants().us().isEmpty();
        boolean cn = candidate.cn().isEmpty() && named(candidate.outsiders(org.engagements.data.Side.CN))
                && !engagement.participants().cn().isEmpty();
        return us || cn;
    }

    /**
     * Whether an outsider is named ("China's Dong Jun"), not only an office ("China's National Defense
     * Minister"): an office alone is its holder on the day, whom a row may name though the vocabulary gives
     * them no title (someone an article added), so it keeps no row apart.
     */
    private static boolean named(List<String> outsiders) {
        return outsiders.stream().anyMatch(w -> !OFFICE_END.matcher(w.strip()).find());
    }

    private static final java.util.regex.Pattern OFFICE_END = java.util.regex.Pattern.compile("(?i)\\b(?:minister|"
            + "secretary|chief|counterpart|diplomat|envoy|adviser|advisor|representative|premier|chairman|chair|"
            + "ambassador|official|(?:of\\s+)?(?:state|defen[cs]e|the\\s+treasury|commerce|foreign\\s+affairs))$");

    private static int overlap(Engagement engagement, Candidate candidate) {
        int shared = 0;
        for (String id : candidate.us()) {
            shared += engagement.participants().us().contains(id) ? 1 : 0;
        }
        for (String id : candidate.cn()) {
            shared += engagement.participants().cn().contains(id) ? 1 : 0;
        }
        return shared;
    }

    /** An engagement seen as a report: its venue's country, or its host's when it has no venue. */
    private Merger.View view(Engagement e) {
        Optional<String> venue = Optional.of(e.venue()).filter(v -> !v.isEmpty());
        boolean guessed = guessedMode(e);
        Optional<String> country = venue.map(places::get).map(Place::country)
                .or(() -> guessed ? Optional.empty() : e.hostSide() == HostSide.US ? Optional.of("US")
                        : e.hostSide() == HostSide.CN ? Optional.of("CN") : Optional.empty());
        int widening = StatusClass.of(e.status()) == StatusClass.HELD ? 0 : slip(e.dates().precision());
        return new Merger.View(e.participants().us(), e.participants().cn(), Optional.of(e.status()),
                guessed ? Optional.empty() : Optional.of(e.mode()), venue, country, e.dates().start().minusDays(widening),
                e.dates().end().plusDays(widening), e.occasion());
    }

    /** Whether the article is not older than any article already reporting the engagement. */
    private boolean newer(Article article, String engagementId) {
        LocalDate latest = LocalDate.MIN;
        for (Mention mention : content.mentionsOf(engagementId)) {
            LocalDate published = content.findArticle(mention.articleId()).map(Article::published)
                    .orElse(LocalDate.MIN);
            latest = published.isAfter(latest) ? published : latest;
        }
        return !article.published().isBefore(latest);
    }

    /**
     * Whether the candidate's status replaces the row's: it moves forward ({@link StatusProgress}) and the
     * article is not older than the row's other reports. An article that has already reported the row
     * postponed, declined or cancelled tells its history in the other sentences ("Blinken will postpone
     * his trip … he was slated to depart on Friday"): their plan came before, and does not undo it.
     */
    private static boolean moves(Engagement before, Candidate candidate, boolean newer, boolean reportedHere) {
        boolean history = reportedHere && StatusClass.of(before.status()) == StatusClass.REFUSED
                && StatusClass.of(candidate.status()) == StatusClass.INTENDED;
        return newer && !history && StatusProgress.forward(before.status(), candidate.status());
    }

    private Engagement update(Engagement before, Candidate candidate, boolean moves) {
        Engagement after = before;
        List<String> us = union(before.participants().us(), candidate.us());
        List<String> cn = union(before.participants().cn(), candidate.cn());
        after = after.withParticipants(new Engagement.Participants(us, cn), draft.level(us, cn));
        boolean nowHeld = false;
        if (moves) {
            after = after.withStatus(candidate.status());
            nowHeld = StatusClass.of(candidate.status()) == StatusClass.HELD;
        }
        after = narrowed(after, candidate, nowHeld);
        after = stated(after, candidate);
        after = withVenue(after, candidate);
        if (after.occasion().isEmpty() && !candidate.occasion().isEmpty()) {
            after = after.withOccasion(candidate.occasion());
        }
        return after.withIssues(union(after.issues(), candidate.issues()));
    }

    /**
     * The candidate's dates when the article states them more precisely, or as precisely when a plan is now
     * reported held: the day it was held, not the day it was planned for.
     */
    private static Engagement narrowed(Engagement engagement, Candidate candidate, boolean nowHeld) {
        Optional<TemporalExpression> date = candidate.date().filter(TemporalExpression::resolved);
        if (date.isEmpty()) {
            return engagement;
        }
        Engagement.Dates dates = engagement.dates();
        TemporalExpression d = date.get();
        long days = days(dates);
        boolean finer = d.precision().ordinal() < dates.precision().ordinal()
                || (d.precision() == dates.precision() && (d.days() < days || nowHeld));
        return finer ? engagement.withDates(new Engagement.Dates(d.start(), d.end(), d.precision())) : engagement;
    }

    /** A venue the engagement lacked, with the host side (and in-person mode) that go with it. */
    /** A row whose mode and host were guessed ({@link EngagementDraft#ASSUMED_VISIT}) and not yet corrected. */
    private static boolean guessedMode(Engagement e) {
        return e.venue().isEmpty() && e.notes().contains(EngagementDraft.ASSUMED_VISIT);
    }

    /** A guessed mode and host give way to those a later report states, and the note asking to check them goes. */
    private Engagement stated(Engagement engagement, Candidate candidate) {
        if (!guessedMode(engagement) || candidate.mode().isEmpty()) {
            return engagement;
        }
        Engagement drafted = draft.draft(engagement.id(), candidate, "");
        String notes = engagement.notes().replace("; " + EngagementDraft.ASSUMED_VISIT, "")
                .replace(EngagementDraft.ASSUMED_VISIT, "");
        return engagement.withVenue("", drafted.hostSide(), drafted.mode()).withNotes(notes);
    }

    private Engagement withVenue(Engagement engagement, Candidate candidate) {
        if (!engagement.venue().isEmpty() || candidate.venue().isEmpty() || engagement.mode().remote()) {
            return engagement;
        }
        Place place = places.get(candidate.venue().get());
        HostSide host = EngagementDraft.hostOf(place.country());
        Mode mode = engagement.mode();
        if (mode == Mode.VISIT && host == HostSide.THIRD) {
            mode = Mode.THIRD_PARTY;
        } else if (mode == Mode.THIRD_PARTY && host != HostSide.THIRD) {
            mode = Mode.VISIT;
        }
        return engagement.withVenue(place.id(), host, mode);
    }

    private static String nextId(List<Engagement> engagements) {
        List<String> ids = engagements.stream().map(Engagement::id).toList();
        return DatasetContent.id("e", DatasetContent.nextNumber(ids, "e"));
    }

    private static List<String> union(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        b.stream().filter(id -> !all.contains(id)).forEach(all::add);
        return all;
    }
}
