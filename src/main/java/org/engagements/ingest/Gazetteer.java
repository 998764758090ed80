package org.engagements.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds known phrases (names, places, synonyms) in text as whole words, the longest at each place, left
 * to right without overlaps. Phrases are indexed by their first word, so a text is scanned once however
 * many phrases there are (a regular expression with hundreds of alternatives tries each at every
 * position). Immutable and thread-safe.
 *
 * @param <V> what a phrase stands for
 */
final class Gazetteer<V> {
    /** A phrase found: where, the words as written, and its value. */
    record Hit<V>(int start, int end, String words, V value) {
    }

    private final Map<String, List<Map.Entry<String, V>>> byFirstWord = new HashMap<>();
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
        unique.forEach((phrase, value) -> byFirstWord.computeIfAbsent(key(firstWord(phrase, 0)), k -> new ArrayList<>())
                .add(Map.entry(phrase, value)));
        byFirstWord.values().forEach(list -> list.sort(Comparator.comparingInt(
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
        List<Map.Entry<String, V>> candidates = byFirstWord.get(key(firstWord(text, start)));
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

    private String key(String word) {
        return ignoreCase ? word.toLowerCase(Locale.ROOT) : word;
    }

    private static String firstWord(String text, int start) {
        int end = start;
        while (end < text.length() && wordChar(text.charAt(end))) {
            end++;
        }
        return text.substring(start, end);
    }

    static boolean wordChar(char c) {
        return Character.isLetterOrDigit(c);
    }
}
