package org.engagements.notebook.javadoc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LibrarySourcesTest {
    private static final List<String> NO_OWNERS = List.of();

    private static Optional<String> summary(LibrarySources sources, String signature, String... owners) {
        return sources.findComment(Signature.parse(signature), List.of(owners)).map(text -> Javadoc.parse(text).summary());
    }

    /** The test JVM's class path: Maven's local repository, where the build fetched the sources jars, and target/classes. */
    private static LibrarySources ofThisJvm() {
        return LibrarySources.forClassPath(Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .map(Path::of).toList());
    }

    @Test
    void tablesawsJavadocComesFromItsSourcesJarBesideItsJar() {
        try (LibrarySources sources = ofThisJvm()) {
            assertEquals(Optional.of("Returns a new, empty table (without rows or columns) with the given name"),
                    summary(sources, "Table Table.create(String tableName)", "java.util.Table", "tech.tablesaw.api.Table"));
            assertEquals(Optional.of("Returns a new table containing copies of the selected columns from this table"),
                    summary(sources, "Table Table.selectColumns(String... columnNames)", "tech.tablesaw.api.Table"));
            assertTrue(summary(sources, "tech.tablesaw.api.Table", "tech.tablesaw.api.Table").isPresent());
        }
    }

    @Test
    void xchartsJavadocComesFromItsSourcesJar() {
        try (LibrarySources sources = ofThisJvm()) {
            assertTrue(sources.roots().stream().anyMatch(root -> root.getFileName().toString().startsWith("xchart-")),
                    sources.roots()::toString);
        }
    }

    @Test
    void ourJavadocComesFromTheProjectsSourcesWhenTheClassPathHasTargetClasses() {
        try (LibrarySources sources = ofThisJvm()) {
            assertTrue(summary(sources, "Dataset Engagements.load()", "org.engagements.Engagements").orElseThrow()
                    .startsWith("Loads the data folder of this session"));
        }
    }

    @Test
    void aJarWithoutASourcesJarBesideItHasNoSources(@TempDir Path folder) throws IOException {
        Path jar = Files.createFile(folder.resolve("lib-1.0.jar"));
        assertEquals(Optional.empty(), LibrarySources.sourcesOf(jar));
        Path sources = Files.createFile(folder.resolve("lib-1.0-sources.jar"));
        assertEquals(Optional.of(sources), LibrarySources.sourcesOf(jar));
    }

    @Test
    void membersAreMatchedByNameAndParameterTypesAndNestedClassesAndEnumConstantsAreFound(@TempDir Path root)
            throws IOException {
        write(root, "p/Shapes.java", """
                package p;
                import java.util.List;
                /** Shapes. */
                public class Shapes {
                    /** Counts all. */ public static int count(List<String> names) { return 0; }
                    /** Counts some. */ public static int count(String... names) { return 0; }
                    /** The limit. */ public static final int LIMIT = 3;
                    /** A circle. */ public record Circle(double radius) {
                        /** Its area. */ public double area() { return 0; }
                    }
                    /** Colours. */ public enum Colour { /** Red. */ RED }
                    /** A new one. */ public Shapes(int size) { }
                }
                """);
        try (LibrarySources sources = LibrarySources.of(List.of(root))) {
            assertEquals(Optional.of("Counts all."), summary(sources, "int Shapes.count(java.util.List<String> names)", "q.Shapes", "p.Shapes"));
            assertEquals(Optional.of("Counts some."), summary(sources, "int Shapes.count(String... names)", "p.Shapes"));
            assertEquals(Optional.of("The limit."), summary(sources, "Shapes.LIMIT:int", "p.Shapes"));
            assertEquals(Optional.of("Its area."), summary(sources, "double Shapes.Circle.area()", "p.Shapes.Circle"));
            assertEquals(Optional.of("A circle."), summary(sources, "p.Shapes.Circle(double radius)", "p.Shapes.Circle"));
            assertEquals(Optional.of("Red."), summary(sources, "p.Shapes.Colour.RED", "p.Shapes.Colour.RED"));
            assertEquals(Optional.of("A new one."), summary(sources, "p.Shapes(int size)", "p.Shapes"));
            assertEquals(Optional.of("Shapes."), summary(sources, "p.Shapes", "p.Shapes"));
            assertEquals(Optional.empty(), summary(sources, "int Shapes.count(int n)", "p.Shapes"));
            assertEquals(Optional.empty(), summary(sources, "x:int", NO_OWNERS.toArray(String[]::new)));
        }
    }

    @Test
    void anUndocumentedOrInheritDocOverrideGetsItsSupertypesComment(@TempDir Path root) throws IOException {
        write(root, "p/Base.java", """
                package p;
                public interface Base {
                    /** Says hello. More here. */ String hello(String name);
                    /** Says bye. */ String bye();
                }
                """);
        write(root, "q/Impl.java", """
                package q;
                import p.Base;
                public abstract class Impl implements Base {
                    @Override public String hello(String name) { return name; }
                    /** Also: {@inheritDoc} */ @Override public String bye() { return ""; }
                }
                """);
        write(root, "q/Leaf.java", """
                package q;
                public class Leaf extends Impl {
                }
                """);
        try (LibrarySources sources = LibrarySources.of(List.of(root))) {
            assertEquals(Optional.of("Says hello."), summary(sources, "String Impl.hello(String name)", "q.Impl"));
            assertEquals(Optional.of("Also: Says bye."), summary(sources, "String q.Impl.bye()", "q.Impl"));
            assertEquals(Optional.of("Says hello."), summary(sources, "String Leaf.hello(String name)", "q.Leaf"));
        }
    }

    private static void write(Path root, String path, String text) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
