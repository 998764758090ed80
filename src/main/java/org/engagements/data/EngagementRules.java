package org.engagements.data;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.engagements.data.csv.CellValidator;
import org.engagements.data.csv.CsvRow;
import org.engagements.data.csv.CsvTable;
import org.engagements.data.vocab.VocabularyFiles;

/**
 * The rules for one row of {@code engagements.csv} that go beyond cell types: dates in order and
 * within their precision, participants known and on the right side, mode, host side and venue
 * consistent, level matching the participants, issues known. Problems are the user's. Rules needing
 * a vocabulary whose file had problems, or a cell that failed its type rules, are skipped. One thread
 * checks a table (the split id lists are remembered).
 */
final class EngagementRules {
    private final CsvTable engagements;
    private final String file;
    private final Problems problems;
    private final Optional<Map<String, Person>> people;
    private final Optional<Map<String, Place>> places;
    private final Optional<Map<String, Issue>> issues;
    private final String peopleFile;
    private final String placesFile;
    private final String issuesFile;
    private final Suggestions.Budget peopleHints;
    private final Suggestions.Budget placeHints;
    private final Suggestions.Budget issueHints;
    private final Map<String, List<String>> splitCells = new HashMap<>();

    EngagementRules(CsvTable engagements, DataFolder folder, VocabularyFiles vocabulary, Problems problems) {
        this.engagements = engagements;
        this.file = engagements.file();
        this.problems = problems;
        this.people = vocabulary.peopleById();
        this.places = vocabulary.placesById();
        this.issues = vocabulary.issuesById();
        this.peopleFile = folder.display(Schema.PEOPLE_FILE);
        this.placesFile = folder.display(Schema.PLACES_FILE);
        this.issuesFile = folder.display(Schema.ISSUES_FILE);
        this.peopleHints = new Suggestions.Budget(people.map(Map::keySet).orElse(Set.of()));
        this.placeHints = new Suggestions.Budget(places.map(Map::keySet).orElse(Set.of()));
        this.issueHints = new Suggestions.Budget(issues.map(Map::keySet).orElse(Set.of()));
    }

    void check() {
        for (CsvRow row : engagements.rows()) {
            dates(row);
            participants(row, Side.US, Schema.US_PARTICIPANTS);
            participants(row, Side.CN, Schema.CN_PARTICIPANTS);
            hostSide(row, venue(row));
            level(row);
            issues(row);
        }
    }

    private void dates(CsvRow row) {
        if (!row.valid(Schema.DATE_START) || !row.valid(Schema.DATE_END)) {
            return;
        }
        LocalDate start = CellValidator.parseDate(row.get(Schema.DATE_START)).orElseThrow();
        LocalDate end = CellValidator.parseDate(row.get(Schema.DATE_END)).orElseThrow();
        if (end.isBefore(start)) {
            report(row, Schema.DATE_END, "a date not before date_start " + start);
            return;
        }
        if (!row.valid(Schema.DATE_PRECISION)) {
            return;
        }
        DatePrecision precision = DatePrecision.find(row.get(Schema.DATE_PRECISION)).orElseThrow();
        long span = ChronoUnit.DAYS.between(start, end) + 1;
        if (span > precision.maxSpanDays()) {
            report(row, Schema.DATE_END, "a date at most " + precision.maxSpanDays() + " days from date_start "
                    + start + " (counting both) for date_precision " + precision.code() + ", found " + span);
        }
    }

    private void participants(CsvRow row, Side side, String column) {
        if (people.isEmpty() || !row.valid(column)) {
            return;
        }
        for (String id : items(row, column)) {
            Person person = people.get().get(id);
            if (person == null) {
                report(row, column, id,
                        "a person id from " + peopleFile + peopleHints.hint(id));
            } else if (person.country() != side) {
                report(row, column, id, "a " + side.code() + " person; " + peopleFile + " has " + id
                        + " as " + person.country().code());
            }
        }
    }

    /** The venue's place when the venue is a known place id; reports unknown ones. */
    private Optional<Place> venue(CsvRow row) {
        if (places.isEmpty() || !row.present(Schema.VENUE)) {
            return Optional.empty();
        }
        String venue = row.get(Schema.VENUE);
        Place place = places.get().get(venue);
        if (place == null) {
            report(row, Schema.VENUE,
                    "a place id from " + placesFile + placeHints.hint(venue));
        }
        return Optional.ofNullable(place);
    }

