package org.engagements.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.engagements.data.Issue;

/**
 * The words of every issue, counted in one pass over a text: the text is case-folded once, and each
 * word start is walked once through one trie of all issues' phrases ({@link PhraseTrie}). Each issue
 * still counts its own non-overlapping matches from left to right, taking at each start the phrase its
 * regex alternation would try first, so the counts are the regex's ({@link IssueMentions#pattern}); a
 * test compares them. Thread safe (immutable; each {@link #count} uses its own scratch arrays).
 */
final class IssueWords {
    private final List<Issue> issues;
    private final List<WordMatcher> matchers = new ArrayList<>();
    private final PhraseTrie trie = new PhraseTrie();

    IssueWords(List<Issue> issues) {
        this.issues = List.copyOf(issues);
        for (int i = 0; i < issues.size(); i++) {
            Issue issue = issues.get(i);
            List<String> words = issue.synonyms().isEmpty() ? List.of(issue.label()) : issue.synonyms();
            WordMatcher matcher = WordMatcher.of(words, IssueMentions.pattern(issue));
            matchers.add(matcher);
            if (matcher != null && !matcher.needsRegex()) {
                List<char[][]> phrases = matcher.phrases();
                for (int rank = 0; rank < phrases.size(); rank++) {
                    trie.add(i, rank, phrases.get(rank));
                }
            }
        }
    }

    List<Issue> issues() {
        return issues;
    }

    /** Occurrences of each issue's words in the text, in the order of {@link #issues()}. */
    int[] count(String text) {
        int[] counts = new int[issues.size()];
        if (text == null) {
            return counts;
        }
        char[] folded = WordMatcher.fold(text);
        Scan scan = new Scan(issues.size());
        for (int p = 0; p < folded.length; p++) {
            if (trie.startsWith(folded[p]) && (p == 0 || !WordMatcher.isWordBefore(text, p))) {
                scan.start(p);
                trie.matchesAt(text, folded, p, scan);
                scan.finish(counts);
            }
        }
        for (int i = 0; i < counts.length; i++) {
            WordMatcher matcher = matchers.get(i);
            if (matcher != null && matcher.needsRegex()) {
                counts[i] = matcher.countWithRegex(text);
            }
        }
        return counts;
    }

    /**
     * One text's scan: per issue, where its last match ended (no overlap within an issue) and, at the
     * current word start, the first-ranked phrase that matched. Not thread safe; one per {@link #count}.
     */
    private static final class Scan implements PhraseTrie.Hits {
        private final int[] next;
        private final int[] bestRank;
        private final int[] bestEnd;
        private final int[] touched;
        private int touchedCount;
        private int p;

        Scan(int issues) {
            next = new int[issues];
            bestRank = new int[issues];
            bestEnd = new int[issues];
            touched = new int[issues];
            Arrays.fill(bestRank, -1);
        }

        void start(int wordStart) {
            p = wordStart;
            touchedCount = 0;
        }

        @Override
        public void hit(int issue, int rank, int end) {
            if (p < next[issue]) {
                return;
            }
            if (bestRank[issue] < 0) {
                touched[touchedCount++] = issue;
            } else if (bestRank[issue] <= rank) {
                return;
            }
            bestRank[issue] = rank;
            bestEnd[issue] = end;
        }

        void finish(int[] counts) {
            for (int k = 0; k < touchedCount; k++) {
                int issue = touched[k];
                counts[issue]++;
                next[issue] = bestEnd[issue];
                bestRank[issue] = -1;
            }
        }
    }
}
