package org.engagements.notebook.session;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import jdk.jshell.Diag;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;

/**
 * A snippet javac compiles but cannot write as a class file: a string constant over 65,535 bytes
 * ("constant string too long"), a method over 64 KB of bytecode ("code too large"), more than 65,535
 * constants ("too many constants"), and javac's other {@code compiler.err.limit.*} errors. JShell
 * reports these only when it generates the snippet's class, as a snippet left
 * {@code RECOVERABLE_NOT_DEFINED} with the error among its diagnostics.
 *
 * <p>Such a snippet harms the session, though not its state. javac's {@code ClassWriter} skips
 * resetting its constant pool when writing fails, and JShell reuses that compiler for the next
 * snippets ({@code JavacTaskPool}), so every later snippet fails too ({@code UTF8 representation for
 * string "xxx..." is too long for the constant pool}, or {@code too many constants}) and the names it
 * declares are missing ("cannot find symbol"). So on JDK 17.0.15 and 25.0.3 alike, and in plain
 * {@code jshell}. The notebook's JVM and the definitions in it are unharmed. {@link #repair} has
 * JShell make a fresh compiler ({@link JShell#addToClasspath} does; adding an entry the class path
 * already has changes nothing else) and drops the failed snippet, which JShell would otherwise compile
 * again with later ones; a probe then checks that snippets compile. As ever in JShell, a declaration
 * that failed this way has replaced an earlier one of the same name: that name is undeclared until a
 * cell declares it again.
 */
final class ClassFileLimit {
    private static final String ERROR_CODE_PREFIX = "compiler.err.limit.";
    /** A declaration that compiles to a class and runs nothing; dropped at once. */
    private static final String PROBE = "void $engagementsCompilerProbe() {}";

    private ClassFileLimit() {
    }

    /** Whether one of {@code errors} is a class-file limit. */
    static boolean reachedBy(List<Diag> errors) {
        return errors.stream().anyMatch(diag -> diag.getCode().startsWith(ERROR_CODE_PREFIX));
    }

    /**
     * Gives {@code jshell} a fresh compiler and drops {@code failed}; {@code entry} is one of its class
     * path. Returns whether snippets compile again; if not (or if JShell closed meanwhile), the session
     * cannot go on.
     */
    static boolean repair(JShell jshell, Snippet failed, Optional<Path> entry) {
        try {
            entry.ifPresent(path -> jshell.addToClasspath(path.toString()));
            jshell.drop(failed);            // compiles the snippets that use its name again: with the fresh compiler
            List<SnippetEvent> probe = jshell.eval(PROBE).stream().filter(event -> event.causeSnippet() == null)
                    .toList();
            probe.forEach(event -> jshell.drop(event.snippet()));
            return !probe.isEmpty() && probe.stream().allMatch(event -> event.status() == Snippet.Status.VALID);
        } catch (IllegalStateException closed) {
            return false;
        }
    }
}
