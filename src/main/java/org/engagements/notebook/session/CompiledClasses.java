package org.engagements.notebook.session;

import java.lang.reflect.Field;
import java.lang.reflect.InaccessibleObjectException;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;

/**
 * The class files JShell keeps of every snippet it ever compiled, trimmed of those no later snippet
 * can name.
 *
 * <p>Why: JShell lists all of them to javac as the contents of its package {@code REPL} in each of a
 * snippet's two compilations, and javac enters each into its symbol table again, since JShell purges
 * the package after every compilation. JShell never forgets one, so every cell a session ran, and every
 * cell run again, made each later cell slower: after 300 cells, listing them was about a quarter of a
 * trivial cell's compile time. A snippet no one can name is a cell's expression or statement, the
 * variable that held a cell's value (dropped as the cell ends), and a declaration that was dropped or
 * replaced. Its class is already loaded in the notebook's JVM, where it keeps working.
 *
 * <p>JShell offers no API for this; the list is reached by reflection, which needs
 * {@code --add-opens jdk.jshell/jdk.jshell=ALL-UNNAMED} (the jar's manifest says so for {@code java -jar};
 * {@code core.JvmFlags.HOST_OPENS} for a class path launch). Without it nothing is trimmed and nothing else changes.
 * Not thread-safe: call on the thread that evaluates snippets.
 */
final class CompiledClasses {
    /** The name of a snippet's class, as JShell makes it: its key's number, then letters for its version. */
    private static final Pattern WRAPPER = Pattern.compile("REPL\\.\\$JShell\\$[0-9]+[A-Z]*");

    private final NavigableMap<String, ?> classFiles;   // binary name → class file, JShell's own map
    private final Method classFullName;

    private CompiledClasses(NavigableMap<String, ?> classFiles, Method classFullName) {
        this.classFiles = classFiles;
        this.classFullName = classFullName;
    }

    /** JShell's list of {@code jshell}, or empty when this JVM may not reach it. */
    static Optional<CompiledClasses> of(JShell jshell) {
        try {
            Object taskFactory = field(JShell.class, "taskFactory").get(jshell);
            Object fileManager = field(taskFactory.getClass(), "fileManager").get(taskFactory);
            Object classObjects = field(fileManager.getClass(), "classObjects").get(fileManager);
            Method classFullName = Snippet.class.getDeclaredMethod("classFullName");
            classFullName.setAccessible(true);
            if (!(classObjects instanceof NavigableMap<?, ?>)) {
                return Optional.empty();
            }
            @SuppressWarnings("unchecked")      // JShell's map from binary class names to class files
            NavigableMap<String, ?> map = (NavigableMap<String, ?>) classObjects;
            return Optional.of(new CompiledClasses(map, classFullName));
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
     * Forgets the class files of {@code snippet}: its wrapper class and the classes nested in it
     * (a lambda's, an anonymous class's). Call only for a snippet no later snippet can name.
     */
    void forget(Snippet snippet) {
        wrapperName(snippet).ifPresent(this::forget);
    }

    /**
     * Forgets the class files of every snippet not in {@code live}. Needed after a declaration was
     * dropped or replaced, and after JShell compiled the declarations that use it again: each gets a
     * class of a new name (or, when it can, the old name, to redefine the class in place), and the old
     * one is left behind.
     */
    void keepOnly(Stream<Snippet> live) {
        Set<String> wrappers = live.map(this::wrapperName).flatMap(Optional::stream).collect(Collectors.toSet());
        classFiles.keySet().removeIf(name -> !wrappers.contains(wrapperOf(name)));
    }

    /** {@code REPL.$JShell$12B} of {@code REPL.$JShell$12B$Point$1}: the snippet's class of a class file. */
    private static String wrapperOf(String className) {
        Matcher wrapper = WRAPPER.matcher(className);
        return wrapper.lookingAt() ? wrapper.group() : className;
    }

    private void forget(String name) {
        classFiles.remove(name);
        String nested = name + "$";
        Map<String, ?> inner = classFiles.subMap(nested, true, nested + Character.MAX_VALUE, true);
        inner.clear();
    }

    /** How many class files JShell lists now. */
    int size() {
        return classFiles.size();
    }

    private Optional<String> wrapperName(Snippet snippet) {
        try {
            Object name = classFullName.invoke(snippet);
            return name instanceof String text && !text.isEmpty() ? Optional.of(text) : Optional.empty();
        } catch (ReflectiveOperationException | RuntimeException noWrapperYet) {
            return Optional.empty();    // a snippet that never compiled has none
        }
    }
}
