package org.engagements.notebook.ipynb;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.engagements.core.JsonLimits;

/**
 * JSON text as the plain values {@link JsonText} writes: maps in the order written, lists, strings,
 * integers ({@code Integer}, {@code Long}, {@code BigInteger}), booleans, {@code null}, and numbers with
 * a fraction or exponent as {@link Decimal}, which keeps their digits, so a notebook Python wrote comes
 * back with the same digits. Read with {@link JsonLimits}' limits (and a larger document, for notebooks
 * with outputs); duplicate keys are refused. Stateless.
 */
final class JsonValues {
    /** Largest {@code .ipynb} read: outputs with images make notebooks larger than our data files. */
    static final long MAX_DOCUMENT_LENGTH = 256L * 1024 * 1024;
    private static final JsonFactory FACTORY = JsonLimits.mapper(JsonLimits.constraints()
            .maxDocumentLength(MAX_DOCUMENT_LENGTH).build()).build().getFactory();

    /** A number with a fraction or an exponent, as written: {@code 0.5}, {@code 1e-07}. */
    record Decimal(String text) {
        Decimal {
            Objects.requireNonNull(text, "text");
        }
    }

    /** Jackson's "[Source: REDACTED ...; line: 1, column: 11]" in its messages. */
    private static final Pattern SOURCE = Pattern.compile("\\[Source: [^;\\]]*; line: (\\d+), column: (\\d+)]");

    private JsonValues() {
    }

    /** The message of a JSON error on one line, locations as "line 3, column 4", for users to read. */
    static String message(JsonProcessingException e) {
        String message = String.valueOf(e.getOriginalMessage()).replaceAll("\\s*\\R\\s*", " ");
        return SOURCE.matcher(message).replaceAll("line $1, column $2");
    }

    /**
     * The value {@code text} holds.
     *
     * @throws JsonProcessingException with the location of the first error (bad syntax, a duplicate key,
     *                                 a limit exceeded, text after the value)
     */
    static Object parse(String text) throws JsonProcessingException {
        try (JsonParser parser = FACTORY.createParser(text)) {
            if (parser.nextToken() == null) {
                throw new JsonParseException(parser, "expected a JSON value, found no text");
            }
            Object value = read(parser);
            if (parser.nextToken() != null) {
                throw new JsonParseException(parser, "expected the end of the text after the JSON value, found "
                        + parser.currentToken().asString());
            }
            return value;
        } catch (JsonProcessingException e) {
            throw e;
        } catch (IOException e) {
            throw new UncheckedIOException("reading JSON from a string", e);
        }
    }

    private static Object read(JsonParser parser) throws IOException {
        JsonToken token = parser.currentToken();
        return switch (token) {
            case START_OBJECT -> object(parser);
            case START_ARRAY -> array(parser);
            case VALUE_STRING -> parser.getText();
            case VALUE_NUMBER_INT -> parser.getNumberValue();
            case VALUE_NUMBER_FLOAT -> new Decimal(parser.getText());
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            case VALUE_NULL -> null;
            default -> throw new JsonParseException(parser, "unexpected " + token);
        };
    }

    private static Map<String, Object> object(JsonParser parser) throws IOException {
        Map<String, Object> map = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            parser.nextToken();
            map.put(name, read(parser));
        }
        return map;
    }

    private static List<Object> array(JsonParser parser) throws IOException {
        List<Object> list = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            list.add(read(parser));
        }
        return list;
    }

    /** {@code value} as a JSON object, or null when it is something else. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> asObject(Object value) {
        return value instanceof Map<?, ?> map ? (Map<String, Object>) map : null;
    }

    /** A deep copy of a value read by {@link #parse}, with fresh mutable maps and lists. */
    static Object copy(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((key, item) -> copy.put((String) key, copy(item)));
            return copy;
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>();
            list.forEach(item -> copy.add(copy(item)));
            return copy;
        }
        return value;
    }
}