    private void hostSide(CsvRow row, Optional<Place> place) {
        if (!row.valid(Schema.MODE) || !row.valid(Schema.HOST_SIDE)) {
            return;
        }
        Mode mode = Mode.find(row.get(Schema.MODE)).orElseThrow();
        HostSide host = HostSide.find(row.get(Schema.HOST_SIDE)).orElseThrow();
        if (mode.remote()) {
            if (row.present(Schema.VENUE)) {
                report(row, Schema.VENUE, "no venue for mode " + mode.code() + " (calls have none)");
            }
            if (host != HostSide.NONE) {
                report(row, Schema.HOST_SIDE, HostSide.NONE.code() + " for mode " + mode.code());
            }
            return;
        }
        Set<HostSide> allowed = allowedHosts(mode);
        if (!allowed.contains(host)) {
            report(row, Schema.HOST_SIDE, "one of " + codes(allowed) + " for mode " + mode.code());
        } else if (place.isPresent() && hostOf(place.get()) != host) {
            Place venue = place.get();
            report(row, Schema.HOST_SIDE, hostOf(venue).code() + " for venue " + venue.id()
                    + " (" + venue.city() + ", country " + venue.country() + ")");
        }
    }

    private static Set<HostSide> allowedHosts(Mode mode) {
        return switch (mode) {
            case VISIT -> EnumSet.of(HostSide.US, HostSide.CN);
            case THIRD_PARTY -> EnumSet.of(HostSide.THIRD);
            case MULTILATERAL -> EnumSet.of(HostSide.US, HostSide.CN, HostSide.THIRD);
            case PHONE, VIDEO -> EnumSet.of(HostSide.NONE);
        };
    }

    /** US venues are hosted by the US, Chinese venues by China, all others by a third country. */
    static HostSide hostOf(Place place) {
        return Side.find(place.country()).map(side -> side == Side.US ? HostSide.US : HostSide.CN)
                .orElse(HostSide.THIRD);
    }

    private void level(CsvRow row) {
        if (people.isEmpty() || !row.valid(Schema.LEVEL) || !row.valid(Schema.US_PARTICIPANTS)
                || !row.valid(Schema.CN_PARTICIPANTS)) {
            return;
        }
        Person top = null;
        for (String column : PARTICIPANT_COLUMNS) {
            for (String id : items(row, column)) {
                Person person = people.get().get(id);
                if (person != null && (top == null || person.level().compareTo(top.level()) < 0)) {
                    top = person;
                }
            }
        }
        if (top != null && !top.level().code().equals(row.get(Schema.LEVEL))) {
            report(row, Schema.LEVEL, top.level().code() + ", the highest level among the participants ("
                    + top.id() + " is " + top.level().code() + ")");
        }
    }

    private static final List<String> PARTICIPANT_COLUMNS = List.of(Schema.US_PARTICIPANTS, Schema.CN_PARTICIPANTS);

    private void issues(CsvRow row) {
        if (issues.isEmpty() || !row.valid(Schema.ISSUES)) {
            return;
        }
        for (String id : items(row, Schema.ISSUES)) {
            if (!issues.get().containsKey(id)) {
                report(row, Schema.ISSUES, id,
                        "an issue id from " + issuesFile + issueHints.hint(id));
            }
        }
    }

    /**
     * The ids of a valid id-list cell, split once per distinct cell: the same few hundred participant
     * and issue lists repeat over a million rows (and the reader shares one string per distinct cell,
     * whose hash is then computed once). At most {@value #ITEMS_KEPT} lists are kept.
     */
    private List<String> items(CsvRow row, String column) {
        String cell = row.get(column);
        List<String> items = splitCells.get(cell);
        if (items == null) {
            items = CellValidator.items(cell);
            if (splitCells.size() < ITEMS_KEPT) {
                splitCells.put(cell, items);
            }
        }
        return items;
    }

    private static final int ITEMS_KEPT = 1 << 16;

    private static String codes(Set<HostSide> hosts) {
        return hosts.stream().map(HostSide::code).collect(Collectors.joining(", "));
    }

    private void report(CsvRow row, String column, String expected) {
        report(row, column, row.get(column), expected);
    }

    private void report(CsvRow row, String column, String value, String expected) {
        problems.add(Problem.inCell(file, row.line(), column, value, expected));
    }
}
