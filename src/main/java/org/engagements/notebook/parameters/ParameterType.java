package org.engagements.notebook.parameters;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The types a parameter given with {@code -p name=value} can have: how its text is parsed and
 * validated, and how the value is written as Java source.
 */
public enum ParameterType {
    STRING("String", "a string"),
    INT("int", "an int (a whole number from -2147483648 to 2147483647)"),
    LONG("long", "a long (a whole number)"),
    DOUBLE("double", "a double (a decimal number such as 0.5 or -3e2)"),
    BOOLEAN("boolean", "a boolean (true or false)"),
    DATE("LocalDate", "a date (yyyy-MM-dd, such as 2021-01-31)");

    private static final Pattern WHOLE = Pattern.compile("[+-]?\\d+");
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
    private static final Pattern DATE_SHAPE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private final String javaName;
    private final String description;

    ParameterType(String javaName, String description) {
        this.javaName = javaName;
        this.description = description;
    }

    /** The type's name in Java source: {@code int}, {@code LocalDate}. */
    public String javaName() {
        return javaName;
    }

    /** What a value must look like, for messages: {@code a date (yyyy-MM-dd, such as 2021-01-31)}. */
    public String description() {
        return description;
    }

    /** The type declared as {@code javaType} ({@code int}, {@code Integer}, {@code java.time.LocalDate}), if supported. */
    public static Optional<ParameterType> ofDeclared(String javaType) {
        return Optional.ofNullable(switch (javaType) {
            case "String", "java.lang.String" -> STRING;
            case "int", "Integer", "java.lang.Integer" -> INT;
            case "long", "Long", "java.lang.Long" -> LONG;
            case "double", "Double", "java.lang.Double" -> DOUBLE;
            case "boolean", "Boolean", "java.lang.Boolean" -> BOOLEAN;
            case "LocalDate", "java.time.LocalDate" -> DATE;
            default -> null;
        });
    }

    /** The type of a value written as {@code text} on the command line, judged by its shape. */
    public static ParameterType ofShape(String text) {
        for (ParameterType type : new ParameterType[] {BOOLEAN, INT, LONG, DOUBLE, DATE}) {
            if (type.parse(text).isPresent()) {
                return type;
            }
        }
        return STRING;
    }

    /** The type of a Java value as {@link JavaLiterals#decode} returns it. */
    static Optional<ParameterType> ofValue(Object value) {
        return Optional.ofNullable(value instanceof String ? STRING : value instanceof Integer ? INT
                : value instanceof Long ? LONG : value instanceof Double ? DOUBLE
                : value instanceof Boolean ? BOOLEAN : value instanceof LocalDate ? DATE : null);
    }

    /** {@code text} as a value of this type ({@code String}, {@code Integer}, ...), or empty if it is not one. */
    public Optional<Object> parse(String text) {
        try {
            return Optional.ofNullable(switch (this) {
                case STRING -> text;
                case INT -> WHOLE.matcher(text).matches() ? Integer.valueOf(text) : null;
                case LONG -> WHOLE.matcher(text).matches() ? Long.valueOf(text) : null;
                case DOUBLE -> DECIMAL.matcher(text).matches() ? finite(Double.parseDouble(text)) : null;
                case BOOLEAN -> text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")
                        ? Boolean.valueOf(text.toLowerCase(Locale.ROOT)) : null;
                case DATE -> DATE_SHAPE.matcher(text).matches()
                        ? LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE) : null;
            });
        } catch (NumberFormatException | DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static Double finite(double value) {
        return Double.isFinite(value) ? value : null;
    }

    /** {@code value} (as {@link #parse} returns it) as a Java expression of this type. */
    public String literal(Object value) {
        return switch (this) {
            case STRING -> JavaLiterals.string((String) value);
            case INT, BOOLEAN -> value.toString();
            case LONG -> value + "L";
            case DOUBLE -> Double.toString((Double) value);
            case DATE -> "LocalDate.parse(\"" + value + "\")";
        };
    }
}
