package org.engagements.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.engagements.data.Issue;

/**
 * The words of every issue, counted in one pass over a text: the text is case-folded once, and each
 * word start is offered only to the issues with a word starting with that letter. Each issue still
 * counts its own non-overlapping matches from left to right, so the counts are the regex's
 * ({@link IssueMentions#pattern}); a test compares them. Thread safe (immutable).
 */
final class IssueWords {
    private final List<Issue> issues;
    private final List<WordMatcher> matchers = new ArrayList<>();
    /** Issue indexes by the folded first letter of one of their words (null: none), indexed by char. */
    private final int[][] byFirst = new int[Character.MAX_VALUE + 1][];

    IssueWords(List<Issue> issues) {
        this.issues = List.copyOf(issues);
        Map<Character, List<Integer>> first = new HashMap<>();
        for (int i = 0; i < issues.size(); i++) {
            Issue issue = issues.get(i);
            List<String> words = issue.synonyms().isEmpty() ? List.of(issue.label()) : issue.synonyms();
            WordMatcher matcher = WordMatcher.of(words, IssueMentions.pattern(issue));
            matchers.add(matcher);
            if (matcher != null && !matcher.needsRegex()) {
                for (char c : matcher.firstCharacters()) {
                    List<Integer> list = first.computeIfAbsent(c, k -> new ArrayList<>());
                    if (!list.contains(i)) {
                        list.add(i);
                    }
                }
            }
        }
        first.forEach((c, list) -> byFirst[c] = list.stream().mapToInt(Integer::intValue).toArray());
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
        int[] next = new int[issues.size()];
        for (int p = 0; p < folded.length; p++) {
            int[] candidates = byFirst[folded[p]];
            if (candidates == null || (p > 0 && WordMatcher.isWordBefore(text, p))) {
                continue;
            }
            for (int issue : candidates) {
                if (p >= next[issue]) {
                    int end = matchers.get(issue).matchAt(text, folded, p);
                    if (end > 0) {
                        counts[issue]++;
                        next[issue] = end;
                    }
                }
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
}
