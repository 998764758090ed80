package org.engagements.data.write;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.engagements.data.Issue;
import org.engagements.data.Person;
import org.engagements.data.Place;
import org.engagements.data.Title;
import org.engagements.data.vocab.VocabularyReader;

/**
 * Formats the vocabulary files in the layout they are curated in: one entry per line inside a top-level
 * array (people's titles on a second line, one title per line), keys in a fixed order, coordinates with
 * at least four decimals. Non-ASCII text is written as UTF-8, not escaped. Pure functions, no I/O.
 */
final class VocabularyWriter {
    /** Continuation lines of a person's titles line up after {@code    "titles": [}. */
    private static final String TITLE_INDENT = " ".repeat(14);
    private static final int MIN_DECIMALS = 4;

    private VocabularyWriter() {
    }

    static String people(List<Person> people) {
        return array(people, VocabularyWriter::person);
    }

    static String places(List<Place> places) {
        return array(places, VocabularyWriter::place);
    }

    static String issues(List<Issue> issues) {
        return array(issues, VocabularyWriter::issue);
    }

    private static <T> String array(List<T> entries, Function<T, String> entry) {
        if (entries.isEmpty()) {
            return "[]\n";
        }
        return entries.stream().map(e -> "  " + entry.apply(e)).collect(Collectors.joining(",\n", "[\n", "\n]\n"));
    }

    private static String person(Person person) {
        String titles = person.titles().stream().map(VocabularyWriter::title)
                .collect(Collectors.joining(",\n" + TITLE_INDENT, "[", "]"));
        return "{" + field("id", string(person.id())) + ", " + field("name", string(person.name())) + ", "
                + field("aliases", strings(person.aliases())) + ", "
                + field("country", string(person.country().code())) + ", "
                + field("level", string(person.level().code())) + ",\n   "
                + field("titles", titles) + "}";
    }

    private static String title(Title title) {
        return "{" + field("title", string(title.title())) + ", " + field("from", string(title.from().toString()))
                + ", " + field("to", title.findTo().map(to -> string(to.toString())).orElse("null")) + "}";
    }

    private static String place(Place place) {
        return "{" + field("id", string(place.id())) + ", " + field("city", string(place.city())) + ", "
                + field("country", string(place.country())) + ", "
                + field("latitude", coordinate(place.latitude())) + ", "
                + field("longitude", coordinate(place.longitude())) + ", "
                + field("aliases", strings(place.aliases())) + "}";
    }

    private static String issue(Issue issue) {
        return "{" + field("id", string(issue.id())) + ", " + field("label", string(issue.label())) + ", "
                + field("parent", issue.findParent().map(VocabularyWriter::string).orElse("null")) + ", "
                + field("synonyms", strings(issue.synonyms())) + "}";
    }

    private static String field(String name, String json) {
        return string(name) + ": " + json;
    }

    private static String strings(List<String> values) {
        return values.stream().map(VocabularyWriter::string).collect(Collectors.joining(", ", "[", "]"));
    }

    /** A JSON string literal. */
    static String string(String value) {
        try {
            return VocabularyReader.MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a string did not serialise", e);
        }
    }

    /** Plain decimal notation with at least four decimals: -74.006 is written -74.0060. */
    static String coordinate(double value) {
        BigDecimal decimal = BigDecimal.valueOf(value);
        if (decimal.scale() < MIN_DECIMALS) {
            decimal = decimal.setScale(MIN_DECIMALS);
        }
        return decimal.toPlainString();
    }
}
