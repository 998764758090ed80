package org.engagements.notebook.parameters;

import java.util.Objects;
import javax.lang.model.SourceVersion;

/**
 * A parameter given on the command line, {@code -p name=value}, before it is typed: the value is text
 * until {@link Parameterizer} knows the type the notebook declares.
 */
public record Assignment(String name, String value) {
    public Assignment {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
    }

    /**
     * Parses {@code name=value}; the value is everything after the first {@code =} and may be empty.
     *
     * @throws ParameterException when there is no {@code =} or the name is not a Java variable name
     */
    public static Assignment parse(String text) {
        int equals = text.indexOf('=');
        if (equals < 0) {
            throw new ParameterException("-p " + text + ": expected name=value, such as -p from=2021-01-01");
        }
        String name = text.substring(0, equals).strip();
        if (!SourceVersion.isIdentifier(name) || SourceVersion.isKeyword(name)) {
            throw new ParameterException("-p " + text + ": \"" + name + "\" is not a Java variable name");
        }
        return new Assignment(name, text.substring(equals + 1));
    }

    @Override
    public String toString() {
        return name + "=" + value;
    }
}
