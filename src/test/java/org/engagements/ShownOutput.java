package org.engagements;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Output as the docs show it, compared with the output a command gave: durations ({@code 0.83 s},
 * {@code 12 ms}) and the scratch repository's path are masked (its {@code home} folder as {@code ~}), trailing spaces dropped, and a line
 * {@code ...} stands for any number of lines (none included).
 */
final class ShownOutput {
    static final String ELLIPSIS = "...";
    private static final Pattern DURATION = Pattern.compile("\\b\\d+(\\.\\d+)? (s|ms)\\b");

    private ShownOutput() {
    }

    /**
     * The lines of {@code text} with durations and {@code repository}'s path masked: the examples' home folder
     * ({@code home} in the copy) reads {@code ~}, the rest of the copy as paths relative to it.
     */
    static List<String> mask(String text, Path repository) {
        String root = repository.toString();
        String home = repository.resolve("home").toString();
        String relative = text.replace(home, "~").replace(root + "/", "").replace(root, ".");
        List<String> lines = new ArrayList<>();
        for (String line : relative.lines().toList()) {
            lines.add(DURATION.matcher(line).replaceAll("<duration>").stripTrailing());
        }
        while (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        return lines;
    }

    /** Whether {@code actual} is {@code shown}, each {@code ...} line standing for any lines. */
    static boolean matches(List<String> shown, List<String> actual) {
        List<List<String>> segments = new ArrayList<>();
        List<String> current = new ArrayList<>();
        for (String line : shown) {
            if (line.strip().equals(ELLIPSIS)) {
                segments.add(current);
                current = new ArrayList<>();
            } else {
                current.add(line);
            }
        }
        segments.add(current);
        if (segments.size() == 1) {
            return shown.equals(actual);
        }
        List<String> first = segments.get(0);
        List<String> last = segments.get(segments.size() - 1);
        if (first.size() + last.size() > actual.size() || !actual.subList(0, first.size()).equals(first)
                || !actual.subList(actual.size() - last.size(), actual.size()).equals(last)) {
            return false;
        }
        int position = first.size();
        int end = actual.size() - last.size();
        for (List<String> middle : segments.subList(1, segments.size() - 1)) {
            int found = indexOf(actual.subList(position, end), middle);
            if (found < 0) {
                return false;
            }
            position += found + middle.size();
        }
        return true;
    }

    private static int indexOf(List<String> lines, List<String> segment) {
        for (int i = 0; i + segment.size() <= lines.size(); i++) {
            if (lines.subList(i, i + segment.size()).equals(segment)) {
                return i;
            }
        }
        return -1;
    }
}
