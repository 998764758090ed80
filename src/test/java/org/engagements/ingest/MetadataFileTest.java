package org.engagements.ingest;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.engagements.core.EngagementsException;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MetadataFileTest {
    /** A metadata row names an article file of its folder; a NUL used to crash resolving it. */
    @ParameterizedTest
    @ValueSource(strings = {"../story.txt", "..", "/etc/passwd", "sub/story.txt", "story\u0000.txt"})
    void aFileThatIsNotAPlainNameInTheFolderIsRefusedAtItsLine(String file, @TempDir Path temp) throws IOException {
        Path folder = Files.createDirectories(temp.resolve("incoming"));
        Files.writeString(temp.resolve("story.txt"), "Blinken met Wang Yi.");
        Files.writeString(folder.resolve(MetadataFile.NAME), "file,published,outlet,title,url\n\""
                + file + "\",2021-07-26,Reuters,,\n");
        EngagementsException error = assertThrows(EngagementsException.class,
                () -> MetadataFile.read(folder, "incoming"));
        assertTrue(error.getMessage().startsWith("incoming/metadata.csv:2: file \""), error.getMessage());
    }
}
