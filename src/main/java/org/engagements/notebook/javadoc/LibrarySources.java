package org.engagements.notebook.javadoc;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ImportTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.tools.JavaCompiler;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;

/**
 * The Javadoc of libraries, read from their sources: for each class path entry {@code X.jar}, a
 * {@code X-sources.jar} beside it (as Maven's local repository keeps them, and as the build copies
 * Tablesaw's, XChart's and ours into {@code target/}); for Maven's {@code target/classes}, the project's
 * {@code src/main/java}. JShell's own documentation reads only the JDK's {@code lib/src.zip}; this is
 * for the rest. Sources are parsed with javac, one file at a time, the latest few kept.
 *
 * <p>A member without a comment, or with {@code {@inheritDoc}}, gets its supertypes' comment when their
 * sources are at hand too. Thread safe (calls are serialised); {@link #close} releases the open jars.
 */
public final class LibrarySources implements AutoCloseable {
    private static final int PARSED_KEPT = 16;
    private static final int INHERITANCE_DEPTH = 6;

    private final List<Path> roots;
    private final Map<Path, Optional<FileSystem>> jars = new LinkedHashMap<>();
    private final Set<String> missing = new HashSet<>();     // files no root has
    private final Map<String, Parsed> parsed = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Parsed> eldest) {
            return size() > PARSED_KEPT;
        }
    };

    /** A parsed source file and javac's view of it. */
    private record Parsed(CompilationUnitTree unit, Trees trees) {
    }

    private LibrarySources(List<Path> roots) {
        this.roots = List.copyOf(roots);
    }

    /** The sources in {@code roots}, folders or jars of {@code .java} files by package, in order. */
    static LibrarySources of(List<Path> roots) {
        return new LibrarySources(roots);
    }

    /** No sources: every lookup finds nothing. */
    public static LibrarySources none() {
        return new LibrarySources(List.of());
    }

    /** The sources of the entries of {@code classPath} that have them (see the class comment). */
    public static LibrarySources forClassPath(List<Path> classPath) {
        return new LibrarySources(classPath.stream().map(LibrarySources::sourcesOf).flatMap(Optional::stream)
                .distinct().toList());
    }

    /** Where the sources of one class path entry are, if anywhere. */
    static Optional<Path> sourcesOf(Path entry) {
        Path name = entry.getFileName();
        if (name == null) {
            return Optional.empty();
        }
        String file = name.toString();
        if (file.endsWith(".jar")) {
            Path sources = entry.resolveSibling(file.substring(0, file.length() - ".jar".length()) + "-sources.jar");
            return Files.isRegularFile(sources) ? Optional.of(sources) : Optional.empty();
        }
        Path parent = entry.getParent();
        if (file.equals("classes") && parent != null && parent.getFileName() != null
                && parent.getFileName().toString().equals("target") && parent.getParent() != null) {
            Path sources = parent.getParent().resolve("src").resolve("main").resolve("java");
            return Files.isDirectory(sources) ? Optional.of(sources) : Optional.empty();
        }
        return Optional.empty();
    }

    /** The folders and jars looked in, in class path order. */
    public List<Path> roots() {
        return roots;
    }

    /**
     * The doc comment of what {@code signature} names, as javac gives it (see {@link Javadoc#parse}).
     * {@code owners} are the fully qualified names the signature's owner may stand for, most likely first
     * (the session writes {@code Table} for an imported {@code tech.tablesaw.api.Table}).
     */
    public synchronized Optional<String> findComment(Signature signature, List<String> owners) {
        if (signature.kind() == Signature.Kind.VARIABLE) {
            return Optional.empty();    // a variable of the session: its type's class is documented, not it
        }
        for (String owner : owners) {
            Optional<String> found = findComment(signature, owner, INHERITANCE_DEPTH);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private Optional<String> findComment(Signature signature, String owner, int depth) {
        Optional<Located> type = findType(owner);
        if (type.isEmpty()) {
            int dot = owner.lastIndexOf('.');
            return signature.kind() == Signature.Kind.TYPE && dot > 0   // an enum constant reads like a type
                    ? findComment(new Signature(Signature.Kind.FIELD, owner.substring(0, dot),
                            owner.substring(dot + 1), List.of()), owner.substring(0, dot), depth)
                    : Optional.empty();
        }
        Located located = type.get();
        if (signature.kind() == Signature.Kind.TYPE) {
            return comment(located, located.type());
        }
        Optional<Tree> member = findMember(located.type(), signature);
        if (member.isEmpty()) {
            return signature.kind() == Signature.Kind.CONSTRUCTOR ? comment(located, located.type())   // a record
                    : signature.kind() == Signature.Kind.METHOD ? inherited(located, signature, depth) : Optional.empty();
        }
        Optional<String> own = comment(located, member.get());
        if (signature.kind() != Signature.Kind.METHOD || own.isPresent() && !own.get().contains("{@inheritDoc}")) {
            return own;
        }
        Optional<String> inherited = inherited(located, signature, depth);
        return own.map(text -> text.replace("{@inheritDoc}", inherited.map(t -> Javadoc.parse(t).main().strip()).orElse("")))
                .or(() -> inherited);
    }

    /** A class declaration found in a parsed file. */
    private record Located(Parsed parsed, ClassTree type, String packageName) {
    }

    private Optional<String> comment(Located located, Tree tree) {
        String text = located.parsed().trees().getDocComment(TreePath.getPath(located.parsed().unit(), tree));
        return text == null || text.isBlank() ? Optional.empty() : Optional.of(text);
    }

    /** The comment of the method the supertypes of {@code located} declare, nearest first. */
    private Optional<String> inherited(Located located, Signature signature, int depth) {
        if (depth == 0) {
            return Optional.empty();
        }
        List<Tree> supertypes = new ArrayList<>();
        if (located.type().getExtendsClause() != null) {
            supertypes.add(located.type().getExtendsClause());
        }
        supertypes.addAll(located.type().getImplementsClause());
        for (Tree supertype : supertypes) {
            for (String name : candidates(located, Signature.erase(supertype.toString()).strip())) {
                Optional<String> found = findComment(signature, name, depth - 1);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    /** The fully qualified names a simple or partly qualified type name in a file may stand for. */
    private static List<String> candidates(Located located, String name) {
        String first = name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
        String rest = name.substring(first.length());
        List<String> names = new ArrayList<>();
        for (ImportTree imported : located.parsed().unit().getImports()) {
            String qualified = imported.getQualifiedIdentifier().toString();
            if (!imported.isStatic() && qualified.endsWith("." + first)) {
                names.add(qualified + rest);
            }
        }
        names.add(located.packageName().isEmpty() ? name : located.packageName() + "." + name);
        for (ImportTree imported : located.parsed().unit().getImports()) {
            String qualified = imported.getQualifiedIdentifier().toString();
            if (!imported.isStatic() && qualified.endsWith(".*")) {
                names.add(qualified.substring(0, qualified.length() - 1) + name);
            }
        }
        names.add(name);
        return names;
    }

    private static Optional<Tree> findMember(ClassTree type, Signature signature) {
        for (Tree member : type.getMembers()) {
            if (signature.kind() == Signature.Kind.FIELD && member instanceof VariableTree field
                    && field.getName().contentEquals(signature.name())) {
                return Optional.of(member);
            }
            if (member instanceof MethodTree method && matches(method, signature)) {
                return Optional.of(member);
            }
        }
        return Optional.empty();
    }

    private static boolean matches(MethodTree method, Signature signature) {
        boolean constructor = method.getName().contentEquals("<init>");
        if (constructor != (signature.kind() == Signature.Kind.CONSTRUCTOR)
                || !constructor && !method.getName().contentEquals(signature.name())
                || method.getParameters().size() != signature.parameterTypes().size()) {
            return false;
        }
        for (int i = 0; i < method.getParameters().size(); i++) {
            String declared = Signature.simpleType(method.getParameters().get(i).getType().toString());
            if (!declared.equals(signature.parameterTypes().get(i))) {
                return false;
            }
        }
        return true;
    }

    /** The declaration of class {@code qualified} ({@code a.b.Outer.Inner}) in the sources, if there. */
    private Optional<Located> findType(String qualified) {
        String[] parts = qualified.split("\\.");
        for (int top = parts.length; top >= 1; top--) {
            String file = String.join("/", List.of(parts).subList(0, top)) + ".java";
            Optional<Parsed> unit = parse(file);
            if (unit.isPresent()) {
                String packageName = String.join(".", List.of(parts).subList(0, top - 1));
                return findClass(unit.get().unit().getTypeDecls(), List.of(parts).subList(top - 1, parts.length))
                        .map(type -> new Located(unit.get(), type, packageName));
            }
        }
        return Optional.empty();
    }

    private static Optional<ClassTree> findClass(List<? extends Tree> members, List<String> names) {
        for (Tree member : members) {
            if (member instanceof ClassTree type && type.getSimpleName().contentEquals(names.get(0))) {
                return names.size() == 1 ? Optional.of(type) : findClass(type.getMembers(), names.subList(1, names.size()));
            }
        }
        return Optional.empty();
    }

    /** The file at {@code path} (such as {@code tech/tablesaw/api/Table.java}) in the first root that has it, parsed. */
    private Optional<Parsed> parse(String path) {
        Parsed known = parsed.get(path);
        if (known != null || missing.contains(path)) {
            return Optional.ofNullable(known);
        }
        for (Path root : roots) {
            Optional<Path> file = resolve(root, path).filter(Files::isRegularFile);
            if (file.isPresent()) {
                Parsed result = parse(path, read(file.get()));
                parsed.put(path, result);
                return Optional.of(result);
            }
        }
        missing.add(path);
        return Optional.empty();
    }

    private static Parsed parse(String path, String source) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        SimpleJavaFileObject file = new SimpleJavaFileObject(URI.create("string:///" + path),
                javax.tools.JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return source;
            }
        };
        JavacTask task = (JavacTask) javac.getTask(null, null, diagnostic -> { }, List.of("-proc:none"), null,
                List.of(file));
        try {
            CompilationUnitTree unit = task.parse().iterator().next();
            return new Parsed(unit, Trees.instance(task));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot parse " + path, e);
        }
    }

    private static String read(Path file) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file.toUri(), e);
        }
    }

    /** {@code path} inside {@code root}, a folder or a jar (opened once); empty if the jar cannot be opened. */
    private Optional<Path> resolve(Path root, String path) {
        if (Files.isDirectory(root)) {
            return Optional.of(root.resolve(path));
        }
        return jars.computeIfAbsent(root, LibrarySources::open).map(jar -> jar.getPath(path));
    }

    private static Optional<FileSystem> open(Path jar) {
        try {
            return Optional.of(FileSystems.newFileSystem(jar, (ClassLoader) null));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();    // a damaged sources jar: no Javadoc from it, which is all it was for
        }
    }

    @Override
    public synchronized void close() {
        for (Optional<FileSystem> jar : jars.values()) {
            try {
                if (jar.isPresent()) {
                    jar.get().close();
                }
            } catch (IOException ignored) {
                // read only: nothing to lose
            }
        }
        jars.clear();
        parsed.clear();
        missing.clear();
    }
}
