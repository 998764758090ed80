package org.engagements.data.vocab;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.engagements.data.Problem;
import org.engagements.data.vocab.JsonLocations.Position;

/** Turns Jackson's errors for a vocabulary file into {@link Problem}s with {@code file:line:column}. */
final class JsonProblems {
    private static final Pattern SOURCE = Pattern.compile("\\[Source: [^;]*; line: (\\d+), column: (\\d+)]");
    /** "(for root starting at [Source: REDACTED …; line: 1])": Jackson's context, without a column. */
    private static final Pattern CONTEXT = Pattern.compile(" ?\\(for [^(]*\\[Source: [^\\]]*; line: (\\d+)]\\)");
    private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '(.*)'");
    private static final Pattern LIMIT_ORIGIN = Pattern.compile(", from `[^`]*`\\)");

    private JsonProblems() {
    }

    /**
     * The problem for a Jackson error. Binding errors are placed at the offending value using the
     * document's index; syntax errors (found while indexing, so with {@link JsonLocations#NONE}) where the
     * parser stopped.
     */
    static Problem from(String file, JsonProcessingException e, JsonLocations locations) {
        JsonProcessingException cause = e.getCause() instanceof JsonProcessingException inner ? inner : e;
        Position position = pointer(e).flatMap(locations::find).orElseGet(() -> position(e, cause));
        int line = position.line();
        int column = position.column();
        String field = field(e);
        String message = clean(cause.getOriginalMessage());
        if (e instanceof UnrecognizedPropertyException unknown) {
            return new Problem(file, line, column, unknown.getPropertyName(), null,
                    "one of the fields " + known(unknown.getKnownPropertyIds()));
        }
        if (cause instanceof StreamConstraintsException) {
            return new Problem(file, line, column, field, null, "a document within the reader's limits: "
                    + LIMIT_ORIGIN.matcher(message).replaceAll(")"));
        }
        Matcher duplicate = DUPLICATE.matcher(message);
        if (cause instanceof JsonParseException && duplicate.matches()) {
            return new Problem(file, line, column, duplicate.group(1), null,
                    "each field once per object; this one is repeated");
        }
        if (e instanceof InvalidFormatException format) {
            return new Problem(file, line, column, field, String.valueOf(format.getValue()),
                    describe(format.getTargetType()));
        }
        if (e instanceof MismatchedInputException mismatch && !(cause instanceof JsonParseException)) {
            return new Problem(file, line, column, field, null, describe(mismatch.getTargetType()));
        }
        return new Problem(file, line, column, "", null, "valid JSON: " + message);
    }

    private static Optional<String> pointer(JsonProcessingException e) {
        if (!(e instanceof JsonMappingException mapping)) {
            return Optional.empty();
        }
        StringBuilder pointer = new StringBuilder();
        for (JsonMappingException.Reference reference : mapping.getPath()) {
            pointer.append(reference.getFieldName() != null
                    ? JsonLocations.segment(reference.getFieldName())
                    : "/" + reference.getIndex());
        }
        return Optional.of(pointer.toString());
    }

    private static Position position(JsonProcessingException e, JsonProcessingException cause) {
        JsonLocation location = e.getLocation() != null ? e.getLocation() : cause.getLocation();
        int line = location == null ? 0 : Math.max(0, location.getLineNr());
        return new Position(line, line == 0 ? 0 : Math.max(0, location.getColumnNr()));
    }

    /** The innermost field name on the error's path, or "" (an array element or the root). */
    private static String field(JsonProcessingException e) {
        if (!(e instanceof JsonMappingException mapping)) {
            return "";
        }
        List<JsonMappingException.Reference> path = mapping.getPath();
        for (int i = path.size() - 1; i >= 0; i--) {
            if (path.get(i).getFieldName() != null) {
                return path.get(i).getFieldName();
            }
        }
        return "";
    }

    private static String known(Collection<Object> fields) {
        return String.join(", ", fields.stream().map(Objects::toString).sorted().toList());
    }

    private static String describe(Class<?> type) {
        if (type == null) {
            return "a value of another type";
        }
        if (type == String.class) {
            return "a string";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class || type == int.class) {
            return "a number";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "an array";
        }
        return type.isRecord() ? "an object" : "a value of another type";
    }

    /** Jackson's message on one line, with "[Source: …; line: 3, column: 4]" shortened to "line 3, column 4". */
    private static String clean(String message) {
        String first = message == null ? "malformed JSON" : message.lines().findFirst().orElse("malformed JSON");
        return CONTEXT.matcher(SOURCE.matcher(first).replaceAll("line $1, column $2")).replaceAll("");
    }
}
