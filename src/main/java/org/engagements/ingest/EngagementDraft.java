package org.engagements.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.engagements.data.Engagement;
import org.engagements.data.HostSide;
import org.engagements.data.Level;
import org.engagements.data.Mode;
import org.engagements.data.Person;
import org.engagements.data.Place;
import org.engagements.data.Side;
import org.engagements.data.Vocabulary;
import org.engagements.ingest.extract.Candidate;
import org.engagements.ingest.extract.TemporalExpression;

/**
 * Writes a candidate as a new row of {@code engagements.csv}: a neutral title from the participants and
 * the venue, the dates, mode and host side consistent with the venue (remote calls have none; a venue
 * in the US or China is that side's; any other is a third country's), the highest level among the
 * participants, and notes saying what was assumed rather than read. When the article states neither a
 * mode nor a place, a visit hosted by the US is assumed and the notes ask for a check.
 */
final class EngagementDraft {
    /**
     * The note of a row whose mode and host were guessed. Merging reads it: such a row's mode and host are
     * unknown, so a later report that states them matches the row and fills them in.
     */
    static final String ASSUMED_VISIT = "mode and host not stated in the article: a visit hosted by the US is assumed; "
            + "check it";

    private final Map<String, Person> people;
    private final Map<String, Place> places;

    EngagementDraft(Vocabulary vocabulary) {
        this.people = vocabulary.people().stream().collect(Collectors.toMap(Person::id, p -> p));
        this.places = vocabulary.places().stream().collect(Collectors.toMap(Place::id, p -> p));
    }

    Engagement draft(String id, Candidate candidate, String articleId) {
        TemporalExpression dates = candidate.dates();
        List<String> notes = new ArrayList<>(List.of("Extracted by ingest from " + articleId));
        if (!dates.note().isEmpty()) {
            notes.add(dates.note());
        }
        outsiders(candidate).ifPresent(words -> notes.add("participants not in the vocabulary (rows hold only its"
                + " ids; add them to vocab/people.json and to this row): " + words));
        Mode mode = mode(candidate, notes);
        HostSide host = host(mode, candidate, notes);
        String venue = mode.remote() ? "" : candidate.venue().orElse("");
        return new Engagement(id, title(candidate, mode), new Engagement.Dates(dates.start(), dates.end(),
                dates.precision()), candidate.status(), mode, host, level(candidate.us(), candidate.cn()),
                new Engagement.Participants(candidate.us(), candidate.cn()), venue, candidate.occasion(),
                candidate.issues(), String.join("; ", notes));
    }

    /** "China's new defence minister": the words of participants the vocabulary lacks, from the evidence. */
    static Optional<String> outsiders(Candidate candidate) {
        List<String> all = new ArrayList<>(candidate.outsiders(Side.US));
        all.addAll(candidate.outsiders(Side.CN));
        String words = String.join("; ", all);
        return words.isEmpty() ? Optional.empty() : Optional.of(words);
    }

    private static Mode mode(Candidate candidate, List<String> notes) {
        Optional<Mode> mode = candidate.assumedMode();
        if (candidate.mode().isEmpty() && mode.isPresent()) {
            notes.add("mode not stated: a call is assumed from the words");
        }
        if (mode.isEmpty()) {
            notes.add(ASSUMED_VISIT);
        }
        Mode chosen = mode.orElse(Mode.VISIT);
        boolean thirdCountry = candidate.country().filter(c -> !c.equals("US") && !c.equals("CN")).isPresent();
        return chosen == Mode.VISIT && thirdCountry ? Mode.THIRD_PARTY : chosen;
    }

    private HostSide host(Mode mode, Candidate candidate, List<String> notes) {
        if (mode.remote()) {
            return HostSide.NONE;
        }
        Optional<String> country = candidate.venue().map(places::get).map(Place::country).or(candidate::country);
        if (country.isEmpty() && mode == Mode.MULTILATERAL) {
            notes.add("host not stated: a third country is assumed");
        }
        HostSide host = country.map(EngagementDraft::hostOf).orElse(mode == Mode.MULTILATERAL ? HostSide.THIRD
                : mode == Mode.THIRD_PARTY ? HostSide.THIRD : HostSide.US);
        return mode == Mode.VISIT && host == HostSide.THIRD ? HostSide.US : host;
    }

    static HostSide hostOf(String country) {
        return country.equals("US") ? HostSide.US : country.equals("CN") ? HostSide.CN : HostSide.THIRD;
    }

    /** The highest level among the named participants (leader first). */
    Level level(List<String> us, List<String> cn) {
        Level level = Level.MILITARY;
        for (String id : concat(us, cn)) {
            Person person = people.get(id);
            if (person != null) {
                level = level.max(person.level());
            }
        }
        return level;
    }

    private String title(Candidate candidate, Mode mode) {
        String us = label(candidate, Side.US);
        String cn = label(candidate, Side.CN);
        String where = candidate.venue().map(places::get).map(p -> " in " + p.city())
                .orElse(candidate.occasion().isEmpty() ? "" : " at the " + candidate.occasion());
        if (mode.remote()) {
            return join(us, cn) + (mode == Mode.VIDEO ? " video call" : " call");
        }
        Optional<String> destination = candidate.venue().map(places::get).map(Place::city)
                .or(() -> candidate.country().map(EngagementDraft::countryName));
        if ((us.isEmpty() || cn.isEmpty()) && destination.isPresent()) {
            return (us.isEmpty() ? cn : us) + " visit to " + destination.get();
        }
        return join(us, cn) + " meeting" + where;
    }

    /** A side's names, else the words for someone the vocabulary lacks ("China's Dong Jun"), else empty. */
    private String label(Candidate candidate, Side side) {
        String names = names(candidate.side(side));
        return names.isEmpty() ? String.join(" and ", candidate.outsiders(side)) : names;
    }

    private static String countryName(String code) {
        return new java.util.Locale("", code).getDisplayCountry(java.util.Locale.ENGLISH);
    }

    private String names(List<String> ids) {
        List<String> names = ids.stream().map(id -> people.containsKey(id) ? people.get(id).name() : id).toList();
        if (names.size() <= 1) {
            return String.join("", names);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    private static String join(String us, String cn) {
        return (us.isEmpty() ? "US official" : us) + "–" + (cn.isEmpty() ? "Chinese official" : cn);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
