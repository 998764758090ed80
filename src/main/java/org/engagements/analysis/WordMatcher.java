package org.engagements.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An issue's words, folded and ordered so that they match exactly as {@link IssueMentions#pattern} does
 * without running the regex at every position: a match can only start where a word starts (the
 * pattern's look-behind), so only word starts are tried ({@link PhraseTrie}). Case is folded
 * per character as {@code Pattern.CASE_INSENSITIVE | UNICODE_CASE} does
 * ({@code toLowerCase(toUpperCase(c))}), words are {@code [\p{L}\p{N}_]} runs, the spaces inside a
 * phrase any run of {@code [ \t\n\x0B\f\r]}. Words that begin or end with neither a letter nor a digit
 * need the regex ({@link #needsRegex()}). Thread safe (immutable); see {@link IssueWords}.
 */
final class WordMatcher {
    /** {@link #isWordCodePoint} for the ASCII code points, the most frequent by far. */
    private static final boolean[] ASCII_WORD = new boolean[0x80];

    /** Each char folded as the case-insensitive regex compares it: {@code toLowerCase(toUpperCase(c))}. */
    private static final char[] FOLDED = new char[Character.MAX_VALUE + 1];

    static {
        for (char c = 0; c < 0x80; c++) {
            ASCII_WORD[c] = isWordCodePoint(c);
        }
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            FOLDED[c] = Character.toLowerCase(Character.toUpperCase((char) c));
        }
    }

    private final List<char[][]> phrases;
    private final Pattern fallback;

    private WordMatcher(List<char[][]> phrases, Pattern fallback) {
        this.phrases = phrases;
        this.fallback = fallback;
    }

    /** A matcher for the words, longest first as the regex tries them; null when there are none. */
    static WordMatcher of(List<String> words, Pattern regex) {
        if (regex == null) {
            return null;
        }
        List<String> sorted = new ArrayList<>(words);
        sorted.removeIf(w -> w == null || w.isBlank());
        sorted.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        List<char[][]> phrases = new ArrayList<>();
        for (String word : sorted) {
            String[] parts = word.strip().split("\\s+");
            char[][] folded = new char[parts.length][];
            for (int i = 0; i < parts.length; i++) {
                folded[i] = fold(parts[i]);
            }
            if (!isWord(folded[0][0]) || !isWord(folded[parts.length - 1][folded[parts.length - 1].length - 1])
                    || hasSurrogates(word)) {
                return new WordMatcher(List.of(), regex);
            }
            phrases.add(folded);
        }
        return new WordMatcher(phrases, null);
    }

    /** Whether the regex must be run instead (words that start or end with neither letter nor digit). */
    boolean needsRegex() {
        return fallback != null;
    }

    /** Matches of the regex in the whole text, for {@link #needsRegex()}. */
    int countWithRegex(String text) {
        int n = 0;
        for (Matcher m = fallback.matcher(text); m.find(); ) {
            n++;
        }
        return n;
    }

    /** The folded phrases (each split into its parts at spaces), in the order the regex tries them. */
    List<char[][]> phrases() {
        return phrases;
    }

    /** The text with each character folded as the regex's case-insensitive match compares it. */
    static char[] fold(String text) {
        char[] folded = text.toCharArray();
        for (int i = 0; i < folded.length; i++) {
            folded[i] = FOLDED[folded[i]];
        }
        return folded;
    }

    static boolean isWord(char c) {
        return c == '_' || Character.isLetterOrDigit(c) || Character.getType(c) == Character.LETTER_NUMBER
                || Character.getType(c) == Character.OTHER_NUMBER;
    }

    /** Whether the code point ending just before {@code p} is a word character ({@code [\p{L}\p{N}_]}). */
    static boolean isWordBefore(String text, int p) {
        char c = text.charAt(p - 1);
        return c < 0x80 ? ASCII_WORD[c] : isWordCodePoint(text.codePointBefore(p));
    }

    /** Whether the code point starting at {@code p} is a word character. */
    static boolean isWordAt(String text, int p) {
        char c = text.charAt(p);
        return c < 0x80 ? ASCII_WORD[c] : isWordCodePoint(text.codePointAt(p));
    }

    private static boolean isWordCodePoint(int c) {
        int type = Character.getType(c);
        return c == '_' || Character.isLetter(c) || type == Character.DECIMAL_DIGIT_NUMBER
                || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }

    private static boolean hasSurrogates(String word) {
        return word.chars().anyMatch(c -> Character.isSurrogate((char) c));
    }
}
