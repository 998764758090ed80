package org.engagements.synthetic;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.engagements.data.DatePrecision;
import org.engagements.data.Engagement;
import org.engagements.data.HostSide;
import org.engagements.data.Level;
import org.engagements.data.Mode;
import org.engagements.data.Person;
import org.engagements.data.Place;
import org.engagements.data.Side;
import org.engagements.data.Status;

/**
 * Draws one engagement around a start day, consistent with every rule of the data: dates within their
 * precision, host side matching mode and venue, participants in office on the day and on their own
 * side, level the highest among them, issues current in that year. Also writes the sentence an
 * article reports it with.
 */
final class EngagementDraw {
    /** An engagement and how an article reports it. */
    record Drawn(Engagement engagement, String dateExpression, String sentence) {
    }

    private static final Status[] STATUSES = Status.values();
    private static final int[] STATUS_WEIGHTS = {72, 9, 7, 3, 3, 3, 3};
    private static final Mode[] MODES = {Mode.VISIT, Mode.MULTILATERAL, Mode.PHONE, Mode.VIDEO, Mode.THIRD_PARTY};
    private static final int[] MODE_WEIGHTS = {40, 25, 17, 11, 7};
    private static final DatePrecision[] PRECISIONS = DatePrecision.values();
    private static final int[] PRECISION_WEIGHTS = {72, 7, 10, 3, 3, 5};
    private static final Level[] LEVELS = Level.values();
    private static final int[] LEVEL_WEIGHTS = {10, 42, 10, 18, 10, 10};
    private static final String[] OCCASIONS = {"G20 summit", "APEC leaders' meeting", "ASEAN Regional Forum",
        "East Asia Summit", "UN General Assembly", "Munich Security Conference", "Shangri-La Dialogue",
        "G20 foreign ministers' meeting", "UN climate conference", "Nuclear Security Summit"};
    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December"};
    private static final String[] SEASONS = {"winter", "spring", "summer", "autumn"};
    private static final String[] QUARTERS = {"first", "second", "third", "fourth"};
    private static final String[] NOTES = {"Date from the outlet's archive.", "Venue inferred from the dateline.",
        "Participants named in a later report.", "Status as of the latest report."};

    private final Random random;
    private final Officials officials;
    private final List<Place> usCities = Cities.in("US");
    private final List<Place> cnCities = Cities.in("CN");
    private final List<Place> thirdCities = Cities.in(null);

    EngagementDraw(Random random, Officials officials) {
        this.random = random;
        this.officials = officials;
    }

    Drawn draw(String id, LocalDate day) {
        DatePrecision precision = pick(PRECISIONS, PRECISION_WEIGHTS);
        LocalDate start = periodStart(day, precision);
        LocalDate end = periodEnd(start, precision);
        Status status = pick(STATUSES, STATUS_WEIGHTS);
        Mode mode = pick(MODES, MODE_WEIGHTS);
        if (mode == Mode.VIDEO && start.getYear() < 2000) {
            mode = Mode.PHONE;   // no video calls between the two governments before then
        }
        HostSide host = host(mode);
        Place venue = venue(mode, host);
        List<Person> us = participants(Side.US, start);
        List<Person> cn = random.nextInt(100) < 4 ? List.of() : participants(Side.CN, start);
        Level level = highest(us, cn);
        String occasion = mode == Mode.MULTILATERAL ? OCCASIONS[random.nextInt(OCCASIONS.length)] : "";
        List<String> issues = issues(start.getYear());
        String notes = random.nextInt(100) < 12 ? NOTES[random.nextInt(NOTES.length)] : "";
        Engagement engagement = new Engagement(id, title(mode, us, cn, venue, occasion),
                new Engagement.Dates(start, end, precision), status, mode, host, level,
                new Engagement.Participants(ids(us), ids(cn)), venue == null ? "" : venue.id(), occasion, issues, notes);
        String when = dateExpression(start, precision);
        return new Drawn(engagement, when, sentence(engagement, us, cn, venue, when));
    }

