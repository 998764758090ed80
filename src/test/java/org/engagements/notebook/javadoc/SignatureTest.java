package org.engagements.notebook.javadoc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Signatures as JShell's documentation writes them on JDK 17 and 25. */
class SignatureTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            int Math.max(int a, int b)                                        | METHOD      | Math                 | max            | int int
            Table Table.create(tech.tablesaw.columns.Column<?>... columns)    | METHOD      | Table                | create         | Column[]
            Table Table.create(String name, java.util.Collection<tech.tablesaw.columns.Column<?>> columns) | METHOD | Table | create | String Collection
            T Objects.<T>requireNonNull(T obj, String message)                | METHOD      | Objects              | requireNonNull | T String
            void java.io.PrintStream.println()                                 | METHOD      | java.io.PrintStream  | println        | ``
            boolean java.util.ArrayList<E>.addAll(java.util.Collection<? extends E> c) | METHOD | java.util.ArrayList | addAll   | Collection
            <T> java.util.Map.Entry<K,V> Map.<K, V>entry(K k, V v)            | METHOD      | Map                  | entry          | K V
            String String.join(CharSequence, CharSequence...)                  | METHOD      | String               | join           | CharSequence CharSequence[]
            int[] Foo.sort(int[] values) throws java.io.IOException            | METHOD      | Foo                  | sort           | int[]
            java.util.ArrayList<E>(int initialCapacity)                        | CONSTRUCTOR | java.util.ArrayList  | ArrayList      | int
            StringBuilder()                                                    | CONSTRUCTOR | StringBuilder        | StringBuilder  | ``
            <T> Box<T>(T value)                                                | CONSTRUCTOR | Box                  | Box            | T
            java.lang.Math                                                     | TYPE        | java.lang.Math       | ``             | ``
            java.util.List<E>                                                  | TYPE        | java.util.List       | ``             | ``
            Math.PI:double                                                     | FIELD       | Math                 | PI             | ``
            System.out:java.io.PrintStream                                     | FIELD       | System               | out            | ``
            e:tech.tablesaw.api.Table                                          | VARIABLE    | tech.tablesaw.api.Table | e           | ``
            names:java.util.List<java.lang.String>                             | VARIABLE    | java.util.List       | names          | ``
            grid:int[][]                                                       | VARIABLE    | ``                   | grid           | ``
            n:int                                                              | VARIABLE    | ``                   | n              | ``
            """)
    void jshellSignaturesAreReadBack(String signature, Signature.Kind kind, String owner, String name, String types) {
        List<String> parameterTypes = types.isEmpty() ? List.of() : List.of(types.split(" "));
        assertEquals(new Signature(kind, owner, name, parameterTypes), Signature.parse(signature));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            java.util.Map.Entry<K,V>[]          | Entry[]
            Column<?>...                        | Column[]
            @Nullable String                    | String
            int                                 | int
            java.util.List<java.util.List<T>>   | List
            """)
    void typesAreComparedErasedAndSimple(String type, String simple) {
        assertEquals(simple, Signature.simpleType(type));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Math.PI:double                  | double Math.PI
            e:tech.tablesaw.api.Table       | tech.tablesaw.api.Table e
            int Math.max(int a, int b)      | int Math.max(int a, int b)
            java.lang.Math                  | java.lang.Math
            """)
    void fieldsAndVariablesAreShownTypeFirst(String signature, String shown) {
        assertEquals(shown, Signature.display(signature));
    }
}
