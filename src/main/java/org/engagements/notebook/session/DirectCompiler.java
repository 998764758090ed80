package org.engagements.notebook.session;

import com.sun.source.tree.BlockTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.StatementTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.JavacTask;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.Writer;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.DiagnosticListener;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;

/**
 * Compiles a {@link DirectSource} with a javac context kept warm from cell to cell, against JShell's
 * class path and the class files of its snippets (JShell's own file manager supplies both).
 *
 * <p>Why javac's internal {@code JavacTaskPool}, as JShell itself uses: the public {@code JavacTool}
 * builds a new context per task, which reads {@code java.base} again; measured on this kind of machine,
 * warm, a trivial class took 17 ms (JDK 17) and 21 ms (JDK 25) that way, against 1.5 ms with the pool.
 * The pool and the classes it needs are reached by reflection, with
 * {@code --add-exports jdk.compiler/com.sun.tools.javac.{api,code,util}=ALL-UNNAMED}
 * ({@code core.JvmFlags.HOST_OPENS}, the jar's manifest). Without them {@link #create} is empty and
 * every cell takes JShell's way.
 *
 * <p>The package {@code REPL} is purged from the context as JShell's {@code TaskFactory} purges it
 * after each of its tasks, but only before a task for which JShell's classes changed (the caller says
 * so), and after {@link #PURGE_EVERY} tasks, which each leave their own class behind: a context that
 * remembered old classes would compile against them, and one that forgets them each time lists and
 * reads them again for every cell.
 *
 * <p>Not thread safe: use on the thread that evaluates snippets.
 */
final class DirectCompiler {
    /** The options of JShell's own compile task, so the code is compiled as JShell would. */
    private static final List<String> OPTIONS = List.of("-Xlint:unchecked,-strictfp", "-proc:none", "-parameters");
    private static final String REPL = "REPL";
    static final int PURGE_EVERY = 64;

    private final Capture files;    // one for all tasks: javac's reused context keeps the first it is given
    private final Object pool;
    private final Method getTask;
    private final Class<?> worker;
    private final Purge purge;
    private boolean broken;     // the purge failed once: this context may hold old classes, so it is not used
    private boolean lastVoidValue;  // the last compile failed only as its value is void
    private int sincePurge;         // tasks since package REPL was purged
    private boolean purgePending;   // JShell's classes changed since

    private DirectCompiler(JavaFileManager files, Object pool, Method getTask, Class<?> worker, Purge purge) {
        this.files = new Capture(files);
        this.pool = pool;
        this.getTask = getTask;
        this.worker = worker;
        this.purge = purge;
    }

    /** A compiler over {@code jshellFiles}, JShell's file manager, or empty when javac's pool is out of reach. */
    static Optional<DirectCompiler> create(JavaFileManager jshellFiles) {
        try {
            Class<?> poolClass = Class.forName("com.sun.tools.javac.api.JavacTaskPool");
            Class<?> worker = Class.forName("com.sun.tools.javac.api.JavacTaskPool$Worker");
            Constructor<?> constructor = poolClass.getConstructor(int.class);
            Method getTask = poolClass.getMethod("getTask", Writer.class, JavaFileManager.class,
                    DiagnosticListener.class, Iterable.class, Iterable.class, Iterable.class, worker);
            return Optional.of(new DirectCompiler(jshellFiles, constructor.newInstance(1), getTask, worker,
                    Purge.create()));
        } catch (ReflectiveOperationException | RuntimeException | LinkageError unreachable) {
            return Optional.empty();    // not exported to us, or another JDK's javac
        }
    }

    /** The class files compiled from a source, by binary name, and the name of the class that runs it. */
    record Compiled(String className, Map<String, byte[]> classFiles) {
    }

