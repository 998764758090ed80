package org.engagements.data;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.ObjectCodec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Where each value of a JSON document starts, by JSON pointer ({@code /3/titles/0/from}), so problems
 * found after binding can still name {@code file:line:column}. Built only from documents that have
 * already parsed without error.
 */
final class JsonLocations {
    /** A 1-based line and character column. */
    record Position(int line, int column) {
    }

    private final Map<String, Position> byPointer;

    private JsonLocations(Map<String, Position> byPointer) {
        this.byPointer = Map.copyOf(byPointer);
    }

    /**
     * Indexes a document that the given codec has already parsed successfully.
     *
     * @throws UncheckedIOException if the document does not parse (a bug: callers bind it first)
     */
    static JsonLocations index(String json, ObjectCodec codec) {
        Map<String, Position> positions = new HashMap<>();
        try (JsonParser parser = codec.getFactory().createParser(json)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (token != JsonToken.FIELD_NAME && !token.isStructEnd()) {
                    JsonLocation at = parser.currentTokenLocation();
                    positions.put(parser.getParsingContext().pathAsPointer().toString(),
                            new Position(at.getLineNr(), at.getColumnNr()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("document was bound but does not parse again", e);
        }
        return new JsonLocations(positions);
    }

    /** Where the value at the pointer starts, or its nearest enclosing value when it is absent. */
    Position at(String pointer) {
        String path = pointer;
        while (!path.isEmpty()) {
            Position position = byPointer.get(path);
            if (position != null) {
                return position;
            }
            path = path.substring(0, path.lastIndexOf('/'));
        }
        return byPointer.getOrDefault("", new Position(1, 1));
    }
}
