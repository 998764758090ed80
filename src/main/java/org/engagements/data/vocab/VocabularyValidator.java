package org.engagements.data.vocab;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.engagements.data.Issue;
import org.engagements.data.Level;
import org.engagements.data.Person;
import org.engagements.data.Place;
import org.engagements.data.Problem;
import org.engagements.data.Problems;
import org.engagements.data.Side;
import org.engagements.data.Title;
import org.engagements.data.csv.CellValidator;
import org.engagements.data.vocab.JsonLocations.Position;
import org.engagements.data.vocab.VocabularyEntry.IssueEntry;
import org.engagements.data.vocab.VocabularyEntry.PersonEntry;
import org.engagements.data.vocab.VocabularyEntry.PlaceEntry;
import org.engagements.data.vocab.VocabularyEntry.TitleEntry;
import org.engagements.data.vocab.VocabularyReader.Parsed;

/**
 * Checks parsed vocabulary entries and turns them into {@link Person}, {@link Place} and {@link Issue}
 * values. Problems are the user's and name {@code file:line:column} of the offending value. A file comes
 * back absent when any of its entries has a problem. Not thread-safe: one validator per file.
 */
final class VocabularyValidator {
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private final String file;
    private final JsonLocations locations;
    private final Problems problems;
    private final int problemsBefore;
    private final Map<String, Position> ids = new HashMap<>();

    private VocabularyValidator(Parsed<?> parsed, Problems problems) {
        this.file = parsed.file();
        this.locations = parsed.locations();
        this.problems = problems;
        this.problemsBefore = problems.count();
    }

    static Optional<List<Person>> people(Parsed<PersonEntry> parsed, Problems problems) {
        VocabularyValidator validator = new VocabularyValidator(parsed, problems);
        List<Person> people = new ArrayList<>();
        for (int i = 0; i < parsed.entries().size(); i++) {
            validator.person("/" + i, parsed.entries().get(i)).ifPresent(people::add);
        }
        return validator.clean() ? Optional.of(people) : Optional.empty();
    }

    static Optional<List<Place>> places(Parsed<PlaceEntry> parsed, Problems problems) {
        VocabularyValidator validator = new VocabularyValidator(parsed, problems);
        List<Place> places = new ArrayList<>();
        for (int i = 0; i < parsed.entries().size(); i++) {
            validator.place("/" + i, parsed.entries().get(i)).ifPresent(places::add);
        }
        return validator.clean() ? Optional.of(places) : Optional.empty();
    }

    static Optional<List<Issue>> issues(Parsed<IssueEntry> parsed, Problems problems) {
        VocabularyValidator validator = new VocabularyValidator(parsed, problems);
        List<Issue> issues = new ArrayList<>();
        for (int i = 0; i < parsed.entries().size(); i++) {
            validator.issue("/" + i, parsed.entries().get(i)).ifPresent(issues::add);
        }
        if (validator.clean()) {
            for (IssueParents.Finding found : new IssueParents(issues).problems()) {
                String pointer = "/" + issues.indexOf(found.issue()) + "/parent";
                validator.report(pointer, "parent", found.issue().parent(), found.expected());
            }
        }
        return validator.clean() ? Optional.of(issues) : Optional.empty();
    }

    private boolean clean() {
        return problems.count() == problemsBefore;
    }

    private Optional<Person> person(String at, PersonEntry entry) {
        int before = problems.count();
        if (!object(at, entry)) {
            return Optional.empty();
        }
        id(at, entry.id());
        text(at, "name", entry.name());
        texts(at, "aliases", entry.aliases());
        code(at, "country", entry.country(), codes(Side.values(), Side::code));
        code(at, "level", entry.level(), codes(Level.values(), Level::code));
        List<Title> titles = titles(at + "/titles", entry.titles());
        if (problems.count() > before) {
            return Optional.empty();
        }
        return Optional.of(new Person(entry.id(), entry.name(), orEmpty(entry.aliases()),
                Side.find(entry.country()).orElseThrow(), Level.find(entry.level()).orElseThrow(), titles));
    }

