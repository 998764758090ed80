package org.engagements.notebook.parameters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ParameterTypeTest {
    @ParameterizedTest(name = "{0} \"{1}\" is written {2}")
    @CsvSource(delimiter = '|', value = {
        "STRING  | held           | \"held\"",
        "STRING  | ''             | \"\"",
        "INT     | 10             | 10",
        "INT     | -3             | -3",
        "LONG    | 9000000000     | 9000000000L",
        "DOUBLE  | 0.5            | 0.5",
        "DOUBLE  | -3e2           | -300.0",
        "DOUBLE  | 2              | 2.0",
        "BOOLEAN | true           | true",
        "BOOLEAN | FALSE          | false",
        "DATE    | 2021-01-31     | LocalDate.parse(\"2021-01-31\")"
    })
    void aValidValueBecomesAJavaExpressionOfItsType(ParameterType type, String text, String literal) {
        assertEquals(literal, type.literal(type.parse(text).orElseThrow()));
    }

    @ParameterizedTest(name = "{1} is not {0}")
    @CsvSource(delimiter = '|', value = {
        "INT     | ten",
        "INT     | 2147483648",
        "INT     | 1.5",
        "LONG    | 1e3",
        "DOUBLE  | NaN",
        "DOUBLE  | Infinity",
        "DOUBLE  | 0x10",
        "DOUBLE  | 1d",
        "BOOLEAN | yes",
        "DATE    | 2021-02-30",
        "DATE    | 2021-1-5",
        "DATE    | 01/02/2021"
    })
    void anInvalidValueIsRefused(ParameterType type, String text) {
        assertEquals(Optional.empty(), type.parse(text));
    }

    @ParameterizedTest(name = "\"{0}\" looks like {1}")
    @CsvSource(delimiter = '|', value = {
        "true        | BOOLEAN",
        "42          | INT",
        "-7          | INT",
        "9000000000  | LONG",
        "0.25        | DOUBLE",
        "2021-06-01  | DATE",
        "red         | STRING",
        "2021-13-01  | STRING",
        "''          | STRING"
    })
    void anUndeclaredValueIsTypedByItsShape(String text, ParameterType type) {
        assertEquals(type, ParameterType.ofShape(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "String | STRING", "java.lang.String | STRING", "int | INT", "Integer | INT", "long | LONG",
        "Double | DOUBLE", "boolean | BOOLEAN", "LocalDate | DATE", "java.time.LocalDate | DATE"
    })
    void declaredTypesMapToParameterTypes(String javaType, ParameterType type) {
        assertEquals(Optional.of(type), ParameterType.ofDeclared(javaType));
    }

    @Test
    void otherDeclaredTypesAreNotParameterTypes() {
        assertTrue(ParameterType.ofDeclared("float").isEmpty());
        assertTrue(ParameterType.ofDeclared("List<String>").isEmpty());
    }

    @Test
    void aStringLiteralEscapesWhatJavaWouldMisread() {
        String hostile = "quote \" backslash \\ unicode \\u0022 newline \n tab \t bell \u0007 ünï";

        String literal = JavaLiterals.string(hostile);

        assertEquals("\"quote \\\" backslash \\\\ unicode \\\\u0022 newline \\n tab \\t bell \\007 ünï\"", literal);
        assertEquals(Optional.of(hostile), JavaLiterals.decode(literal));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "10                          | 10",
        "1_000                       | 1000",
        "5L                          | 5",
        "0.5                         | 0.5",
        "true                        | true",
        "\"all\"                     | all",
        "LocalDate.of(2018, 1, 1)    | 2018-01-01",
        "LocalDate.parse(\"2021-01-01\") | 2021-01-01"
    })
    void literalsAndDatesOfLiteralsAreDecoded(String expression, String value) {
        assertEquals(value, JavaLiterals.decode(expression).map(String::valueOf).orElse("(none)"));
    }

    @Test
    void otherExpressionsHaveNoValue() {
        assertEquals(Optional.empty(), JavaLiterals.decode("List.of(\"a\")"));
        assertEquals(Optional.empty(), JavaLiterals.decode("LocalDate.now()"));
    }
}
