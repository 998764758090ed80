package org.engagements.notebook.session;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Messages without JShell's wrapper classes. JShell compiles every snippet into a class of its own in
 * package {@code REPL}, so the JVM's messages name a cell's variable {@code s} as
 * {@code REPL.$JShell$24.s}, its method as {@code REPL.$JShell$11.m()} and its class {@code Foo} as
 * {@code REPL.$JShell$3$Foo}. This turns them back into the names the cells declared, as JShell's own
 * compiler messages do: {@code because "s" is null}, {@code class Foo cannot be cast to class
 * java.lang.String}.
 *
 * <p>Also: an anonymous class of a cell reads {@code <anonymous class>}, a lambda {@code <lambda>}; a
 * class redeclared by a later cell, named in one message in both versions, has the older marked
 * {@code (an earlier definition)}; and a {@link ClassCastException}'s note on modules and class loaders
 * (for a cell's class JShell's loader, {@code jdk.jshell.execution.DefaultLoaderDelegate$RemoteClassLoader
 * @4dd8dc3}) is dropped. Pure functions.
 */
final class WrapperNames {
    /**
     * A wrapper class, as JShell names it (after {@code REPL.}, or {@code REPL/} in the JVM's internal
     * form): {@code $JShell$}, the key index of its snippet, letters for later versions of the snippet
     * ({@code 1B}), joined by {@code _} when snippets compile together; then what follows it: an
     * anonymous class number, a lambda's class, or {@code $} or {@code .} and a member name.
     */
    private static final Pattern WRAPPER = Pattern.compile(
            "(?:REPL[./])?\\$JShell\\$(?<wrapper>[0-9A-Z_]+)"
            + "(?:(?<anonymous>\\$\\d+(?![\\w$])|\\$\\$JShell\\$anonymous\\$+\\d+)"
            + "|(?<lambda>\\$\\$Lambda(?:\\$\\d+)?(?:/0x[0-9a-fA-F]+)?)"
            + "|[$.](?<name>[\\p{L}_][\\p{L}\\p{N}_]*)?)?");
    /** The note JDK 11 and later add to a ClassCastException's message: where each class was loaded. */
    private static final Pattern LOADER_NOTE = Pattern.compile(
            "^(class .+ cannot be cast to class [^ ]+) \\((?:[^()]|\\([^()]*\\))* of loader (?:[^()]|\\([^()]*\\))*\\)$",
            Pattern.DOTALL);
    static final String ANONYMOUS = "<anonymous class>";
    static final String LAMBDA = "<lambda>";
    static final String EARLIER = " (an earlier definition)";

    private WrapperNames() {
    }

    /** {@code text} with every wrapper class name replaced by the name the cell declared. */
    static String clean(String text) {
        if (text == null || !text.contains("$JShell$")) {
            return text == null ? null : dropLoaderNote(text);
        }
        Map<String, String> newest = newestWrapperPerName(text);
        Matcher matcher = WRAPPER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(replacement(matcher, newest)));
        }
        matcher.appendTail(out);
        return dropLoaderNote(out.toString());
    }

    private static String replacement(Matcher matcher, Map<String, String> newest) {
        if (matcher.group("anonymous") != null) {
            return ANONYMOUS;
        }
        if (matcher.group("lambda") != null) {
            return LAMBDA;
        }
        String name = matcher.group("name");
        if (name == null) {
            return "";
        }
        String latest = newest.get(name);
        return latest != null && !latest.equals(matcher.group("wrapper")) ? name + EARLIER : name;
    }

    /**
     * For each name that the message gives with two or more versions of its wrapper (a class Foo cast to
     * the Foo a later cell redeclared), the newest wrapper: a greater key index, else more letters, else
     * later letters.
     */
    private static Map<String, String> newestWrapperPerName(String text) {
        Map<String, List<String>> wrappers = new HashMap<>();
        Matcher matcher = WRAPPER.matcher(text);
        while (matcher.find()) {
            String name = matcher.group("name");
            if (name != null) {
                List<String> seen = wrappers.computeIfAbsent(name, key -> new ArrayList<>());
                if (!seen.contains(matcher.group("wrapper"))) {
                    seen.add(matcher.group("wrapper"));
                }
            }
        }
        Map<String, String> newest = new HashMap<>();
        wrappers.forEach((name, seen) -> {
            if (seen.size() > 1) {
                newest.put(name, seen.stream().max(VERSION_ORDER).orElseThrow());
            }
        });
        return newest;
    }

    private static final Comparator<String> VERSION_ORDER = Comparator
            .comparingLong(WrapperNames::keyIndex)
            .thenComparingInt(wrapper -> versionLetters(wrapper).length())
            .thenComparing(WrapperNames::versionLetters);

    private static long keyIndex(String wrapper) {
        String digits = wrapper.replaceFirst("^(\\d*).*", "$1");
        return digits.isEmpty() || digits.length() > 18 ? 0 : Long.parseLong(digits);
    }

    private static String versionLetters(String wrapper) {
        return wrapper.replaceFirst("^\\d+([A-Z]*).*", "$1");
    }

    private static String dropLoaderNote(String message) {
        Matcher note = LOADER_NOTE.matcher(message);
        return note.matches() ? note.group(1) : message;
    }
}
