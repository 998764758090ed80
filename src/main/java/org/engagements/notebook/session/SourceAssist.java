package org.engagements.notebook.session;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import jdk.jshell.ImportSnippet;
import jdk.jshell.JShell;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.SourceCodeAnalysis.CompletionInfo;
import org.engagements.notebook.javadoc.Javadoc;
import org.engagements.notebook.javadoc.LibrarySources;
import org.engagements.notebook.javadoc.MemberDoc;
import org.engagements.notebook.javadoc.Signature;

/**
 * Help while typing a cell, from JShell's {@link SourceCodeAnalysis}: whether the code is ready to
 * run, completions, and documentation. Completions and documentation ask the session's own JShell,
 * so the session's imports and earlier definitions count; the first such question starts JShell's
 * indexing of the class path in the background. Completeness is syntactic and asks the shared
 * {@link SnippetSplitter}, which costs the session nothing.
 *
 * <p>Not thread safe: use on the thread that runs the session's cells, between cells.
 */
public final class SourceAssist {
    /** What a console should do with the code typed so far. */
    public enum Readiness {
        /** Run it. */
        COMPLETE,
        /** Wait for another line, such as after an open brace. */
        INCOMPLETE,
        /** Run it anyway: no added line makes it valid, and running it shows the compiler's error. */
        INVALID
    }

    /** @param indent for {@link Readiness#INCOMPLETE}: the indentation for the next line; else empty */
    public record Completeness(Readiness readiness, String indent) {
        public Completeness {
            Objects.requireNonNull(readiness, "readiness");
            indent = readiness == Readiness.INCOMPLETE ? Objects.requireNonNull(indent, "indent") : "";
        }
    }

    /** @param matches what may replace the code from {@code anchor} to the cursor, in JShell's order */
    public record Completions(List<String> matches, int anchor) {
        public Completions {
            matches = List.copyOf(matches);
        }
    }

    static final int INDENT_WIDTH = 4;
    static final String INDENT = " ".repeat(INDENT_WIDTH);

    private final SnippetSplitter splitter;
    private final JShell jshell;
    private final LibrarySources sources;

    SourceAssist(SnippetSplitter splitter, JShell jshell, LibrarySources sources) {
        this.splitter = splitter;
        this.jshell = jshell;
        this.sources = sources;
    }

    /** Whether {@code code}, snippet after snippet, is complete, needs more lines, or is invalid. */
    public Completeness completeness(String code) {
        String rest = code;
        while (!rest.isBlank()) {
            CompletionInfo info = splitter.analyze(rest);
            switch (info.completeness()) {
                case COMPLETE, COMPLETE_WITH_SEMI -> rest = info.remaining();
                case DEFINITELY_INCOMPLETE, CONSIDERED_INCOMPLETE -> {
                    return new Completeness(Readiness.INCOMPLETE, nextIndent(code));
                }
                case EMPTY -> rest = "";
                default -> {
                    return new Completeness(Readiness.INVALID, "");
                }
            }
        }
        return new Completeness(Readiness.COMPLETE, "");
    }

    /**
     * The indentation of the last line with code, one level ({@value #INDENT_WIDTH} spaces) more when
     * that line opens a block by ending with an open brace.
     */
    static String nextIndent(String code) {
        List<String> lines = code.lines().filter(line -> !line.isBlank()).toList();
        if (lines.isEmpty()) {
            return "";
        }
        String last = lines.get(lines.size() - 1);
        String indent = last.substring(0, last.length() - last.stripLeading().length());
        return last.stripTrailing().endsWith("{") ? indent + INDENT : indent;
    }

    /** Completions for the text before {@code cursor} (a {@code char} index), without duplicates. */
    public Completions completions(String code, int cursor) {
        int[] anchor = {cursor};
        Set<String> matches = jshell.sourceCodeAnalysis().completionSuggestions(code, cursor, anchor).stream()
                .map(SourceCodeAnalysis.Suggestion::continuation)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        return new Completions(List.copyOf(matches), matches.isEmpty() ? cursor : anchor[0]);
    }

