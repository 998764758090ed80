package org.engagements.jupyter;

/**
 * Converts cursor positions between the protocol (Unicode code points, since protocol 5.2) and Java
 * ({@code char} indices, where characters outside the Basic Multilingual Plane take two).
 */
final class Cursor {
    private Cursor() {
    }

    /** The char index of code point {@code codePoints}, clamped to the code. */
    static int toCharIndex(String code, int codePoints) {
        int total = code.codePointCount(0, code.length());
        int clamped = Math.max(0, Math.min(codePoints, total));
        return code.offsetByCodePoints(0, clamped);
    }

    /** The code point offset of char index {@code charIndex}, clamped to the code. */
    static int toCodePoints(String code, int charIndex) {
        int clamped = Math.max(0, Math.min(charIndex, code.length()));
        return code.codePointCount(0, clamped);
    }
}
