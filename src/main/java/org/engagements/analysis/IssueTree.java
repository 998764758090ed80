package org.engagements.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.engagements.data.Schema;
import tech.tablesaw.api.Table;

/** The issues vocabulary as a tree: labels, parents, and the roll-up of a tag to its ancestors. */
final class IssueTree {
    private final List<String> ids = new ArrayList<>();
    private final Map<String, String> labels = new HashMap<>();
    private final Map<String, String> parents = new HashMap<>();

    /** In: the issues table (id, label, parent; parent empty at the top level). */
    IssueTree(Table issues) {
        for (int i = 0; i < issues.rowCount(); i++) {
            String id = issues.stringColumn(Schema.ID).get(i);
            if (labels.putIfAbsent(id, issues.stringColumn(Schema.LABEL).get(i)) == null) {
                ids.add(id);
                parents.put(id, issues.stringColumn(Schema.PARENT).get(i));
            }
        }
    }

    /** Vocabulary ids in table order. */
    List<String> ids() {
        return ids;
    }

    /** The label, or the id itself for an id the vocabulary lacks. */
    String label(String id) {
        return labels.getOrDefault(id, id);
    }

    /** The parent id, or {@code ""} at the top level or for an unknown id. */
    String parent(String id) {
        String parent = parents.get(id);
        return parent == null ? "" : parent;
    }

    /** The tag and every ancestor, nearest first; a cycle in the vocabulary stops the walk. */
    Set<String> withAncestors(String id) {
        Set<String> chain = new LinkedHashSet<>();
        for (String at = id; !at.isEmpty() && chain.add(at); at = parent(at)) {
            // walks up until the top level or a repeat
        }
        return chain;
    }

    /** The issues of one engagement's cell, rolled up: each tag and its ancestors, once each. */
    Set<String> rolledUp(String issuesCell) {
        Set<String> all = new LinkedHashSet<>();
        for (String tag : IdList.split(issuesCell)) {
            all.addAll(withAncestors(tag));
        }
        return all;
    }
}
