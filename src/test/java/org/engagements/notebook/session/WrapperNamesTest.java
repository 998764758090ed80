package org.engagements.notebook.session;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Messages as JDK 17 and 25 word them for cells, and what a user sees instead. */
class WrapperNamesTest {
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Cannot invoke "String.length()" because "REPL.$JShell$24.s" is null | Cannot invoke "String.length()" because "s" is null
            Cannot invoke "String.length()" because the return value of "REPL.$JShell$11.m()" is null | Cannot invoke "String.length()" because the return value of "m()" is null
            Cannot invoke "String.length()" because "REPL.$JShell$26.b.v" is null | Cannot invoke "String.length()" because "b.v" is null
            Cannot invoke "String.trim()" because "REPL.$JShell$17.xs[0]" is null | Cannot invoke "String.trim()" because "xs[0]" is null
            Cannot load from int array because "REPL.$JShell$9.arr" is null | Cannot load from int array because "arr" is null
            Cannot invoke "REPL.$JShell$22$Shape.area()" because "REPL.$JShell$23.sh" is null | Cannot invoke "Shape.area()" because "sh" is null
            REPL.$JShell$13$Bad | Bad
            oops REPL.$JShell$3$Foo@368239c8 | oops Foo@368239c8
            No enum constant REPL.$JShell$9.Color.BLUE | No enum constant Color.BLUE
            class REPL.$JShell$3$Foo cannot be cast to class java.lang.String (REPL.$JShell$3$Foo is in unnamed module of loader jdk.jshell.execution.DefaultLoaderDelegate$RemoteClassLoader @4dd8dc3; java.lang.String is in module java.base of loader 'bootstrap') | class Foo cannot be cast to class java.lang.String
            class REPL.$JShell$1$Foo cannot be cast to class REPL.$JShell$1B$Foo (REPL.$JShell$1$Foo and REPL.$JShell$1B$Foo are in unnamed module of loader jdk.jshell.execution.DefaultLoaderDelegate$RemoteClassLoader @24d46ca6) | class Foo (an earlier definition) cannot be cast to class Foo
            class REPL.$JShell$4$1 cannot be cast to class java.lang.String (REPL.$JShell$4$1 is in unnamed module of loader jdk.jshell.execution.DefaultLoaderDelegate$RemoteClassLoader @24d46ca6; java.lang.String is in module java.base of loader 'bootstrap') | class <anonymous class> cannot be cast to class java.lang.String
            class REPL.$JShell$1$$JShell$anonymous$$0 cannot be cast to class java.lang.String (REPL.$JShell$1$$JShell$anonymous$$0 is in unnamed module of loader x @1) | class <anonymous class> cannot be cast to class java.lang.String
            class REPL.$JShell$6$$Lambda$22/0x00007f47a400ba08 cannot be cast to class java.lang.String (REPL.$JShell$6$$Lambda$22/0x00007f47a400ba08 is in unnamed module of loader x @1; java.lang.String is in module java.base of loader 'bootstrap') | class <lambda> cannot be cast to class java.lang.String
            class REPL.$JShell$6$$Lambda/0x000000005b0494a0 cannot be cast to class java.lang.Runnable | class <lambda> cannot be cast to class java.lang.Runnable
            REPL.$JShell$12_13.f() | f()
            Could not initialize class REPL/$JShell$7$Cache | Could not initialize class Cache
            class java.lang.Integer cannot be cast to class java.lang.String (java.lang.Integer and java.lang.String are in module java.base of loader 'bootstrap') | class java.lang.Integer cannot be cast to class java.lang.String
            a $ sign and a $JShell$ mention in text | a $ sign and a $JShell$ mention in text
            `` | ``
            """)
    void wrapperClassNamesBecomeTheNamesTheCellsDeclared(String message, String shown) {
        assertEquals(shown, WrapperNames.clean(message));
    }
}
