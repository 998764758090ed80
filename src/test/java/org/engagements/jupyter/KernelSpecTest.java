package org.engagements.jupyter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KernelSpecTest {
    private static final KernelSpec SPEC = KernelSpec.of(List.of("/opt/engagements/engagements", "kernel",
            "--connection-file", "{connection_file}"));

    @Test
    void writesKernelJsonWithSortedKeysIntoTheNamedFolder(@TempDir Path prefix) throws IOException {
        Path file = SPEC.install(KernelSpec.prefixKernels(prefix), KernelSpec.DEFAULT_NAME);

        assertEquals(prefix.resolve("share/jupyter/kernels/engagements-java/kernel.json"), file);
        assertEquals("""
                {
                  "argv" : [ "/opt/engagements/engagements", "kernel", "--connection-file", "{connection_file}" ],
                  "display_name" : "Java (engagements)",
                  "interrupt_mode" : "message",
                  "language" : "java",
                  "metadata" : {
                    "debugger" : false
                  }
                }
                """, Files.readString(file));
    }

    @Test
    void findsTheUserFolderAsJupyterDoes() {
        Path home = Path.of("/home/u");
        assertEquals(Path.of("/home/u/.local/share/jupyter/kernels"), KernelSpec.userKernels(Map.of(), home));
        assertEquals(Path.of("/x/jupyter/kernels"), KernelSpec.userKernels(Map.of("XDG_DATA_HOME", "/x"), home));
        assertEquals(Path.of("/d/kernels"), KernelSpec.userKernels(
                Map.of("XDG_DATA_HOME", "/x", "JUPYTER_DATA_DIR", "/d"), home));
    }

    @Test
    void takesTheHomeFromHomeLikePythonsExpanduser() {
        Path account = Path.of("/home/u");
        assertEquals(Path.of("/tmp/ci-home/.local/share/jupyter/kernels"),
                KernelSpec.userKernels(Map.of("HOME", "/tmp/ci-home"), account));
        assertEquals(Path.of("/home/u/.local/share/jupyter/kernels"), KernelSpec.userKernels(Map.of("HOME", " "), account));
    }

    @Test
    void rejectsKernelNamesJupyterWouldNotFind(@TempDir Path prefix) {
        KernelException error = assertThrows(KernelException.class, () -> SPEC.install(prefix, "my kernel"));
        assertTrue(error.getMessage().contains("\"my kernel\""), error.getMessage());
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"..", ".", "../x", "/tmp/x"})
    void aKernelNameCannotInstallOutsideTheKernelsFolder(String name, @TempDir Path prefix) {
        Path kernels = prefix.resolve("kernels");
        KernelException error = assertThrows(KernelException.class, () -> SPEC.install(kernels, name));
        assertTrue(error.getMessage().contains("\"" + name + "\""), error.getMessage());
        assertTrue(java.nio.file.Files.notExists(prefix.resolve("kernel.json")));
    }

    @Test
    void requiresTheConnectionFilePlaceholderInArgv() {
        assertThrows(IllegalArgumentException.class, () -> KernelSpec.of(List.of("java", "-jar", "x.jar")));
    }
}