    private LocalDate periodStart(LocalDate day, DatePrecision precision) {
        return switch (precision) {
            case DAY -> day;
            case WEEK -> day.with(TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY));
            case MONTH -> day.withDayOfMonth(1);
            case SEASON -> LocalDate.of(day.getYear(), (day.getMonthValue() - 1) / 3 * 3 + 1, 1);
            case QUARTER -> LocalDate.of(day.getYear(), (day.getMonthValue() - 1) / 3 * 3 + 1, 1);
            case YEAR -> LocalDate.of(day.getYear(), 1, 1);
        };
    }

    /** The last day: up to three days for a day-precise engagement, else the whole period. */
    private LocalDate periodEnd(LocalDate start, DatePrecision precision) {
        return switch (precision) {
            case DAY -> start.plusDays(random.nextInt(100) < 60 ? 0 : random.nextInt(3));
            case WEEK -> start.plusDays(6);
            case MONTH -> start.with(TemporalAdjusters.lastDayOfMonth());
            case SEASON, QUARTER -> start.plusMonths(3).minusDays(1);
            case YEAR -> start.with(TemporalAdjusters.lastDayOfYear());
        };
    }

    private HostSide host(Mode mode) {
        return switch (mode) {
            case VISIT -> random.nextBoolean() ? HostSide.US : HostSide.CN;
            case THIRD_PARTY -> HostSide.THIRD;
            case MULTILATERAL -> random.nextInt(100) < 70 ? HostSide.THIRD : random.nextBoolean() ? HostSide.US : HostSide.CN;
            case PHONE, VIDEO -> HostSide.NONE;
        };
    }

    /** A city in the host's country; none for calls and, now and then, when only the country is known. */
    private Place venue(Mode mode, HostSide host) {
        if (mode.remote() || random.nextInt(100) < 5) {
            return null;
        }
        List<Place> cities = switch (host) {
            case US -> usCities;
            case CN -> cnCities;
            default -> thirdCities;
        };
        // The capitals host most visits.
        return random.nextInt(100) < 45 ? cities.get(0) : cities.get(random.nextInt(cities.size()));
    }

    /** One or two officials of a side in office on the day: one at the drawn level, maybe one below it. */
    private List<Person> participants(Side side, LocalDate day) {
        Level level = pick(LEVELS, LEVEL_WEIGHTS);
        List<Person> people = new ArrayList<>();
        people.add(holder(side, level, day));
        if (random.nextInt(100) < 30 && level.ordinal() + 1 < LEVELS.length) {
            Person second = holder(side, LEVELS[level.ordinal() + 1 + random.nextInt(LEVELS.length - level.ordinal() - 1)], day);
            if (!second.id().equals(people.get(0).id())) {
                people.add(second);
            }
        }
        return people;
    }

    private Person holder(Side side, Level level, LocalDate day) {
        List<Officials.Office> offices = Officials.offices(side, level);
        return officials.holder(offices.get(random.nextInt(offices.size())), day);
    }

    private static Level highest(List<Person> us, List<Person> cn) {
        Level level = Level.MILITARY;
        for (Person p : us) {
            level = level.max(p.level());
        }
        for (Person p : cn) {
            level = level.max(p.level());
        }
        return level;
    }

    /** None to four issues current in the year, each at most once. */
    private List<String> issues(int year) {
        int count = pick(new Integer[] {0, 1, 2, 3, 4}, new int[] {15, 35, 30, 14, 6});
        Set<String> chosen = new LinkedHashSet<>();
        for (int i = 0; i < count * 3 && chosen.size() < count; i++) {
            Topics.Topic topic = pick(TOPICS, TOPIC_WEIGHTS);
            if (topic.since() <= year) {
                chosen.add(topic.issue().id());
            }
        }
        return List.copyOf(chosen);
    }

    private static final Topics.Topic[] TOPICS = Topics.ALL.toArray(Topics.Topic[]::new);
    private static final int[] TOPIC_WEIGHTS = Topics.ALL.stream().mapToInt(Topics.Topic::weight).toArray();
    private static final java.util.Map<String, String> FIRST_SYNONYM = Topics.ALL.stream().collect(
            java.util.stream.Collectors.toMap(t -> t.issue().id(), t -> t.issue().synonyms().get(0)));

    private static String title(Mode mode, List<Person> us, List<Person> cn, Place venue, String occasion) {
        String a = us.isEmpty() ? "A US official" : us.get(0).name();
        String b = cn.isEmpty() ? "a Chinese official" : cn.get(0).name();
        String where = venue == null ? "" : " in " + venue.city();
        return switch (mode) {
            case VISIT, THIRD_PARTY -> a + " meets " + b + where;
            case MULTILATERAL -> a + " meets " + b + " at the " + occasion;
            case PHONE -> a + " and " + b + " speak by phone";
            case VIDEO -> a + " and " + b + " hold a video call";
        };
    }

    static String dateExpression(LocalDate start, DatePrecision precision) {
        String month = MONTHS[start.getMonthValue() - 1];
        int quarter = (start.getMonthValue() - 1) / 3;
        return switch (precision) {
            case DAY -> "on " + start.getDayOfMonth() + " " + month + " " + start.getYear();
            case WEEK -> "in the week of " + start.getDayOfMonth() + " " + month + " " + start.getYear();
            case MONTH -> "in " + month + " " + start.getYear();
            case SEASON -> "in the " + SEASONS[quarter] + " of " + start.getYear();
            case QUARTER -> "in the " + QUARTERS[quarter] + " quarter of " + start.getYear();
            case YEAR -> "in " + start.getYear();
        };
    }

    private static String sentence(Engagement e, List<Person> us, List<Person> cn, Place venue, String when) {
        String a = us.isEmpty() ? "A US official" : us.get(0).titles().get(0).title() + " " + us.get(0).name();
        String b = cn.isEmpty() ? "a Chinese counterpart" : cn.get(0).name();
        String verb = switch (e.status()) {
            case HELD -> e.mode().remote() ? "spoke with" : "met";
            case PLANNED -> e.mode().remote() ? "is to speak with" : "is to meet";
            case PROPOSED -> "proposed talks with";
            case REQUESTED -> "asked for talks with";
            case DECLINED -> "was refused talks with";
            case POSTPONED -> "postponed talks with";
            case CANCELLED -> "called off talks with";
        };
        String where = venue == null ? "" : " in " + venue.city();
        String how = e.mode() == Mode.PHONE ? " by phone"
                : e.mode() == Mode.VIDEO ? " by video link" : "";
        StringBuilder s = new StringBuilder(a).append(' ').append(verb).append(' ').append(b).append(how)
                .append(where).append(' ').append(when);
        if (!e.occasion().isEmpty()) {
            s.append(" on the sidelines of the ").append(e.occasion());
        }
        if (!e.issues().isEmpty()) {
            s.append(", with ").append(synonym(e.issues().get(0))).append(" on the agenda");
        }
        return s.append('.').toString();
    }

    private static String synonym(String issueId) {
        return FIRST_SYNONYM.getOrDefault(issueId, issueId);
    }

    private static List<String> ids(List<Person> people) {
        return people.stream().map(Person::id).toList();
    }

    private <T> T pick(T[] values, int[] weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int r = random.nextInt(total);
        for (int i = 0; i < values.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return values[i];
            }
        }
        return values[values.length - 1];
    }
}
