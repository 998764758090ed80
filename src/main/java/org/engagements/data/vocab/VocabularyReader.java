package org.engagements.data.vocab;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.util.List;
import java.util.Optional;
import org.engagements.core.JsonLimits;
import org.engagements.data.DataFolder;
import org.engagements.data.Problem;
import org.engagements.data.Problems;
import org.engagements.data.Schema;
import org.engagements.data.csv.TextFile;
import org.engagements.data.vocab.VocabularyEntry.IssueEntry;
import org.engagements.data.vocab.VocabularyEntry.PersonEntry;
import org.engagements.data.vocab.VocabularyEntry.PlaceEntry;

/**
 * Reads the three vocabulary files with a hardened Jackson mapper: explicit size and nesting limits,
 * duplicate keys and unknown fields are errors, no type coercion, no polymorphic typing (entries are
 * plain records of strings and numbers). Every failure is the user's, reported as a {@link Problem}.
 */
public final class VocabularyReader {
    static final int MAX_NESTING_DEPTH = JsonLimits.MAX_NESTING_DEPTH;
    public static final int MAX_STRING_LENGTH = 1024 * 1024;

    /** Thread-safe once built. */
    public static final ObjectMapper MAPPER = mapper();

    private static final TypeReference<List<PersonEntry>> PEOPLE = new TypeReference<>() { };
    private static final TypeReference<List<PlaceEntry>> PLACES = new TypeReference<>() { };
    private static final TypeReference<List<IssueEntry>> ISSUES = new TypeReference<>() { };

    /** A file that parsed: its name as shown, its entries and where each value is. */
    record Parsed<E>(String file, List<E> entries, JsonLocations locations) {
    }

    private VocabularyReader() {
    }

    /** Reads and validates the vocabularies; a file with any problem comes back absent. */
    public static VocabularyFiles read(DataFolder folder, Problems problems) {
        return new VocabularyFiles(
                parse(folder, Schema.PEOPLE_FILE, PEOPLE, problems)
                        .flatMap(parsed -> VocabularyValidator.people(parsed, problems)),
                parse(folder, Schema.PLACES_FILE, PLACES, problems)
                        .flatMap(parsed -> VocabularyValidator.places(parsed, problems)),
                parse(folder, Schema.ISSUES_FILE, ISSUES, problems)
                        .flatMap(parsed -> VocabularyValidator.issues(parsed, problems)));
    }

    private static <E> Optional<Parsed<E>> parse(DataFolder folder, String relative, TypeReference<List<E>> type,
                                                 Problems problems) {
        String file = folder.display(relative);
        Optional<String> text = TextFile.read(folder.resolve(relative), file, problems);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        JsonLocations locations;
        List<E> entries;
        try {
            locations = JsonLocations.index(text.get(), MAPPER);
        } catch (JsonProcessingException e) {
            problems.add(JsonProblems.from(file, e, JsonLocations.NONE));
            return Optional.empty();
        }
        try {
            entries = MAPPER.readValue(text.get(), type);
        } catch (JsonProcessingException e) {
            problems.add(JsonProblems.from(file, e, locations));
            return Optional.empty();
        }
        if (entries == null) {
            problems.add(new Problem(file, 1, 1, "", null, "a JSON array, found null"));
            return Optional.empty();
        }
        return Optional.of(new Parsed<>(file, entries, locations));
    }

    private static ObjectMapper mapper() {
        return JsonLimits.mapper(JsonLimits.constraints()
                        .maxStringLength(MAX_STRING_LENGTH)
                        .maxDocumentLength(TextFile.MAX_BYTES)
                        .build())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .withCoercionConfig(LogicalType.Textual, config -> config
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .build();
    }
}
