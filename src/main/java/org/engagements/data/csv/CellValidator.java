package org.engagements.data.csv;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.engagements.data.Problem;
import org.engagements.data.Schema;

/** The rules for one CSV cell given its {@link Schema.Column}: pure functions, no I/O. */
public final class CellValidator {
    /** What an id looks like, completing "expected …". */
    public static final String ID_RULE = "an id: lower-case letters and digits in groups joined by hyphens, e.g. e001";


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

    /** {@code [a-z0-9]+(-[a-z0-9]+)*}, by hand: a million ids are checked per file. */
    public static boolean isId(String value) {
        int n = value.length();
        if (n == 0 || value.charAt(0) == '-' || value.charAt(n - 1) == '-') {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = value.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c == '-' && value.charAt(i - 1) != '-');
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /** A strict ISO date: {@code 2021-02-29} and {@code 2021-13-40} are not dates. */
    public static Optional<LocalDate> parseDate(String value) {
        if (value.length() != 10 || value.charAt(4) != '-' || value.charAt(7) != '-') {
            return Optional.empty();
        }
        int year = digits(value, 0, 4);
        int month = digits(value, 5, 7);
        int day = digits(value, 8, 10);
        if (year < 0 || month < 0 || day < 0) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** The number written by ASCII digits {@code from..to}, or -1 if any is not a digit. */
    private static int digits(String value, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }

    /** The items of an id-list cell; none for an empty cell. */
    public static List<String> items(String value) {
        if (value.isEmpty()) {
            return List.of();
        }
        if (value.indexOf(';') < 0) {
            return List.of(value);
        }
        return List.of(value.split(Schema.LIST_SEPARATOR, -1));
    }

    private static Optional<String> code(String column, String value) {
        List<String> codes = CODES.computeIfAbsent(column, Schema::codes);
        return codes.contains(value) ? Optional.empty() : Optional.of("one of " + String.join(", ", codes));
    }

    private static final Map<String, List<String>> CODES = new ConcurrentHashMap<>();

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
