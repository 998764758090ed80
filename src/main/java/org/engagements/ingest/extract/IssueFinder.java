package org.engagements.ingest.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.engagements.data.Issue;

/**
 * Finds issues by their synonyms in {@code vocab/issues.json}: whole words, any case, the longest
 * synonym where two overlap ("origin of the SARS-CoV-2 virus" over "SARS-CoV-2"). An issue is dropped
 * when one of its sub-issues is found too ("human rights" with "Hong Kong" gives only hong-kong). A
 * synonym that is part of an office ("climate envoy", "military officer") is kept apart: it describes
 * that official's brief and goes only to engagements with that official. Immutable and thread-safe.
 */
final class IssueFinder {
    private static final Pattern OFFICE_AFTER = Pattern.compile("^[\\s-]+(?:envoys?|negotiators?|czars?|chiefs?|"
            + "ministers?|secretar(?:y|ies)|officials?|officers?|advisers?|advisors?)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern OFFICE_WORD = Pattern.compile("(?i)(?:officers?|officials?)$");

    /** An issue found in a text; {@code office} when its words name an official's brief. */
    record Found(String issueId, int start, int end, boolean office) {
    }

    private final Gazetteer<String> synonyms;
    private final Map<String, String> parents;

    IssueFinder(List<Issue> issues) {
        Map<String, String> bySynonym = new java.util.LinkedHashMap<>();
        this.parents = new HashMap<>();
        for (Issue issue : issues) {
            issue.synonyms().forEach(s -> bySynonym.putIfAbsent(s, issue.id()));
            issue.findParent().ifPresent(parent -> parents.put(issue.id(), parent));
        }
        this.synonyms = new Gazetteer<>(bySynonym, true);
    }

    /** Every synonym occurrence of a text, in text order. */
    List<Found> find(String text) {
        List<Found> found = new ArrayList<>();
        for (Gazetteer.Hit<String> hit : synonyms.find(text)) {
            boolean office = OFFICE_AFTER.matcher(text).region(hit.end(), text.length()).lookingAt()
                    || OFFICE_WORD.matcher(hit.words()).find();
            found.add(new Found(hit.value(), hit.start(), hit.end(), office));
        }
        return List.copyOf(found);
    }

    /** The ids, in first-found order, without any issue whose sub-issue is also there. */
    List<String> mostSpecific(List<String> ids) {
        Set<String> unique = new LinkedHashSet<>(ids);
        Set<String> ancestors = new LinkedHashSet<>();
        for (String id : unique) {
            String parent = parents.get(id);
            while (parent != null && ancestors.add(parent)) {
                parent = parents.get(parent);
            }
        }
        return unique.stream().filter(id -> !ancestors.contains(id)).toList();
    }
}
