package org.engagements.notebook.ipynb;

import java.util.ArrayList;
import java.util.List;

/**
 * Multi-line text as nbformat stores it: a list of lines, each keeping its line break, the last
 * without one unless the text ends with a break. Splits where Python's {@code str.splitlines(True)}
 * does, so a notebook nbformat reads and writes again comes back with the same bytes. Stateless.
 */
final class TextLines {
    private TextLines() {
    }

    static List<String> split(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isBreak(c)) {
                continue;
            }
            if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                i++;
            }
            lines.add(text.substring(start, i + 1));
            start = i + 1;
        }
        if (start < text.length()) {
            lines.add(text.substring(start));
        }
        return lines;
    }

    /** Python's line boundaries: LF, CR, VT, FF, FS, GS, RS, NEL, LINE and PARAGRAPH SEPARATOR. */
    private static boolean isBreak(char c) {
        return c == '\n' || c == '\r' || c == 0x0b || c == 0x0c || c == 0x1c || c == 0x1d || c == 0x1e
                || c == 0x85 || c == 0x2028 || c == 0x2029;
    }
}
