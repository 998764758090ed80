package org.engagements.data;

import java.util.Collection;
import java.util.Optional;

/** "Did you mean …?" for unknown ids: the nearest known id by Levenshtein distance, if close enough. */
public final class Suggestions {
    /** Candidates further than this many edits away are not suggested. */
    static final int MAX_DISTANCE = 3;

    private Suggestions() {
    }

    /** The nearest candidate within {@link #MAX_DISTANCE} edits; ties go to the alphabetically first. */
    static Optional<String> nearest(String value, Collection<String> candidates) {
        String best = null;
        int bestDistance = MAX_DISTANCE + 1;
        for (String candidate : candidates) {
            if (Math.abs(candidate.length() - value.length()) > MAX_DISTANCE) {
                continue;   // cannot be near: saves the distance on most of a million ids
            }
            int d = distance(value, candidate);
            if (d < bestDistance || (d == bestDistance && best != null && candidate.compareTo(best) < 0)) {
                best = candidate;
                bestDistance = d;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * Hints against one set of candidates for one validation run. Each distinct unknown value is looked
     * up once, and at most {@value #LOOKUPS} values in all: a lookup scans every candidate, so a file
     * full of unknown ids among a million would otherwise cost n × n. Values past the limit get no hint
     * (reports list the first {@value Problems#SHOWN} problems anyway). Not thread-safe.
     */
    static final class Budget {
        static final int LOOKUPS = 200;

        private final Collection<String> candidates;
        private final java.util.Map<String, String> looked = new java.util.HashMap<>();

        Budget(Collection<String> candidates) {
            this.candidates = candidates;
        }

        /** {@link Suggestions#hint}, within the budget. */
        String hint(String value) {
            String known = looked.get(value);
            if (known != null) {
                return known;
            }
            if (looked.size() >= LOOKUPS) {
                return "";
            }
            String hint = Suggestions.hint(value, candidates);
            looked.put(value, hint);
            return hint;
        }
    }

    /** " (did you mean "beijing"?)", or "" when nothing is near. */
    public static String hint(String value, Collection<String> candidates) {
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
