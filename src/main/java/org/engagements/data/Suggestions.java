package org.engagements.data;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/** "Did you mean …?" for unknown ids: the nearest known id by Levenshtein distance, if close enough. */
final class Suggestions {
    /** Candidates further than this many edits away are not suggested. */
    static final int MAX_DISTANCE = 3;

    private Suggestions() {
    }

    /** The nearest candidate within {@link #MAX_DISTANCE} edits; ties go to the alphabetically first. */
    static Optional<String> nearest(String value, Collection<String> candidates) {
        return candidates.stream()
                .filter(candidate -> distance(value, candidate) <= MAX_DISTANCE)
                .min(Comparator.<String>comparingInt(candidate -> distance(value, candidate))
                        .thenComparing(Comparator.naturalOrder()));
    }

    /** " (did you mean "beijing"?)", or "" when nothing is near. */
    static String hint(String value, Collection<String> candidates) {
        return nearest(value, candidates).map(near -> " (did you mean " + Problem.quote(near) + "?)").orElse("");
    }

    /** The Levenshtein distance: insertions, deletions and substitutions, one edit each. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