    /**
     * What the name at {@code cursor} may mean, for Shift-Tab: each signature with its Javadoc's first
     * sentence, or with all of it when {@code full} (see {@link MemberDoc#text}); empty when the name
     * means nothing here. The name is found as IPython finds it ({@link NameAtCursor}): on or after a
     * name, or inside a call's parentheses. Javadoc comes from JShell for the JDK (its {@code lib/src.zip};
     * Debian's JDK 17 has it in openjdk-17-source), else from the sources beside the class path's jars
     * ({@link LibrarySources}).
     */
    public Optional<String> documentation(String code, int cursor, boolean full) {
        for (NameAtCursor name : NameAtCursor.find(code, cursor)) {
            Optional<List<MemberDoc>> docs = documented(code.substring(0, name.end()), name.orCall());
            if (docs.isPresent()) {
                return Optional.of(MemberDoc.text(docs.get(), full));
            }
        }
        return Optional.empty();
    }

    private Optional<List<MemberDoc>> documented(String before, boolean orCall) {
        for (String question : questions(before)) {
            List<SourceCodeAnalysis.Documentation> found = ask(question);
            if (found.isEmpty() && orCall) {
                found = ask(question + "(");
            }
            if (!found.isEmpty()) {
                return Optional.of(found.stream().map(this::withJavadoc).toList());
            }
        }
        return Optional.empty();
    }

    private List<SourceCodeAnalysis.Documentation> ask(String question) {
        return jshell.sourceCodeAnalysis().documentation(question, question.length(), true);
    }

    /**
     * The code to ask JShell about, ending at the name: the snippet the name is in; then the cell up to
     * the name, so that variables declared earlier in the cell count, its imports left out (JShell answers
     * nothing for code that starts with one).
     */
    private List<String> questions(String before) {
        List<SourceSnippet> snippets = splitter.split(before);
        if (snippets.size() <= 1) {
            return List.of(before);
        }
        SourceSnippet last = snippets.get(snippets.size() - 1);
        String snippet = before.substring(offset(before, last.line(), last.column()));
        String withoutImports = String.join("\n", before.lines()
                .map(line -> IMPORT_LINE.matcher(line).matches() ? "" : line).toList());
        return snippet.equals(withoutImports) ? List.of(snippet) : List.of(snippet, withoutImports);
    }

    private static final Pattern IMPORT_LINE = Pattern.compile("\\s*import\\s+[\\w.*\\s]+;\\s*");

    /** The index in {@code text} of 1-based {@code line}, 0-based {@code column}. */
    private static int offset(String text, int line, int column) {
        int index = 0;
        for (int i = 1; i < line; i++) {
            int newline = text.indexOf('\n', index);
            if (newline < 0) {
                break;
            }
            index = newline + 1;
        }
        return Math.min(text.length(), index + column);
    }

    private MemberDoc withJavadoc(SourceCodeAnalysis.Documentation found) {
        Signature signature = Signature.parse(found.signature());
        Optional<String> comment = found.javadoc() != null && !found.javadoc().isBlank() ? Optional.of(found.javadoc())
                : signature.kind() == Signature.Kind.VARIABLE ? typeComment(signature.owner())
                : sources.findComment(signature, owners(signature.owner()));
        return new MemberDoc(Signature.display(found.signature()),
                comment.map(Javadoc::parse).filter(doc -> !doc.isEmpty()));
    }

    /** The Javadoc of class {@code type} (fully qualified), for a variable of that type, as IPython shows an object's. */
    private Optional<String> typeComment(String type) {
        if (type.isEmpty()) {
            return Optional.empty();
        }
        return ask(type).stream().map(SourceCodeAnalysis.Documentation::javadoc)
                .filter(javadoc -> javadoc != null && !javadoc.isBlank()).findFirst()
                .or(() -> sources.findComment(new Signature(Signature.Kind.TYPE, type, "", List.of()), List.of(type)));
    }

    /**
     * The classes a signature's owner may be, as the session spells it: itself; through the session's
     * imports ({@code Table} for {@code tech.tablesaw.api.Table}, {@code Map.Entry} for
     * {@code java.util.Map.Entry}); in {@code java.lang}.
     */
    private List<String> owners(String owner) {
        if (owner.isEmpty()) {
            return List.of();
        }
        String first = owner.contains(".") ? owner.substring(0, owner.indexOf('.')) : owner;
        List<String> owners = new ArrayList<>(List.of(owner));
        List<String> imported = jshell.imports().filter(i -> !i.isStatic() && jshell.status(i).isActive())
                .map(ImportSnippet::fullname).toList();
        imported.stream().filter(name -> name.endsWith("." + first))
                .forEach(name -> owners.add(name + owner.substring(first.length())));
        imported.stream().filter(name -> name.endsWith(".*"))
                .forEach(name -> owners.add(name.substring(0, name.length() - 1) + owner));
        owners.add("java.lang." + owner);
        return owners.stream().distinct().toList();
    }
}
