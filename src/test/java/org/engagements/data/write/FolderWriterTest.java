package org.engagements.data.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.engagements.data.Article;
import org.engagements.data.Fixture;
import org.engagements.data.ShippedData;
import org.engagements.data.Vocabulary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FolderWriterTest {
    @TempDir
    Path temp;

    @Test
    void writingTheShippedDataRowByRowReproducesEveryFileByteForByte() {
        DatasetContent content = DatasetContent.read(ShippedData.folder());
        Path target = temp.resolve("data");
        try (FolderWriter writer = FolderWriter.create(target)) {
            writer.vocabulary(content.vocabulary());
            content.articles().forEach(article -> writer.article(article, content.textOf(article)));
            content.engagements().forEach(writer::engagement);
            content.mentions().forEach(writer::mention);
            writer.commit();
        }
        for (Map.Entry<String, String> file : content.rendered().entrySet()) {
            assertEquals(Fixture.read(ShippedData.folder().resolve(file.getKey())),
                    Fixture.read(target.resolve(file.getKey())), file.getKey());
        }
    }

    @Test
    void anArticleFileThatIsAPathIsRefusedAndNothingIsWrittenOutside() throws IOException {
        DatasetContent content = DatasetContent.read(ShippedData.folder());
        Article article = content.articles().get(0);
        Article escaping = new Article(article.id(), "../../escaped.txt", article.outlet(), article.published(),
                article.publishedBasis(), article.title(), article.url());
        try (FolderWriter writer = FolderWriter.create(temp.resolve("data"))) {
            org.junit.jupiter.api.Assertions.assertThrows(org.engagements.core.UnsafeFileNameException.class,
                    () -> writer.article(escaping, "text"));
        }
        try (Stream<Path> left = Files.walk(temp)) {
            assertEquals(List.of(temp), left.toList());
        }
    }

    @Test
    void aDatasetWithAnArticleFileThatIsAPathIsNeverWritten() throws IOException {
        Path data = ShippedData.copyTo(temp);
        DatasetContent content = DatasetContent.read(data);
        Article article = content.articles().get(0);
        Article escaping = new Article("a999", "../escaped.txt", article.outlet(), article.published(),
                article.publishedBasis(), article.title(), article.url());
        org.junit.jupiter.api.Assertions.assertThrows(org.engagements.core.UnsafeFileNameException.class,
                () -> DatasetWriter.of(data).write(content.withArticle(escaping, "text")));
        assertFalse(Files.exists(temp.resolve("escaped.txt")));
        assertEquals(ShippedData.checksums(ShippedData.folder()), ShippedData.checksums(data));
    }

    /** A process id above Linux's limit (2^22): no such process is running. */
    private static final long NOT_RUNNING = 999_999_999L;

    @Test
    void aDeadWritersTemporaryFolderIsRemovedButNoLiveWritersAndNoOtherName() throws IOException {
        long running = ProcessHandle.current().pid();
        List<String> kept = List.of(".data.tmp-" + running + "-7", ".data.tmp-" + NOT_RUNNING,
                ".data.tmp-" + NOT_RUNNING + "-7x", ".data.tmp-x" + NOT_RUNNING + "-7", ".other.tmp-" + NOT_RUNNING + "-7",
                "data.tmp-" + NOT_RUNNING + "-7");
        for (String name : kept) {
            Files.createDirectories(temp.resolve(name).resolve("articles"));
        }
        Files.createDirectories(temp.resolve(".data.tmp-" + NOT_RUNNING + "-7").resolve("articles"));
        Files.writeString(temp.resolve(".data.tmp-" + NOT_RUNNING + "-7").resolve("engagements.csv"), "id\n");

        try (FolderWriter writer = FolderWriter.create(temp.resolve("data"))) {
            writer.vocabulary(new Vocabulary(List.of(), List.of(), List.of()));
        }
        try (Stream<Path> left = Files.list(temp)) {
            assertEquals(kept.stream().sorted().toList(),
                    left.map(path -> path.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void withoutACommitNothingIsLeft() throws IOException {
        try (FolderWriter writer = FolderWriter.create(temp.resolve("data"))) {
            writer.vocabulary(new Vocabulary(List.of(), List.of(), List.of()));
        }
        try (Stream<Path> left = Files.list(temp)) {
            assertEquals(List.of(), left.toList());
        }
        assertFalse(Files.exists(temp.resolve("data")));
    }
}