    private List<Title> titles(String at, List<TitleEntry> entries) {
        List<Title> titles = new ArrayList<>();
        for (int i = 0; i < orEmpty(entries).size(); i++) {
            String here = at + "/" + i;
            TitleEntry entry = entries.get(i);
            if (!object(here, entry) || !text(here, "title", entry.title())) {
                continue;
            }
            Optional<LocalDate> from = date(here, "from", entry.from(), true);
            Optional<LocalDate> to = date(here, "to", entry.to(), false);
            if (from.isPresent() && to.isPresent() && to.get().isBefore(from.get())) {
                report(here + "/to", "to", entry.to(), "a date not before \"from\" " + entry.from());
            } else if (from.isPresent()) {
                titles.add(new Title(entry.title(), from.get(), to.orElse(null)));
            }
        }
        return titles;
    }

    private Optional<Place> place(String at, PlaceEntry entry) {
        int before = problems.count();
        if (!object(at, entry)) {
            return Optional.empty();
        }
        id(at, entry.id());
        text(at, "city", entry.city());
        texts(at, "aliases", entry.aliases());
        if (entry.country() == null || !COUNTRIES.contains(entry.country())) {
            report(at + "/country", "country", entry.country(),
                    "an ISO 3166-1 alpha-2 country code in capitals, e.g. CN, US or CH");
        }
        coordinate(at, "latitude", entry.latitude(), 90);
        coordinate(at, "longitude", entry.longitude(), 180);
        if (problems.count() > before) {
            return Optional.empty();
        }
        return Optional.of(new Place(entry.id(), entry.city(), entry.country(), entry.latitude(),
                entry.longitude(), orEmpty(entry.aliases())));
    }

    private Optional<Issue> issue(String at, IssueEntry entry) {
        int before = problems.count();
        if (!object(at, entry)) {
            return Optional.empty();
        }
        id(at, entry.id());
        text(at, "label", entry.label());
        texts(at, "synonyms", entry.synonyms());
        if (entry.parent() != null && !CellValidator.isId(entry.parent())) {
            report(at + "/parent", "parent", entry.parent(), CellValidator.ID_RULE + ", or null");
        }
        if (problems.count() > before) {
            return Optional.empty();
        }
        return Optional.of(new Issue(entry.id(), entry.label(), entry.parent(), orEmpty(entry.synonyms())));
    }

    private boolean object(String at, Object entry) {
        if (entry == null) {
            report(at, "", null, "an object, found null");
        }
        return entry != null;
    }

    private void id(String at, String id) {
        if (!text(at, "id", id)) {
            return;
        }
        if (!CellValidator.isId(id)) {
            report(at + "/id", "id", id, CellValidator.ID_RULE);
        } else if (ids.containsKey(id)) {
            report(at + "/id", "id", id, "a unique id; it is also on line " + ids.get(id).line());
        } else {
            ids.put(id, locations.at(at + "/id"));
        }
    }

    /** A required string: present, not blank, no control characters. */
    private boolean text(String at, String field, String value) {
        if (value == null || value.isBlank()) {
            report(at + "/" + field, field, value, "a non-empty string");
            return false;
        }
        if (value.chars().anyMatch(Character::isISOControl)) {
            report(at + "/" + field, field, value, "a string without control characters");
            return false;
        }
        return true;
    }

    /** An optional list of strings; when present, each must be a non-empty string. */
    private void texts(String at, String field, List<String> values) {
        for (int i = 0; i < orEmpty(values).size(); i++) {
            if (values.get(i) == null || values.get(i).isBlank()) {
                report(at + "/" + field + "/" + i, field, values.get(i), "a list of non-empty strings");
            }
        }
    }

    private void code(String at, String field, String value, List<String> codes) {
        if (!codes.contains(value)) {
            report(at + "/" + field, field, value, "one of " + String.join(", ", codes));
        }
    }

    private Optional<LocalDate> date(String at, String field, String value, boolean required) {
        if (value == null && !required) {
            return Optional.empty();
        }
        Optional<LocalDate> date = value == null ? Optional.empty() : CellValidator.parseDate(value);
        if (date.isEmpty()) {
            report(at + "/" + field, field, value, "a date yyyy-MM-dd" + (required ? "" : ", or null"));
        }
        return date;
    }

    private void coordinate(String at, String field, Double value, int limit) {
        if (value == null) {
            report(at + "/" + field, field, null, "a number");
        } else if (value < -limit || value > limit) {
            report(at + "/" + field, field, value.toString(), "a " + field + " from -" + limit + " to " + limit);
        }
    }

    private void report(String pointer, String field, String value, String expected) {
        Position position = locations.at(pointer);
        problems.add(new Problem(file, position.line(), position.column(), field, value, expected));
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    private static <E> List<String> codes(E[] values, Function<E, String> code) {
        return Arrays.stream(values).map(code).toList();
    }
}
