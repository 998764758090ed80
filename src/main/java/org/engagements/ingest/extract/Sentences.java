package org.engagements.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits article text into paragraphs and sentences. A paragraph ends at a blank line, or at a line
 * break after sentence-ending punctuation followed by a capital (one paragraph per line, as many
 * articles are saved); other line breaks are wrapped lines. A sentence ends at {@code . ! ?} (with any
 * closing quotes or brackets) followed by a space and a capital, a digit or an opening quote (or, with the
 * space lost, a full stop between a lower-case word and a capitalised one), unless the
 * word before the full stop is an abbreviation ({@code U.S.}, {@code Mr.}, an initial such as {@code L.}).
 */
final class Sentences {
    /**
     * A full stop and the next sentence's capital; or, where the space was lost when the page was saved ("at
     * the White House.Biden has invited …"), a full stop between a lower-case word and a capitalised one.
     */
    private static final Pattern END = Pattern.compile("[.!?][\"”’')\\]]*(?=\\s+[\"“‘(]?[A-Z0-9])"
            + "|(?<=\\p{Ll}\\p{Ll})\\.(?=\\p{Lu}\\p{Ll}{2})|(?<=\\p{Ll}[\"”’])\\.(?=\\p{Lu}\\p{Ll})");
    private static final Pattern PARAGRAPH_BREAK = Pattern.compile(
            "\\n[ \\t]*\\n\\s*|(?<=[.!?\"”’)])[ \\t]*\\n(?=[ \\t]*[\"“‘(]?[A-Z0-9])");
    /** A given name as initials: "J.D" of "J.D. Vance". */
    private static final Pattern INITIALS = Pattern.compile("\\p{Lu}(?:\\.\\p{Lu}){1,2}");
    private static final Set<String> ABBREVIATIONS = Set.of("u.s", "u.k", "u.n", "e.u", "mr", "mrs", "ms", "dr",
            "gen", "adm", "maj", "capt", "cmdr", "brig", "lt", "col", "sen", "rep", "gov", "st", "no", "jan", "feb",
            "aug", "sept", "sep", "oct", "nov", "dec", "inc", "corp", "co", "jr", "sr", "vs", "prof", "d.c", "l.p", "p.m", "a.m");

    private Sentences() {
    }

    static List<Sentence> split(String text) {
        List<Sentence> sentences = new ArrayList<>();
        int paragraph = 0;
        int start = 0;
        Matcher breaks = PARAGRAPH_BREAK.matcher(text);
        while (start < text.length()) {
            boolean found = breaks.find(start);
            int end = found ? breaks.start() : text.length();
            if (!text.substring(start, end).isBlank()) {
                paragraph(text, start, end, paragraph++, sentences);
            }
            start = found ? Math.max(breaks.end(), end + 1) : text.length();
        }
        return List.copyOf(sentences);
    }

    private static void paragraph(String text, int from, int to, int paragraph, List<Sentence> sentences) {
        Matcher end = END.matcher(text).region(from, to);
        int start = skipSpace(text, from, to);
        while (end.find()) {
            if (abbreviation(text, from, end.start())) {
                continue;
            }
            add(text, start, end.end(), paragraph, sentences);
            start = skipSpace(text, end.end(), to);
        }
        add(text, start, to, paragraph, sentences);
    }

    private static void add(String text, int start, int end, int paragraph, List<Sentence> sentences) {
        String sentence = text.substring(start, end).strip();
        if (!sentence.isEmpty()) {
            sentences.add(new Sentence(sentences.size(), paragraph, start, sentence));
        }
    }

    /** Whether the word ending at a full stop is an abbreviation or an initial, not a sentence end. */
    private static boolean abbreviation(String text, int from, int dot) {
        if (text.charAt(dot) != '.') {
            return false;
        }
        int wordStart = dot;
        while (wordStart > from && !Character.isWhitespace(text.charAt(wordStart - 1))
                && text.charAt(wordStart - 1) != '(') {
            wordStart--;
        }
        String word = text.substring(wordStart, dot);
        return (word.length() == 1 && Character.isUpperCase(word.charAt(0)))
                || ABBREVIATIONS.contains(word.toLowerCase(java.util.Locale.ROOT))
                || INITIALS.matcher(word).matches();
    }

    private static int skipSpace(String text, int from, int to) {
        int i = from;
        while (i < to && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }
}