    /**
     * Compiles {@code source}; empty if javac reports anything at all (an error, a warning, a note), or if
     * the snippet is not one statement that is no declaration (see {@link #runsAsWritten}).
     * {@code replChanged}: JShell's classes may have changed since the last call.
     */
    Optional<Compiled> compile(DirectSource source, boolean value, boolean replChanged) {
        lastVoidValue = false;
        if (broken) {
            return Optional.empty();
        }
        Map<String, byte[]> output = new LinkedHashMap<>();
        files.output = output;
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        JavaFileObject unit = new SimpleJavaFileObject(
                URI.create("string:///REPL/" + source.className() + ".java"), JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return source.text();
            }
        };
        purgePending |= replChanged;
        Function<JavacTask, Boolean> work = task -> {
            try {
                if (purgePending || sincePurge >= PURGE_EVERY) {
                    purge.run(purge.context(task));
                    purgePending = false;
                    sincePurge = 0;
                }
            } catch (IllegalStateException e) {
                broken = true;
                return false;
            }
            sincePurge++;
            return compile(task, value, diagnostics);
        };
        Object run = Proxy.newProxyInstance(worker.getClassLoader(), new Class<?>[] {worker},
                (proxy, method, args) -> method.getName().equals("withTask") ? work.apply((JavacTask) args[0])
                        : method.invoke(work, args));
        try {
            Object ok = getTask.invoke(pool, null, files, diagnostics, OPTIONS, null,
                    List.of(unit), run);
            boolean compiled = !broken && Boolean.TRUE.equals(ok) && diagnostics.getDiagnostics().isEmpty()
                    && output.containsKey("REPL." + source.className());
            return compiled ? Optional.of(new Compiled("REPL." + source.className(), output)) : Optional.empty();
        } catch (InvocationTargetException | IllegalAccessException | RuntimeException javacFault) {
            return Optional.empty();    // JShell's path reports the snippet as it would
        } finally {
            lastVoidValue = value && isVoidValue(diagnostics.getDiagnostics());
        }
    }

    /**
     * Whether the last {@link #compile} of a value failed only because the expression is {@code void}
     * (a call such as {@code System.out.println(x)} at the end of a cell): JShell runs it and shows
     * nothing, as the statement it also is.
     */
    boolean failedOnVoidValue() {
        return lastVoidValue;
    }

    private static boolean isVoidValue(List<Diagnostic<? extends JavaFileObject>> diagnostics) {
        return diagnostics.size() == 1 && "compiler.err.prob.found.req".equals(diagnostics.get(0).getCode())
                && diagnostics.get(0).getMessage(Locale.ROOT).contains("void");
    }

    private static boolean compile(JavacTask task, boolean value, DiagnosticCollector<JavaFileObject> diagnostics) {
        try {
            Iterable<? extends CompilationUnitTree> trees = task.parse();
            if (!diagnostics.getDiagnostics().isEmpty() || !runsAsWritten(trees, value)) {
                return false;
            }
            task.analyze();
            if (!diagnostics.getDiagnostics().isEmpty()) {
                return false;
            }
            task.generate();
            return diagnostics.getDiagnostics().isEmpty();
        } catch (java.io.IOException e) {
            return false;
        }
    }

    /**
     * Whether the body of {@code do_it$} is one statement that means the same there as in JShell: for a
     * value the {@code return} of an expression; else a statement that declares nothing (a variable,
     * a class), since JShell keeps declarations for later cells and a method body would not, and that
     * does not return (JShell refuses {@code return}).
     */
    static boolean runsAsWritten(Iterable<? extends CompilationUnitTree> trees, boolean value) {
        for (CompilationUnitTree tree : trees) {
            for (Tree type : tree.getTypeDecls()) {
                for (Tree member : ((ClassTree) type).getMembers()) {
                    if (member instanceof MethodTree method && method.getName().contentEquals(DirectSource.METHOD)) {
                        return isPlainStatement(method.getBody(), value);
                    }
                }
            }
        }
        return false;
    }

    private static boolean isPlainStatement(BlockTree body, boolean value) {
        if (body == null || body.getStatements().size() != 1) {
            return false;
        }
        StatementTree statement = body.getStatements().get(0);
        if (value) {
            return statement.getKind() == Tree.Kind.RETURN;
        }
        return !NOT_PLAIN.contains(statement.getKind());
    }

    private static final Set<Tree.Kind> NOT_PLAIN = Set.of(Tree.Kind.VARIABLE, Tree.Kind.CLASS,
            Tree.Kind.INTERFACE, Tree.Kind.ENUM, Tree.Kind.RECORD, Tree.Kind.ANNOTATION_TYPE, Tree.Kind.RETURN,
            Tree.Kind.EMPTY_STATEMENT);

    /**
     * JShell's file manager, with the compiled classes kept in {@link #output} instead of among JShell's,
     * where they would be listed to every later compilation.
     */
    private static final class Capture extends ForwardingJavaFileManager<JavaFileManager> {
        private Map<String, byte[]> output = new LinkedHashMap<>();     // of the task running now

        Capture(JavaFileManager files) {
            super(files);
        }

        @Override
        public JavaFileObject getJavaFileForOutput(Location location, String className, JavaFileObject.Kind kind,
                                                   FileObject sibling) {
            return new SimpleJavaFileObject(URI.create("bytes:///" + className.replace('.', '/') + kind.extension),
                    kind) {
                @Override
                public OutputStream openOutputStream() {
                    Map<String, byte[]> into = output;
                    return new ByteArrayOutputStream() {
                        @Override
                        public void close() {
                            into.put(className, toByteArray());
                        }
                    };
                }
            };
        }
    }

    /**
     * Removes package {@code REPL} and its classes from a task's context, as JShell's
     * {@code TaskFactory.runTask} does (JDK 17 to 25 alike).
     */
    private record Purge(Method getContext, Method symtab, Method names, Method fromString, Method getPackage,
                         Method getAllClasses, Method packge, Method flatName, Method removeClass,
                         Field javaBase, Field noModule, Field unnamedModule, Field members, Field completer,
                         Method classFinder, Method getCompleter) {
        static Purge create() throws ReflectiveOperationException {
            Class<?> context = Class.forName("com.sun.tools.javac.util.Context");
            Class<?> symtab = Class.forName("com.sun.tools.javac.code.Symtab");
            Class<?> names = Class.forName("com.sun.tools.javac.util.Names");
            Class<?> name = Class.forName("com.sun.tools.javac.util.Name");
            Class<?> module = Class.forName("com.sun.tools.javac.code.Symbol$ModuleSymbol");
            Class<?> symbol = Class.forName("com.sun.tools.javac.code.Symbol");
            Class<?> classSymbol = Class.forName("com.sun.tools.javac.code.Symbol$ClassSymbol");
            Class<?> packageSymbol = Class.forName("com.sun.tools.javac.code.Symbol$PackageSymbol");
            Class<?> finder = Class.forName("com.sun.tools.javac.code.ClassFinder");
            return new Purge(Class.forName("com.sun.tools.javac.api.JavacTaskImpl").getMethod("getContext"),
                    symtab.getMethod("instance", context), names.getMethod("instance", context),
                    names.getMethod("fromString", String.class), symtab.getMethod("getPackage", module, name),
                    symtab.getMethod("getAllClasses"), symbol.getMethod("packge"), classSymbol.getMethod("flatName"),
                    symtab.getMethod("removeClass", module, name), symtab.getField("java_base"),
                    symtab.getField("noModule"), symtab.getField("unnamedModule"),
                    packageSymbol.getField("members_field"), symbol.getField("completer"),
                    finder.getMethod("instance", context), finder.getMethod("getCompleter"));
        }

        Object context(JavacTask task) {
            try {
                return getContext.invoke(task);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot reach javac's context", e);
            }
        }

        void run(Object context) {
            try {
                Object syms = symtab.invoke(null, context);
                Object replModule = javaBase.get(syms) == noModule.get(syms) ? noModule.get(syms) : unnamedModule.get(syms);
                Object repl = getPackage.invoke(syms, replModule, fromString.invoke(names.invoke(null, context), REPL));
                if (repl == null) {
                    return;
                }
                List<Object> inRepl = new java.util.ArrayList<>();
                for (Object clazz : (Iterable<?>) getAllClasses.invoke(syms)) {
                    if (packge.invoke(clazz) == repl) {
                        inRepl.add(flatName.invoke(clazz));
                    }
                }
                for (Object flat : inRepl) {
                    removeClass.invoke(syms, replModule, flat);
                }
                members.set(repl, null);
                completer.set(repl, getCompleter.invoke(classFinder.invoke(null, context)));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot purge package REPL from javac's context", e);
            }
        }
    }
}
