package org.engagements.notebook.session;

import java.lang.reflect.Field;
import java.lang.reflect.InaccessibleObjectException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.tools.JavaFileManager;
import jdk.jshell.DeclarationSnippet;
import jdk.jshell.JShell;
import jdk.jshell.JShellException;
import jdk.jshell.Snippet;
import jdk.jshell.spi.ExecutionControl.ClassBytecodes;
import jdk.jshell.spi.ExecutionControl.RunException;

/**
 * The direct path of a cell snippet: an expression or a statement that declares nothing is compiled
 * here ({@link DirectSource}, {@link DirectCompiler}) instead of by JShell, and its class is loaded and
 * run in the notebook's JVM through the same execution engine, so output, stop checks, interrupts and
 * the display of its value work as for JShell's snippets.
 *
 * <p>Why: JShell runs two javac tasks per snippet, each against an import of every definition of the
 * session, so a trivial cell took about 14 ms and more as the session grew. One task importing only the
 * definitions a snippet names takes a few milliseconds, whatever the session holds (docs/jupyter.md).
 *
 * <p>Anything this path does not reproduce exactly goes JShell's way, before it runs: a snippet that
 * does not compile here without a single diagnostic (JShell then reports the error as before), one that
 * names a {@code $} name, a declaration. An exception thrown by direct code is translated as JShell
 * translates its own (its frames of earlier snippets through JShell's own method), and the frames of the
 * direct class map to the cell's lines as JShell's would.
 *
 * <p>Off when the system property {@value #PROPERTY} is {@code false}, for comparison and as an escape
 * hatch; also off when JShell or javac are out of reach (see {@link DirectCompiler}). Not thread safe:
 * use on the thread that evaluates snippets.
 */
final class DirectCells {
    /** The system property that turns the direct path off when {@code false}. */
    static final String PROPERTY = "engagements.directCells";
    /** Where a direct class's name differs from JShell's {@code $JShell$12}; see {@link WrapperNames}. */
    private static final String CLASS_PREFIX = "$JShell$D";
    private static final Set<Snippet.Kind> DEFINITIONS = Set.of(Snippet.Kind.VAR, Snippet.Kind.METHOD,
            Snippet.Kind.TYPE_DECL);

    private final JShell jshell;
    private final DirectCompiler compiler;
    private final Method classFullName;
    private final Object eval;
    private final Method asJShellException;
    private final Map<?, ?> classFiles;     // JShell's, by binary name
    private int count;
    private long seenSnippets = -1;         // how many snippets JShell had, and
    private int seenClassFiles = -1;        // how many class files, at the last compile

    private DirectCells(JShell jshell, DirectCompiler compiler, Method classFullName, Object eval,
                        Method asJShellException, Map<?, ?> classFiles) {
        this.jshell = jshell;
        this.compiler = compiler;
        this.classFullName = classFullName;
        this.eval = eval;
        this.asJShellException = asJShellException;
        this.classFiles = classFiles;
    }

    /** The direct path of {@code jshell}, or empty when it is turned off or out of reach. */
    static Optional<DirectCells> of(JShell jshell) {
        if ("false".equalsIgnoreCase(System.getProperty(PROPERTY, "true").strip())) {
            return Optional.empty();
        }
        try {
            Object taskFactory = field(JShell.class, "taskFactory").get(jshell);
            Object files = field(taskFactory.getClass(), "fileManager").get(taskFactory);
            Object eval = field(JShell.class, "eval").get(jshell);
            Method translate = eval.getClass().getDeclaredMethod("asJShellException", Throwable.class);
            translate.setAccessible(true);
            Method classFullName = Snippet.class.getDeclaredMethod("classFullName");
            classFullName.setAccessible(true);
            Object classFiles = field(files.getClass(), "classObjects").get(files);
            if (!(files instanceof JavaFileManager fileManager) || !(classFiles instanceof Map<?, ?> map)) {
                return Optional.empty();
            }
            return DirectCompiler.create(fileManager)
                    .map(compiler -> new DirectCells(jshell, compiler, classFullName, eval, translate, map));
        } catch (ReflectiveOperationException | InaccessibleObjectException | SecurityException e) {
            return Optional.empty();    // another JDK's JShell, or not opened to us
        }
    }

    private static Field field(Class<?> owner, String name) throws NoSuchFieldException {
        Field field = owner.getDeclaredField(name);
        field.setAccessible(true);
        return field;
    }

    /**
     * A snippet compiled for the direct path.
     *
     * @param id        the name its frames carry instead of a JShell snippet id (see {@link CellErrors#remember})
     * @param className the binary name of the class whose {@code do_it$} runs it
     * @param classes   its class files
     * @param firstLine the line of the class's source where the snippet starts
     * @param value     whether {@code do_it$} returns the snippet's value
     */
    record Prepared(String id, String className, ClassBytecodes[] classes, int firstLine, boolean value) {
    }

