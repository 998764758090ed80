package org.engagements.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FileNamesTest {
    @TempDir
    Path folder;

    @ParameterizedTest
    @ValueSource(strings = {"", " ", ".", "..", "../x", "../../etc/passwd", "a/b", "/tmp/x", "..\\x", "C:\\x",
            "a\u0000b", "a\nb", "sub/../x"})
    void aNameThatIsAPathIsRefusedNamingItAndWhatIsAllowed(String name) {
        UnsafeFileNameException error = assertThrows(UnsafeFileNameException.class,
                () -> FileNames.resolveInside(folder, name, "chart name"));
        assertEquals(name, error.name());
        assertTrue(error.getMessage().startsWith("chart name \""), error.getMessage());
        assertTrue(error.getMessage().contains("expected " + FileNames.ALLOWED), error.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"held-by-status", "a..b", ".hidden", "Ünïcode 名", "x.png"})
    void aPlainNameResolvesDirectlyInsideTheFolder(String name) {
        assertEquals(folder.resolve(name), FileNames.resolveInside(folder, name, "chart name"));
    }

    @Test
    void theMessageQuotesControlCharacters() {
        UnsafeFileNameException error = assertThrows(UnsafeFileNameException.class,
                () -> FileNames.require("a\u0000b", "article file"));
        assertEquals("article file \"a\\u0000b\": expected " + FileNames.ALLOWED + "; it contains NUL",
                error.getMessage());
    }
}
