package org.engagements.ingest.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds known phrases (names, places, synonyms) in text as whole words, the longest at each place, left
 * to right without overlaps. Phrases are indexed by their first two characters, so a text is scanned once
 * and only the few phrases starting like a word are compared there (a regular expression with
 * hundreds of alternatives tries each at every position). Immutable and thread-safe.
 *
 * @param <V> what a phrase stands for
 */
final class Gazetteer<V> {
    /** A phrase found: where, the words as written, and its value. */
    record Hit<V>(int start, int end, String words, V value) {
    }

    private final Map<Integer, List<Map.Entry<String, V>>> byPrefix = new HashMap<>();
    private final boolean ignoreCase;

    /** Phrases in iteration order; for a phrase given twice the first value wins. */
    Gazetteer(Map<String, V> phrases, boolean ignoreCase) {
        this.ignoreCase = ignoreCase;
        Map<String, V> unique = new java.util.LinkedHashMap<>();
        phrases.forEach((phrase, value) -> {
            if (!phrase.isBlank()) {
                unique.putIfAbsent(ignoreCase ? phrase.toLowerCase(Locale.ROOT) : phrase, value);
            }
        });
        unique.forEach((phrase, value) -> byPrefix.computeIfAbsent(key(phrase, 0), k -> new ArrayList<>())
                .add(Map.entry(phrase, value)));
        byPrefix.values().forEach(list -> list.sort(Comparator.comparingInt(
                (Map.Entry<String, V> e) -> e.getKey().length()).reversed()));
    }

    List<Hit<V>> find(String text) {
        List<Hit<V>> hits = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            if (!wordChar(text.charAt(i)) || (i > 0 && wordChar(text.charAt(i - 1)))) {
                i++;
                continue;
            }
            Hit<V> hit = longestAt(text, i);
            if (hit != null) {
                hits.add(hit);
                i = hit.end();
            } else {
                i++;
            }
        }
        return hits;
    }

    private Hit<V> longestAt(String text, int start) {
        List<Map.Entry<String, V>> candidates = byPrefix.get(key(text, start));
        if (candidates == null) {
            return null;
        }
        for (Map.Entry<String, V> candidate : candidates) {
            String phrase = candidate.getKey();
            int end = start + phrase.length();
            boolean wordEnds = end >= text.length() || !wordChar(text.charAt(end))
                    || !wordChar(phrase.charAt(phrase.length() - 1));
            if (wordEnds && text.regionMatches(ignoreCase, start, phrase, 0, phrase.length())) {
                return new Hit<>(start, end, text.substring(start, end), candidate.getValue());
            }
        }
        return null;
    }

    /** The first two characters at a position (one at the end of the text), as one number. */
    private int key(String text, int start) {
        char first = text.charAt(start);
        char second = start + 1 < text.length() ? text.charAt(start + 1) : 0;
        return ignoreCase ? Character.toLowerCase(first) << 16 | Character.toLowerCase(second) : first << 16 | second;
    }

    static boolean wordChar(char c) {
        return Character.isLetterOrDigit(c);
    }
}
