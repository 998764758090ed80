package org.engagements.analysis;

import java.util.Arrays;

/**
 * Every issue's folded phrases ({@link WordMatcher#phrases()}) in one trie of characters, so that a
 * word start is walked once for all issues instead of trying each issue's phrases in turn. The spaces
 * inside a phrase are one edge that consumes any run of {@code [ \t\n\x0B\f\r]} in the text, as the
 * regex's {@code \s+} does (a phrase's parts never contain such a character, so the run is always
 * taken whole). A node where phrases end keeps, per phrase, its issue and its rank: its place in that
 * issue's alternation, so the caller can pick the alternative the regex would try first. Built once per
 * vocabulary by {@link IssueWords}; not modified after construction, so thread safe once published.
 */
final class PhraseTrie {
    /** Receives each phrase that matches at a word start and is followed by a word boundary. */
    interface Hits {
        void hit(int issue, int rank, int end);
    }

    private static final class Node {
        private char[] keys = new char[0];
        private Node[] children = new Node[0];
        private Node space;
        private int[] issues = new int[0];
        private int[] ranks = new int[0];

        /** The child on {@code c}, or null: a binary search of the sorted keys. */
        Node child(char c) {
            int i = Arrays.binarySearch(keys, c);
            return i >= 0 ? children[i] : null;
        }

        Node addChild(char c) {
            int i = Arrays.binarySearch(keys, c);
            if (i >= 0) {
                return children[i];
            }
            int at = -i - 1;
            Node child = new Node();
            keys = insert(keys, at, c);
            Node[] grown = new Node[children.length + 1];
            System.arraycopy(children, 0, grown, 0, at);
            grown[at] = child;
            System.arraycopy(children, at, grown, at + 1, children.length - at);
            children = grown;
            return child;
        }

        private static char[] insert(char[] keys, int at, char c) {
            char[] grown = new char[keys.length + 1];
            System.arraycopy(keys, 0, grown, 0, at);
            grown[at] = c;
            System.arraycopy(keys, at, grown, at + 1, keys.length - at);
            return grown;
        }

        Node addSpace() {
            if (space == null) {
                space = new Node();
            }
            return space;
        }

        void addEnd(int issue, int rank) {
            issues = Arrays.copyOf(issues, issues.length + 1);
            issues[issues.length - 1] = issue;
            ranks = Arrays.copyOf(ranks, ranks.length + 1);
            ranks[ranks.length - 1] = rank;
        }
    }

    /** The trie's first level, indexed by the folded first character. */
    private final Node[] roots = new Node[Character.MAX_VALUE + 1];

    /** Adds one folded phrase (its parts, split at spaces) of an issue, at the given alternation rank. */
    void add(int issue, int rank, char[][] phrase) {
        char first = phrase[0][0];
        if (roots[first] == null) {
            roots[first] = new Node();
        }
        Node node = roots[first];
        for (int part = 0; part < phrase.length; part++) {
            if (part > 0) {
                node = node.addSpace();
            }
            for (int i = part == 0 ? 1 : 0; i < phrase[part].length; i++) {
                node = node.addChild(phrase[part][i]);
            }
        }
        node.addEnd(issue, rank);
    }

    /** Whether some phrase starts with this folded character: the only places worth a walk. */
    boolean startsWith(char c) {
        return roots[c] != null;
    }

    /**
     * Walks the folded text from word start {@code p}, reporting every phrase that ends there with a
     * word boundary after it (end of text or a non-word code point of the original text), shortest first.
     */
    void matchesAt(String text, char[] folded, int p, Hits hits) {
        Node node = roots[folded[p]];
        int at = p + 1;
        while (node != null) {
            if (node.issues.length > 0 && (at == folded.length || !WordMatcher.isWordAt(text, at))) {
                for (int i = 0; i < node.issues.length; i++) {
                    hits.hit(node.issues[i], node.ranks[i], at);
                }
            }
            if (at == folded.length) {
                return;
            }
            char c = folded[at];
            if (isSpace(c)) {
                do {
                    at++;
                } while (at < folded.length && isSpace(folded[at]));
                node = node.space;
            } else {
                node = node.child(c);
                at++;
            }
        }
    }

    private static boolean isSpace(char c) {
        return c == ' ' || (c >= '\t' && c <= '\r');
    }
}
