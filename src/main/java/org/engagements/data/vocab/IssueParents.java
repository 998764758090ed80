package org.engagements.data.vocab;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.engagements.data.Issue;
import org.engagements.data.Suggestions;

/**
 * The parent links of the issues: every parent must be another issue of the same file, and following
 * parents must end at a top-level issue, never loop.
 */
final class IssueParents {
    /** An issue whose parent breaks a rule, and what was expected of the parent. */
    record Finding(Issue issue, String expected) {
    }

    private final List<Issue> issues;
    private final Map<String, Issue> byId;

    IssueParents(List<Issue> issues) {
        this.issues = List.copyOf(issues);
        this.byId = VocabularyFiles.byId(issues, Issue::id);
    }

    /** Unknown parents, and each cycle once (at its alphabetically first issue), in file order. */
    List<Finding> problems() {
        List<Finding> findings = new ArrayList<>();
        for (Issue issue : issues) {
            if (issue.parent() == null) {
                continue;
            }
            if (!byId.containsKey(issue.parent())) {
                findings.add(new Finding(issue, "the id of an issue in this file"
                        + Suggestions.hint(issue.parent(), byId.keySet())));
                continue;
            }
            cycle(issue)
                    .filter(cycle -> Collections.min(cycle).equals(issue.id()))
                    .ifPresent(cycle -> findings.add(new Finding(issue,
                            "a chain of parents that ends at a top-level issue, found the cycle "
                                    + String.join(" → ", cycle) + " → " + issue.id())));
        }
        return findings;
    }

    /** The ids on the loop through this issue, starting with it; empty when its chain ends. */
    private Optional<List<String>> cycle(Issue start) {
        List<String> path = new ArrayList<>(List.of(start.id()));
        Set<String> seen = new HashSet<>(path);
        Issue current = start;
        while (current.parent() != null && byId.containsKey(current.parent())) {
            String parent = current.parent();
            if (parent.equals(start.id())) {
                return Optional.of(path);
            }
            if (!seen.add(parent)) {
                return Optional.empty();
            }
            path.add(parent);
            current = byId.get(parent);
        }
        return Optional.empty();
    }
}
