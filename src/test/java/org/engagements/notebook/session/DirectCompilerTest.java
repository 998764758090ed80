package org.engagements.notebook.session;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.util.JavacTask;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;

/** Which snippets the direct path takes, by their syntax alone (the session test covers the rest). */
class DirectCompilerTest {
    @Test
    void statementsThatDeclareNothingRunAsWritten() throws IOException {
        assertEquals(true, runsAsWritten("x++;", false));
        assertEquals(true, runsAsWritten("for (int i = 0; i < 3; i++) {\n    total += i;\n}", false));
        assertEquals(true, runsAsWritten("if (x > 0) {\n    int local = x;\n}", false));
        assertEquals(true, runsAsWritten("try {\n    f();\n} catch (Exception e) {\n}", false));
        assertEquals(true, runsAsWritten("throw new IllegalStateException();", false));
    }

    @Test
    void declarationsStayJShellSnippets() throws IOException {
        assertEquals(false, runsAsWritten("int x = 1;", false));
        assertEquals(false, runsAsWritten("var table = load();", false));
        assertEquals(false, runsAsWritten("int a = 1, b = 2;", false));
        assertEquals(false, runsAsWritten("class Point {}", false));
        assertEquals(false, runsAsWritten("record Point(int x) {}", false));
        assertEquals(false, runsAsWritten("interface Shape {}", false));
        assertEquals(false, runsAsWritten("enum Color { RED }", false));
    }

    @Test
    void whatJShellWouldReadOtherwiseIsLeftToIt() throws IOException {
        assertEquals(false, runsAsWritten("return 1;", false));      // JShell refuses it
        assertEquals(false, runsAsWritten(";", false));
        assertEquals(false, runsAsWritten("x++; y++;", false));      // two statements: one snippet each in JShell
    }

    @Test
    void aValueIsOneReturnedExpression() throws IOException {
        assertEquals(true, runsAsWritten("x + 1", true));
        assertEquals(true, runsAsWritten("switch (x) { case 1 -> \"one\"; default -> \"other\"; }", true));
    }

    private static boolean runsAsWritten(String snippet, boolean value) throws IOException {
        DirectSource source = DirectSource.of("$JShell$D1", snippet, value, List.of(), List.of()).orElseThrow();
        JavaFileObject unit = new SimpleJavaFileObject(URI.create("string:///REPL/$JShell$D1.java"),
                JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return source.text();
            }
        };
        JavacTask task = (JavacTask) ToolProvider.getSystemJavaCompiler()
                .getTask(null, null, diagnostic -> { }, List.of("-proc:none"), null, List.of(unit));
        Iterable<? extends CompilationUnitTree> trees = task.parse();
        return DirectCompiler.runsAsWritten(trees, value);
    }
}
