package org.engagements.notebook.session;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What every session evaluates before the first cell, in one place for the runner and the
 * interactive shell: the common imports, the {@code display(Object)} helper and the rest of the
 * display API ({@code clearOutput}, {@code Progress}, {@code Input}).
 */
public final class Startup {
    /** Packages imported on demand in every session. */
    public static final List<String> IMPORTS = List.of(
            "java.util.*", "java.util.stream.*", "java.time.*", "java.nio.file.*",
            "tech.tablesaw.api.*", "org.knowm.xchart.*");
    private static final String DISPLAY_CLASS = "org.engagements.display.Display";
    /**
     * {@code display(x)} shows a value as cell output: a table as HTML, a chart as PNG, anything else
     * as text. A static import rather than a method declared in the session, so that a notebook may
     * import it too (to run in the JDK's own jshell) without the two clashing.
     */
    public static final String DISPLAY_HELPER = "import static " + DISPLAY_CLASS + ".display;";
    /**
     * {@code clearOutput(wait)}, and the types of the notebook-facing API ({@code Progress},
     * {@code Input}, {@code DisplayHandle}) on demand, so that a notebook's own class of the same
     * name wins over ours instead of clashing with it.
     */
    static final List<String> DISPLAY_API = List.of("import static " + DISPLAY_CLASS + ".clearOutput;",
            "import org.engagements.display.*;");

    private Startup() {
    }

    /**
     * The snippets to evaluate, one per element. The imports, the helper, the rest of the display API
     * and the snippets of {@code extra} that only import come first, as one snippet with an import on
     * each line, which the session compiles once ({@link SourceSnippet#joinImports}): one import at a
     * time, the 13 of a notebook session took 13 compilations, a quarter of a second on the critical
     * path of every run. Led by {@link #BLOCK_KEY}: JShell names an import snippet after its first
     * import, and a notebook's own import of the same name would replace the whole block.
     */
    public static List<String> snippets(List<String> extra) {
        List<String> imports = new ArrayList<>(List.of(BLOCK_KEY));
        imports.addAll(imports());
        imports.add(DISPLAY_HELPER);
        imports.addAll(DISPLAY_API);
        List<String> others = new ArrayList<>();
        for (String snippet : extra) {
            List<String> declarations = importsOnly(snippet);
            if (declarations.isEmpty() || !others.isEmpty()) {
                others.add(snippet);
            } else {
                imports.addAll(declarations);
            }
        }
        List<String> snippets = new ArrayList<>();
        snippets.add(String.join("\n", imports));
        snippets.addAll(others);
        return snippets;
    }

    /**
     * The import the startup block begins with, which names it to JShell: an import no notebook
     * writes, since every compilation unit imports {@code java.lang} anyway.
     */
    static final String BLOCK_KEY = "import java.lang.*;";
    private static final Pattern IMPORT = Pattern.compile(
            "\\s*(import\\s+(?:static\\s+)?[\\p{L}\\p{N}_$.]+(?:\\.\\*)?\\s*;)");

    /** The import declarations {@code snippet} consists of, one each; empty if it has anything else. */
    private static List<String> importsOnly(String snippet) {
        Matcher matcher = IMPORT.matcher(snippet);
        List<String> declarations = new ArrayList<>();
        int end = 0;
        while (matcher.find() && matcher.start() == end) {
            declarations.add(matcher.group(1));
            end = matcher.end();
        }
        return end == snippet.length() || snippet.substring(end).isBlank() ? declarations : List.of();
    }

    /** The snippets as a script for {@code jshell --startup}, one import per line. */
    public static String script(List<String> extra) {
        List<String> lines = new ArrayList<>(imports());
        lines.add(DISPLAY_HELPER);
        lines.addAll(DISPLAY_API);
        lines.addAll(extra);
        return String.join("\n", lines) + "\n";
    }

    private static List<String> imports() {
        return IMPORTS.stream().map(name -> "import " + name + ";").toList();
    }

    /** The statement that shows variable {@code name} as the cell's result, its text cut to {@code textLimit}. */
    static String resultSnippet(String name, int textLimit) {
        return DISPLAY_CLASS + ".result(" + name + ", " + textLimit + ");";
    }
}
