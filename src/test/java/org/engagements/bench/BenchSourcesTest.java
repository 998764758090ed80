package org.engagements.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The single-file programs under {@code bench/} compile against the current classes, so a rename in
 * main code cannot silently break a benchmark that no test runs.
 */
class BenchSourcesTest {
    @Test
    void echoKernelCompilesAgainstTheKernelApi(@TempDir Path out) {
        Path source = Path.of(System.getProperty("basedir"), "bench", "EchoKernel.java");
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        StringWriter diagnostics = new StringWriter();
        try (StandardJavaFileManager files = javac.getStandardFileManager(null, null, null)) {
            boolean compiled = javac.getTask(diagnostics, files, null,
                    List.of("-d", out.toString(), "-cp", System.getProperty("java.class.path"), "-proc:none"),
                    null, files.getJavaFileObjects(source)).call();
            assertEquals("", compiled ? "" : diagnostics.toString(), source + " does not compile");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
