package org.engagements.notebook.session;

import java.util.ArrayList;
import java.util.List;

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
     * The snippets to evaluate, one per element: the imports (all in one snippet, which JShell
     * accepts and which saves five compilations per session), the helper, then {@code extra}.
     */
    public static List<String> snippets(List<String> extra) {
        List<String> snippets = new ArrayList<>();
        snippets.add(String.join(" ", imports()));
        snippets.add(DISPLAY_HELPER + " " + String.join(" ", DISPLAY_API));     // one snippet, one compilation
        snippets.addAll(extra);
        return snippets;
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
