package org.engagements.core;

import java.util.List;

/**
 * Flags every JVM we start needs on the JDK it runs on, beyond the ones that are the same everywhere.
 * The launcher spells the same rule for the JVM it starts. Stateless.
 */
public final class JvmFlags {
    /** The first JDK that knows {@code --sun-misc-unsafe-memory-access} (JEP 471). */
    private static final int UNSAFE_MEMORY_ACCESS_FLAG = 23;

    /**
     * What a JVM that runs JShell (a kernel, {@code run}'s host) needs in addition: reflective access to
     * JShell's list of compiled classes, which {@code notebook.CompiledClasses} trims. The jar's manifest
     * says the same ({@code Add-Opens}) for {@code java -jar}.
     */
    public static final String HOST_OPENS = "--add-opens=jdk.jshell/jdk.jshell=ALL-UNNAMED";
    /**
     * And access to javac's reusable compiler context, as JShell has, which {@code notebook.DirectCompiler}
     * compiles most cells with. The jar's manifest says the same ({@code Add-Exports}).
     */
    public static final List<String> HOST_EXPORTS = List.of(
            "--add-exports=jdk.compiler/com.sun.tools.javac.api=ALL-UNNAMED",
            "--add-exports=jdk.compiler/com.sun.tools.javac.code=ALL-UNNAMED",
            "--add-exports=jdk.compiler/com.sun.tools.javac.util=ALL-UNNAMED");

    private JvmFlags() {
    }

    /**
     * Tablesaw scans the class path with ClassGraph when it first loads, and ClassGraph frees its
     * buffers through {@code sun.misc.Unsafe}; from JDK 24 the JVM then prints four WARNING lines on
     * standard error of every command (JEP 498). They are the library's to fix, not the user's to read,
     * so JVMs of JDK 23 and later are started with that access allowed.
     */
    public static List<String> forRunningJdk() {
        return forJdk(Runtime.version().feature());
    }

    static List<String> forJdk(int feature) {
        return feature >= UNSAFE_MEMORY_ACCESS_FLAG ? List.of("--sun-misc-unsafe-memory-access=allow") : List.of();
    }
}
