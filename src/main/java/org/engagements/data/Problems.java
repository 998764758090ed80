package org.engagements.data;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Collects the problems of one validation run, in the order found. Not thread-safe: one collector per
 * run, used by one thread.
 */
public final class Problems {
    /** At most this many problems are listed in a report; the rest are counted. */
    static final int SHOWN = 100;

    private static final Comparator<Problem> BY_PLACE = Comparator.comparing(Problem::file)
            .thenComparingInt(Problem::line)
            .thenComparingInt(Problem::position);

    private final List<Problem> found = new ArrayList<>();

    public void add(Problem problem) {
        found.add(problem);
    }

    /** Adds every problem of {@code other}, in its order. */
    public void addAll(Problems other) {
        found.addAll(other.found);
    }

    public int count() {
        return found.size();
    }

    /** All problems sorted by file, line and position; problems at the same place keep their order. */
    public List<Problem> sorted() {
        List<Problem> sorted = new ArrayList<>(found);
        sorted.sort(BY_PLACE);
        return List.copyOf(sorted);
    }

    /** One line per problem, the first {@link #SHOWN} of them, then "… and N more" if there are more. */
    public static List<String> lines(List<Problem> problems) {
        List<String> lines = new ArrayList<>();
        problems.stream().limit(SHOWN).map(Problem::message).forEach(lines::add);
        if (problems.size() > SHOWN) {
            lines.add("… and " + (problems.size() - SHOWN) + " more");
        }
        return List.copyOf(lines);
    }

    /** "data: 1 problem" or "data: 3 problems". */
    static String summary(String folderName, int count) {
        return folderName + ": " + count + (count == 1 ? " problem" : " problems");
    }
}
