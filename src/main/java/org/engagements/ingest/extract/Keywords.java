package org.engagements.ingest.extract;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pattern with the words any match must contain: texts without them are skipped without running the
 * pattern, which keeps extraction fast (most sentences have no cue of most kinds). Immutable.
 */
record Keywords(Pattern pattern, List<String> words) {
    Keywords {
        words = List.copyOf(words);
        if (words.isEmpty()) {
            throw new IllegalArgumentException("a pattern needs at least one keyword: " + pattern);
        }
    }

    static Keywords of(String regex, String... words) {
        return new Keywords(Pattern.compile(regex), List.of(words));
    }

    /** Whether a lower-cased text contains any of the words. */
    boolean mayMatch(String lowerCase) {
        for (String word : words) {
            if (lowerCase.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** A matcher over the text, or one over the empty string when the text cannot match. */
    Matcher matcher(String text) {
        return matcher(text, text.toLowerCase(Locale.ROOT));
    }

    /** As {@link #matcher(String)}, given the text already lower-cased. */
    Matcher matcher(String text, String lowerCase) {
        return pattern.matcher(mayMatch(lowerCase) ? text : "");
    }
}
