package org.engagements.data;

import java.util.List;
import org.engagements.core.EngagementsException;

/**
 * The data folder breaks the rules in {@link Schema}: the user's to fix by editing the data. Carries
 * every problem found (not just the first); the message lists them, one per line, after a summary line.
 */
public final class DataValidationException extends EngagementsException {
    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;
    private final String folderName;

    public DataValidationException(String folderName, List<Problem> problems) {
        super(Problems.summary(folderName, problems.size()) + System.lineSeparator()
                + String.join(System.lineSeparator(), Problems.lines(problems)));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a validation failure needs at least one problem");
        }
        this.problems = List.copyOf(problems);
        this.folderName = folderName;
    }

    /** Every problem, sorted by file and line. */
    public List<Problem> problems() {
        return problems;
    }

    /** The report: one line per problem, capped at 100 with "… and N more". */
    public List<String> report() {
        return Problems.lines(problems);
    }

    /** "data: 3 problems". */
    public String summary() {
        return Problems.summary(folderName, problems.size());
    }
}
