package org.engagements.ingest.extract;

/**
 * One sentence of an article: its text exactly as written (line breaks inside it kept), where it starts
 * in the article, and which paragraph it belongs to (both counted from 0).
 */
public record Sentence(int index, int paragraph, int start, String text) {
    /** The sentence as a quote: whitespace runs become one space, as the data validator compares quotes. */
    public String quote() {
        return text.replaceAll("\\s+", " ").strip();
    }
}
