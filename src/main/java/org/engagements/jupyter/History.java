package org.engagements.jupyter;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.engagements.jupyter.wire.ShellContent.HistoryRequest;

/**
 * The inputs executed in this kernel process, for history_request: entries are (session, line, input)
 * where line is the execution count and the session number grows by one at each restart, as in IPython.
 * Keeps the most recent {@value #CAPACITY} entries in memory only.
 *
 * <p>Thread-safe: all methods synchronize on this object.
 */
final class History {
    static final int CAPACITY = 10_000;

    /** One executed input; {@code output} is its text/plain result or null. */
    record Entry(int session, int line, String input, String output) {
        Entry {
            Objects.requireNonNull(input, "input");
        }

        List<Object> toWire(boolean withOutput) {
            Object last = withOutput ? Arrays.asList(input, output) : input;
            return Arrays.asList(session, line, last);
        }
    }

    private final Deque<Entry> entries = new ArrayDeque<>();
    private int session = 1;

    synchronized void add(int line, String input, String output) {
        if (entries.size() == CAPACITY) {
            entries.removeFirst();
        }
        entries.addLast(new Entry(session, line, input, output));
    }

    /** Starts a new session (after a restart); earlier entries stay searchable. */
    synchronized void newSession() {
        session++;
    }

    /** The reply's {@code history} list for a request; an unknown access type gives an empty list. */
    synchronized List<List<Object>> answer(HistoryRequest request) {
        List<Entry> found = switch (request.histAccessType()) {
            case "tail" -> tail(request.n() == null ? 10 : request.n());
            case "range" -> range(request.session() == null ? 0 : request.session(),
                    request.start() == null ? 1 : request.start(), request.stop());
            case "search" -> search(request.pattern() == null ? "*" : request.pattern(), request.n(),
                    request.unique());
            default -> List.of();
        };
        return found.stream().map(entry -> entry.toWire(request.output())).toList();
    }

    /** The last {@code n} entries, oldest first. */
    synchronized List<Entry> tail(int n) {
        List<Entry> all = new ArrayList<>(entries);
        return all.subList(Math.max(0, all.size() - Math.max(0, n)), all.size());
    }

    /**
     * Lines {@code start <= line < stop} of a session ({@code stop} null: to the end). A session of zero or
     * less counts back from the current one, as IPython does.
     */
    synchronized List<Entry> range(int wantedSession, int start, Integer stop) {
        int resolved = wantedSession <= 0 ? session + wantedSession : wantedSession;
        return entries.stream()
                .filter(e -> e.session() == resolved && e.line() >= start && (stop == null || e.line() < stop))
                .toList();
    }

    /**
     * Entries whose whole input matches a glob ({@code *} any text, {@code ?} one character), oldest first;
     * {@code unique} keeps the latest of equal inputs, {@code n} keeps the last n.
     */
    synchronized List<Entry> search(String glob, Integer n, boolean unique) {
        Pattern pattern = globToRegex(glob);
        List<Entry> matches = entries.stream().filter(e -> pattern.matcher(e.input()).matches()).toList();
        if (unique) {
            Map<String, Entry> latest = new LinkedHashMap<>();
            for (Entry entry : matches) {
                latest.remove(entry.input());
                latest.put(entry.input(), entry);
            }
            matches = List.copyOf(latest.values());
        }
        if (n != null) {
            matches = matches.subList(Math.max(0, matches.size() - Math.max(0, n)), matches.size());
        }
        return matches;
    }

    /**
     * A glob as SQLite's GLOB reads it (IPython's history search): {@code *} any text, {@code ?} one
     * character, {@code [abc]}, {@code [a-z]} and {@code [^abc]} one character of (or not of) a set, where a
     * {@code ]} first in the set is itself; everything else literal, case-sensitive. A {@code [} without
     * its {@code ]} is literal.
     */
    static Pattern globToRegex(String glob) {
        StringBuilder regex = new StringBuilder();
        StringBuilder literal = new StringBuilder();
        int i = 0;
        while (i < glob.length()) {
            char c = glob.charAt(i);
            int close = c == '[' ? classEnd(glob, i) : -1;
            if (c == '*' || c == '?' || close > 0) {
                regex.append(Pattern.quote(literal.toString()));
                literal.setLength(0);
                regex.append(c == '*' ? ".*" : c == '?' ? "." : characterClass(glob.substring(i + 1, close)));
                i = close > 0 ? close + 1 : i + 1;
            } else {
                literal.append(c);
                i++;
            }
        }
        regex.append(Pattern.quote(literal.toString()));
        return Pattern.compile(regex.toString(), Pattern.DOTALL);
    }

    /** The index of the {@code ]} that closes the set opened at {@code open}, or -1. */
    private static int classEnd(String glob, int open) {
        int i = open + 1;
        if (i < glob.length() && glob.charAt(i) == '^') {
            i++;
        }
        if (i < glob.length() && glob.charAt(i) == ']') {
            i++;
        }
        return glob.indexOf(']', i);
    }

    /** A set's inside ({@code ^a-z}...) as a regex class: {@code -} between two characters a range, all else literal. */
    private static String characterClass(String inside) {
        int start = inside.startsWith("^") ? 1 : 0;
        StringBuilder regex = new StringBuilder(start == 1 ? "[^" : "[");
        for (int i = start; i < inside.length(); i++) {
            char c = inside.charAt(i);
            boolean range = c == '-' && i > start && i < inside.length() - 1;
            regex.append(range ? "-" : "\\x{" + Integer.toHexString(c) + "}");
        }
        return regex.append(']').toString();
    }
}
