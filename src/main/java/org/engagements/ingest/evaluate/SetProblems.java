package org.engagements.ingest.evaluate;

import java.util.ArrayList;
import java.util.List;
import org.engagements.data.Problem;

/**
 * The problems found while reading an evaluation set, collected rather than thrown at the first, up to a
 * cap. Not thread-safe: one reader fills it, then {@link #throwIfAny()}.
 */
final class SetProblems {
    static final int CAP = 50;

    private final List<String> messages = new ArrayList<>();
    private int count;

    /** {@code file:line: column "value": expected …}, the data files' style. */
    void cell(String file, int line, String column, String value, String expected) {
        add(Problem.inCell(file, line, column, value, expected).message());
    }

    void line(String file, int line, String expected) {
        add(Problem.atLine(file, line, expected).message());
    }

    void file(String file, String expected) {
        add(Problem.inFile(file, expected).message());
    }

    /** A message already in the compiler style (from a reader of this project). */
    void add(String message) {
        count++;
        if (messages.size() < CAP) {
            messages.add(message);
        }
    }

    /** How many problems were found, including those beyond the cap. */
    int count() {
        return count;
    }

    /** @throws EvaluationSetException listing the problems, when there are any */
    void throwIfAny() {
        if (count == 0) {
            return;
        }
        List<String> shown = new ArrayList<>(messages);
        if (count > messages.size()) {
            shown.add("… and " + (count - messages.size()) + " more problems");
        }
        throw new EvaluationSetException(shown);
    }
}
