package org.engagements.ingest.evaluate;

import java.util.Arrays;
import java.util.function.BiPredicate;
import java.util.List;

/**
 * A maximum one-to-one matching between extracted candidates and curated events (augmenting paths), so
 * that the scores do not depend on the order candidates come in. Small inputs only: an article's worth.
 */
final class Matching {
    private Matching() {
    }

    /** For each gold event, the index of its matched candidate, or -1. */
    static <C, G> int[] match(List<C> candidates, List<G> gold, BiPredicate<C, G> matches) {
        int[] candidateOf = new int[gold.size()];
        int[] goldOf = new int[candidates.size()];
        Arrays.fill(candidateOf, -1);
        Arrays.fill(goldOf, -1);
        for (int g = 0; g < gold.size(); g++) {
            augment(g, new boolean[candidates.size()], candidates, gold, matches, candidateOf, goldOf);
        }
        return candidateOf;
    }

    private static <C, G> boolean augment(int g, boolean[] seen, List<C> candidates, List<G> gold,
                                          BiPredicate<C, G> matches, int[] candidateOf, int[] goldOf) {
        for (int c = 0; c < candidates.size(); c++) {
            if (seen[c] || !matches.test(candidates.get(c), gold.get(g))) {
                continue;
            }
            seen[c] = true;
            if (goldOf[c] < 0 || augment(goldOf[c], seen, candidates, gold, matches, candidateOf, goldOf)) {
                goldOf[c] = g;
                candidateOf[g] = c;
                return true;
            }
        }
        return false;
    }
}
