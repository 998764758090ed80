package org.engagements.notebook;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.engagements.core.EngagementsException;

/**
 * A {@code .jsh} notebook that cannot be read as cells: the message lists every problem found (up to
 * a cap), one per line, as {@code file:line: what is wrong; what was expected}. The notebook's author
 * is at fault, not the program.
 */
public class NotebookSyntaxException extends EngagementsException {
    private static final long serialVersionUID = 1L;

    private final transient List<SyntaxProblem> problems;

    /** One problem at one line of one file. */
    public record SyntaxProblem(Path file, int line, String message) {
        @Override
        public String toString() {
            return file + ":" + line + ": " + message;
        }
    }

    public NotebookSyntaxException(List<SyntaxProblem> problems) {
        super(problems.stream().map(SyntaxProblem::toString).collect(Collectors.joining("\n")));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a syntax exception needs a problem");
        }
        this.problems = List.copyOf(problems);
    }

    public List<SyntaxProblem> problems() {
        return problems;
    }
}
