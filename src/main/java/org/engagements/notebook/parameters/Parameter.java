package org.engagements.notebook.parameters;

import java.util.Objects;
import java.util.Optional;

/**
 * A parameter of a notebook as it ran: declared in the parameters cell or injected with {@code -p}.
 *
 * @param name       the variable
 * @param javaType   its type as written in the declaration: {@code LocalDate}, {@code var}
 * @param expression its value as Java source: {@code LocalDate.parse("2021-01-01")}
 * @param origin     whether the value is the notebook's default or was given
 */
public record Parameter(String name, String javaType, String expression, Origin origin) {
    /** Where a parameter's value came from. */
    public enum Origin {
        /** The value in the notebook's parameters cell. */
        DEFAULT,
        /** A value given with {@code -p name=value}, in the injected-parameters cell. */
        GIVEN
    }

    public Parameter {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(javaType, "javaType");
        Objects.requireNonNull(expression, "expression");
        Objects.requireNonNull(origin, "origin");
    }

    /**
     * The value when the expression is a literal or a date of literals: a String, Integer, Long,
     * Double, Boolean or LocalDate; empty for other expressions ({@code List.of("a")}).
     */
    public Optional<Object> value() {
        return JavaLiterals.decode(expression);
    }

    /** The value for people: a string's text, a date as {@code 2021-01-01}, else the expression. */
    public String displayValue() {
        return value().map(String::valueOf).orElse(expression);
    }

    /** The declaration as Java source: {@code LocalDate from = LocalDate.parse("2021-01-01");}. */
    public String declaration() {
        return javaType + " " + name + " = " + expression + ";";
    }
}
