package org.engagements.data.vocab;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where each value of a JSON document starts, by JSON pointer ({@code /3/titles/0/from}), so problems
 * found after binding can still name {@code file:line:column}. Building the index is also the syntax
 * pass: malformed JSON, duplicate keys, exceeded limits and content after the top-level value fail it.
 */
final class JsonLocations {
    /** A 1-based line and character column. */
    record Position(int line, int column) {
    }

    /** No positions known: every lookup falls back to the exception's own location. */
    static final JsonLocations NONE = new JsonLocations(Map.of());

    private final Map<String, Position> byPointer;

    private JsonLocations(Map<String, Position> byPointer) {
        this.byPointer = Map.copyOf(byPointer);
    }

    /**
     * Parses the whole document with the codec's factory (and so its limits and features).
     *
     * @throws JsonProcessingException the user's syntax error, with its location
     */
    static JsonLocations index(String json, ObjectCodec codec) throws JsonProcessingException {
        Map<String, Position> positions = new HashMap<>();
        try (JsonParser parser = codec.getFactory().createParser(json)) {
            try {
                walk(parser, positions);
            } catch (StreamConstraintsException e) {
                throw new StreamConstraintsException(e.getOriginalMessage(), parser.currentLocation());
            }
        } catch (JsonProcessingException e) {
            throw e;
        } catch (IOException e) {
            throw new IllegalStateException("reading JSON from a string failed", e);
        }
        return new JsonLocations(positions);
    }

    private static void walk(JsonParser parser, Map<String, Position> positions) throws IOException {
        JsonToken token;
        while ((token = parser.nextToken()) != null) {
            if (token != JsonToken.FIELD_NAME && !token.isStructEnd()) {
                JsonLocation at = parser.currentTokenLocation();
                positions.put(parser.getParsingContext().pathAsPointer().toString(),
                        new Position(at.getLineNr(), at.getColumnNr()));
            }
            if (parser.getParsingContext().inRoot() && !token.isStructStart() && parser.nextToken() != null) {
                throw new JsonParseException(parser, "unexpected content after the top-level value",
                        parser.currentTokenLocation());
            }
        }
    }

    /** Where the value at the pointer starts, or its nearest enclosing value when it is absent. */
    Position at(String pointer) {
        return find(pointer).orElse(new Position(1, 1));
    }

    /** Where the value at the pointer or its nearest enclosing value starts, if indexed. */
    Optional<Position> find(String pointer) {
        String path = pointer;
        while (true) {
            Position position = byPointer.get(path);
            if (position != null || path.isEmpty()) {
                return Optional.ofNullable(position);
            }
            path = path.substring(0, path.lastIndexOf('/'));
        }
    }

    /** The pointer segment for a field name, escaped as RFC 6901 says. */
    static String segment(String fieldName) {
        return "/" + fieldName.replace("~", "~0").replace("/", "~1");
    }
}
