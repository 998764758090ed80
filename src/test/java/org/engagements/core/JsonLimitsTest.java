package org.engagements.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every Jackson mapper of the main sources comes from {@link JsonLimits} (a source scan in the style of
 * {@code ArchitectureTest}), none turns on polymorphic typing, and the limits hold: deep, long and
 * repeated input fails with a Jackson processing error, never a StackOverflowError.
 */
class JsonLimitsTest {
    private static final Pattern MAPPER_CREATION = Pattern.compile(
            "new\\s+(ObjectMapper|JsonMapper|JsonFactory|MappingJsonFactory)\\s*\\(|\\b(JsonMapper|JsonFactory)\\.builder\\s*\\(");
    private static final Pattern POLYMORPHIC = Pattern.compile(
            "(?<!de)activateDefaultTyping|enableDefaultTyping|@JsonTypeInfo|@JsonSubTypes|PolymorphicTypeValidator");
    private static final Pattern COMMENTS = Pattern.compile("/\\*.*?\\*/|//[^\\n]*", Pattern.DOTALL);
    private static final String HOME = "core/JsonLimits.java";

    private static final ObjectMapper MAPPER = JsonLimits.mapper().build();

    @Test
    void everyMapperIsMadeByJsonLimitsAndNoneUsesPolymorphicTyping() throws IOException {
        Path sources = Path.of(System.getProperty("basedir"), "src", "main", "java", "org", "engagements");
        List<String> violations = new ArrayList<>();
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                String relative = sources.relativize(file).toString().replace('\\', '/');
                String code = COMMENTS.matcher(Files.readString(file)).replaceAll(" ");
                if (!relative.equals(HOME) && MAPPER_CREATION.matcher(code).find()) {
                    violations.add(relative + " makes its own Jackson mapper; use JsonLimits.mapper()");
                }
                if (POLYMORPHIC.matcher(code).find()) {
                    violations.add(relative + " uses polymorphic typing");
                }
            }
        }
        assertEquals(List.of(), violations);
    }

    @Test
    void hundredThousandNestedArraysFailWithAConstraintErrorNotAStackOverflow() {
        String deep = "[".repeat(100_000) + "]".repeat(100_000);
        StreamConstraintsException error = assertThrows(StreamConstraintsException.class, () -> MAPPER.readTree(deep));
        assertTrue(error.getMessage().contains("nesting depth (" + (JsonLimits.MAX_NESTING_DEPTH + 1) + ")"),
                error.getMessage());
    }

    @Test
    void duplicateKeysAreRefused() {
        JsonProcessingException error = assertThrows(JsonProcessingException.class,
                () -> MAPPER.readTree("{\"id\": 1, \"id\": 2}"));
        assertTrue(error.getOriginalMessage().startsWith("Duplicate field 'id'"), error.getOriginalMessage());
    }

    @Test
    void numbersAndNamesLongerThanTheLimitsAreRefused() {
        assertThrows(StreamConstraintsException.class,
                () -> MAPPER.readTree("[" + "9".repeat(JsonLimits.MAX_NUMBER_LENGTH + 1) + "]"));
        assertThrows(StreamConstraintsException.class,
                () -> MAPPER.readTree("{\"" + "k".repeat(JsonLimits.MAX_NAME_LENGTH + 1) + "\": 1}"));
    }

    @Test
    void theLimitsAreThoseTheMapperReadsWith() {
        var constraints = MAPPER.getFactory().streamReadConstraints();
        assertEquals(List.of(JsonLimits.MAX_NESTING_DEPTH, JsonLimits.MAX_STRING_LENGTH, JsonLimits.MAX_NAME_LENGTH,
                        JsonLimits.MAX_NUMBER_LENGTH, JsonLimits.MAX_DOCUMENT_LENGTH),
                List.of(constraints.getMaxNestingDepth(), constraints.getMaxStringLength(),
                        constraints.getMaxNameLength(), constraints.getMaxNumberLength(),
                        constraints.getMaxDocumentLength()));
    }
}
