package org.engagements.notebook.parameters;

import java.util.Objects;
import java.util.Optional;

/**
 * A variable declared with a value in a parameters cell: {@code LocalDate from = LocalDate.of(2018, 1, 1);}.
 *
 * @param javaType    the type as written: {@code LocalDate}, {@code int}, {@code var}
 * @param name        the variable
 * @param initializer the expression after {@code =}, without the semicolon, spaces collapsed
 * @param line        the 1-based line of the cell where the declaration starts
 */
public record Declaration(String javaType, String name, String initializer, int line) {
    public Declaration {
        Objects.requireNonNull(javaType, "javaType");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(initializer, "initializer");
    }

    /** The parameter type: the declared one, or for {@code var} the type of a literal initializer. */
    public Optional<ParameterType> type() {
        if (javaType.equals("var")) {
            return JavaLiterals.decode(initializer).flatMap(ParameterType::ofValue);
        }
        return ParameterType.ofDeclared(javaType);
    }

    /** The declaration as Java source: {@code int top = 10;}. */
    public String source() {
        return javaType + " " + name + " = " + initializer + ";";
    }
}
