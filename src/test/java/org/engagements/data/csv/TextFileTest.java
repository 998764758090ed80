package org.engagements.data.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.engagements.data.Fixture;
import org.engagements.data.Problem;
import org.engagements.data.Problems;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextFileTest {
    @TempDir
    Path temp;

    private final Problems problems = new Problems();

    private Optional<String> read(Path path) {
        return TextFile.read(path, "data/f.csv", problems);
    }

    private List<String> messages() {
        return problems.sorted().stream().map(Problem::message).toList();
    }

    @Test
    void readsUtf8Text() {
        Path file = temp.resolve("f.csv");
        Fixture.write(file, "Xi Jinping 习近平\n");
        assertEquals(Optional.of("Xi Jinping 习近平\n"), read(file));
        assertEquals(List.of(), messages());
    }

    @Test
    void aMissingFileIsReported() {
        assertEquals(Optional.empty(), read(temp.resolve("none.csv")));
        assertEquals(List.of("data/f.csv: expected a file; there is none"), messages());
    }

    @Test
    void aFolderIsReported() throws Exception {
        assertEquals(Optional.empty(), read(Files.createDirectory(temp.resolve("f.csv"))));
        assertEquals(List.of("data/f.csv: expected a file, found a folder"), messages());
    }

    @Test
    void anEmptyFileIsReported() {
        Path file = temp.resolve("f.csv");
        Fixture.write(file, "");
        assertEquals(Optional.empty(), read(file));
        assertEquals(List.of("data/f.csv: expected content, found an empty file"), messages());
    }

    @Test
    void aByteOrderMarkIsReported() {
        Path file = temp.resolve("f.csv");
        Fixture.write(file, "\uFEFFid\n");
        assertEquals(Optional.empty(), read(file));
        assertEquals(List.of("data/f.csv:1: expected UTF-8 without a byte-order mark: the file starts with a "
                + "byte-order mark; save it as UTF-8 without BOM"), messages());
    }

    @Test
    void theFirstByteThatIsNotUtf8IsReportedWithItsLine() {
        Path file = temp.resolve("f.csv");
        Fixture.writeBytes(file, new byte[] {'a', '\n', 'b', '\n', 'c', (byte) 0xE9, 'd', '\n'});
        assertEquals(Optional.empty(), read(file));
        assertEquals(List.of("data/f.csv:3: expected UTF-8 text, found byte 0xE9 at byte offset 5"), messages());
    }

    @Test
    void aTruncatedMultiByteCharacterAtTheEndIsReported() {
        Path file = temp.resolve("f.csv");
        Fixture.writeBytes(file, new byte[] {'a', (byte) 0xE4, (byte) 0xB9});
        assertEquals(Optional.empty(), read(file));
        assertEquals(List.of("data/f.csv:1: expected UTF-8 text, found byte 0xE4 at byte offset 1"), messages());
    }
}