    /**
     * {@code snippet} compiled as the value a cell shows ({@code value}) or as a statement, if it is one
     * the direct path runs exactly as JShell would; else empty, and JShell runs it.
     */
    Optional<Prepared> prepare(String snippet, boolean value) {
        String name = CLASS_PREFIX + (count + 1);
        Optional<Set<String>> names = DirectSource.identifiers(snippet);
        if (names.isEmpty()) {
            return Optional.empty();
        }
        Optional<DirectSource> source = DirectSource.of(name, snippet, value, imports(), definitions(names.get()));
        Optional<DirectCompiler.Compiled> compiled = source.flatMap(text -> compiler.compile(text, value, replChanged()));
        if (compiled.isEmpty() && value && compiler.failedOnVoidValue()) {
            return prepare(snippet + "\n;", false);    // the semicolon on a line of its own keeps the lines
        }
        if (compiled.isEmpty()) {
            return Optional.empty();
        }
        count++;
        List<ClassBytecodes> classes = new ArrayList<>();
        for (Map.Entry<String, byte[]> file : compiled.get().classFiles().entrySet()) {
            classes.add(new ClassBytecodes(file.getKey(), file.getValue()));
        }
        return Optional.of(new Prepared("d" + count, compiled.get().className(),
                classes.toArray(ClassBytecodes[]::new), source.get().firstLine(), value));
    }

    /** How many snippets were compiled for the direct path so far. */
    int runs() {
        return count;
    }

    /**
     * Whether JShell's classes may have changed since the last compile: every evaluation adds a snippet
     * (a class compiled again, even in place, comes with a new one), and only the session's trimming
     * removes class files ({@link CompiledClasses}).
     */
    private boolean replChanged() {
        long snippets = jshell.snippets().count();
        int files = classFiles.size();
        boolean changed = snippets != seenSnippets || files != seenClassFiles;
        seenSnippets = snippets;
        seenClassFiles = files;
        return changed;
    }

    private List<String> imports() {
        return jshell.imports().map(Snippet::source).toList();
    }

    /** The valid definitions named in {@code names}: only those are imported. */
    private List<DirectSource.Definition> definitions(Set<String> names) {
        List<DirectSource.Definition> definitions = new ArrayList<>();
        jshell.snippets()
                .filter(snippet -> DEFINITIONS.contains(snippet.kind()))
                .map(DeclarationSnippet.class::cast)
                .filter(snippet -> names.contains(snippet.name()))
                .filter(snippet -> jshell.status(snippet) == Snippet.Status.VALID)
                .forEach(snippet -> wrapper(snippet).ifPresent(wrapper -> definitions.add(new DirectSource.Definition(
                        snippet.name(), snippet.kind() == Snippet.Kind.TYPE_DECL
                                ? DirectSource.Kind.TYPE : DirectSource.Kind.MEMBER, wrapper))));
        return definitions;
    }

    private Optional<String> wrapper(Snippet snippet) {
        try {
            Object name = classFullName.invoke(snippet);
            return name instanceof String text && !text.isEmpty() ? Optional.of(text) : Optional.empty();
        } catch (ReflectiveOperationException | RuntimeException noWrapper) {
            return Optional.empty();
        }
    }

    /**
     * What direct code threw, as JShell reports an exception of its own snippets: through JShell's own
     * translation, then with the frames of the direct class placed in the cell. {@code showing}: the
     * exception came from showing the value, which JShell's path reports through a snippet on the cell's
     * line (see {@code NotebookSession.showResultAsSnippet}), so that frame is added.
     *
     * @throws IllegalStateException if JShell's translation fails: a fault of ours
     */
    JShellException translate(RunException thrown, Prepared prepared, boolean showing) {
        JShellException shell;
        try {
            shell = (JShellException) asJShellException.invoke(eval, thrown);
        } catch (IllegalAccessException | InvocationTargetException | ClassCastException e) {
            throw new IllegalStateException("JShell could not translate an exception of a direct cell", e);
        }
        for (Throwable each = shell; each != null; each = each.getCause()) {
            each.setStackTrace(placed(each.getStackTrace(), prepared, showing));
        }
        return shell;
    }

    private static StackTraceElement[] placed(StackTraceElement[] stack, Prepared prepared, boolean showing) {
        List<StackTraceElement> frames = new ArrayList<>();
        for (StackTraceElement frame : stack) {
            String owner = frame.getClassName();
            if (owner.equals(prepared.className()) || owner.startsWith(prepared.className() + "$")) {
                frame = new StackTraceElement(owner, frame.getMethodName(), "#" + prepared.id(),
                        frame.getLineNumber() - prepared.firstLine() + 1);
            }
            frames.add(frame);
        }
        if (showing) {
            frames.add(new StackTraceElement(prepared.className(), "", "#" + prepared.id(), 1));
        }
        return frames.toArray(StackTraceElement[]::new);
    }
}
