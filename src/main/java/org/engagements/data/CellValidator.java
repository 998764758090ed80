package org.engagements.data;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** The rules for one CSV cell given its {@link Schema.Column}: pure functions, no I/O. */
final class CellValidator {
    /** What an id looks like, completing "expected …". */
    static final String ID_RULE = "an id: lower-case letters and digits in groups joined by hyphens, e.g. e001";

    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);

    private CellValidator() {
    }

    /** What the value should have been, or empty when it is fine. */
    static Optional<String> check(Schema.Column column, String value) {
        Optional<String> control = controlCharacter(column.type(), value);
        if (control.isPresent()) {
            return control;
        }
        if (value.isEmpty()) {
            return column.required() ? Optional.of("a value (the column is required)") : Optional.empty();
        }
        return switch (column.type()) {
            case TEXT -> Optional.empty();
            case ID -> isId(value) ? Optional.empty() : Optional.of(ID_RULE);
            case DATE -> parseDate(value).isPresent() ? Optional.empty() : Optional.of("a date yyyy-MM-dd");
            case CODE -> code(column.name(), value);
            case ID_LIST -> idList(value);
        };
    }

    static boolean isId(String value) {
        return ID.matcher(value).matches();
    }

    /** A strict ISO date: {@code 2021-02-29} and {@code 2021-13-40} are not dates. */
    static Optional<LocalDate> parseDate(String value) {
        if (value.length() != 10) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(value, DATE));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** The items of an id-list cell; none for an empty cell. */
    static List<String> items(String value) {
        return value.isEmpty() ? List.of() : List.of(value.split(Schema.LIST_SEPARATOR, -1));
    }

    private static Optional<String> code(String column, String value) {
        List<String> codes = Schema.codes(column);
        return codes.contains(value) ? Optional.empty() : Optional.of("one of " + String.join(", ", codes));
    }

    private static Optional<String> idList(String value) {
        Set<String> seen = new HashSet<>();
        for (String item : items(value)) {
            if (item.isEmpty()) {
                return Optional.of("ids separated by \"" + Schema.LIST_SEPARATOR + "\" with no empty items");
            }
            if (!isId(item)) {
                return Optional.of("ids separated by \"" + Schema.LIST_SEPARATOR + "\", each " + ID_RULE
                        + "; " + Problem.quote(item) + " is not");
            }
            if (!seen.add(item)) {
                return Optional.of("each id once; " + Problem.quote(item) + " is listed twice");
            }
        }
        return Optional.empty();
    }

    /** Control characters are never allowed, except tabs and line breaks in free text. */
    private static Optional<String> controlCharacter(Schema.ColumnType type, String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean allowed = type == Schema.ColumnType.TEXT && (c == '\t' || c == '\n');
            if (Character.isISOControl(c) && !allowed) {
                return Optional.of(String.format("no control characters, found U+%04X", (int) c));
            }
        }
        return Optional.empty();
    }
}
