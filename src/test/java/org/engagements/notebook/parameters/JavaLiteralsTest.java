package org.engagements.notebook.parameters;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class JavaLiteralsTest {
    /** Found by the mutation fuzz test: the string pattern recursed once per escape and overflowed the stack. */
    @Test
    void aValueOfThousandsOfLineBreaksReadsBackFromItsLiteral() {
        String value = "held" + "\n".repeat(20_000) + "\"".repeat(20_000);
        assertEquals(Optional.of(value), JavaLiterals.decode(JavaLiterals.string(value)));
        assertEquals(Optional.of(LocalDate.of(2021, 1, 2)),
                JavaLiterals.decode("LocalDate.parse(\"2021-01-02\")"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"a\" + \"b\"", "\"a\\\"", "\"a\nb\"", "\"", "\"a\"b\"", "LocalDate.parse(\"x\" + \"y\")"})
    void whatIsNotOneStringLiteralHasNoValue(String expression) {
        assertEquals(Optional.empty(), JavaLiterals.decode(expression));
    }
}
