package org.engagements.synthetic;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.engagements.core.EngagementsException;
import org.engagements.data.Dataset;
import org.engagements.data.DatasetLoader;
import org.engagements.data.Schema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

class SyntheticDataTest {
    @TempDir
    Path temp;

    @Test
    void theSameSeedGivesByteIdenticalFiles() throws IOException {
        SyntheticData.write(temp.resolve("one"), 400, 11);
        SyntheticData.write(temp.resolve("two"), 400, 11);
        List<Path> files = files(temp.resolve("one"));
        assertEquals(files, files(temp.resolve("two")));
        for (Path file : files) {
            assertArrayEquals(Files.readAllBytes(temp.resolve("one").resolve(file)),
                    Files.readAllBytes(temp.resolve("two").resolve(file)), file.toString());
        }
    }

    @Test
    void anotherSeedGivesOtherData() throws IOException {
        SyntheticData.write(temp.resolve("one"), 50, 1);
        SyntheticData.write(temp.resolve("two"), 50, 2);
        assertFalse(Files.readString(temp.resolve("one/engagements.csv"))
                .equals(Files.readString(temp.resolve("two/engagements.csv"))));
    }

    @Test
    void theGeneratedFolderPassesValidation() {
        for (int n : new int[] {1, 7, 1_500}) {
            Path folder = temp.resolve("data-" + n);
            SyntheticData.Summary summary = SyntheticData.write(folder, n, 3);
            assertEquals(List.of(), DatasetLoader.validate(folder), "n = " + n);
            assertEquals(n, summary.engagements());
            assertTrue(summary.mentions() >= n);
        }
    }

    @Test
    void distributionsLookLikeTheRealData() {
        Path folder = temp.resolve("data");
        SyntheticData.write(folder, 4_000, 5);
        Table engagements = DatasetLoader.load(folder).engagements();
        Map<String, Long> status = counts(engagements, Schema.STATUS);
        assertTrue(status.get("held") > engagements.rowCount() / 2, status.toString());
        Map<String, Long> mode = counts(engagements, Schema.MODE);
        assertTrue(mode.get("visit") > mode.get("multilateral") && mode.get("multilateral") > mode.get("phone")
                && mode.get("phone") > mode.get("video") && mode.get("video") > mode.get("third_party"), mode.toString());
        long before2000 = engagements.dateColumn(Schema.DATE_START).asList().stream()
                .filter(d -> d.getYear() < 2000).count();
        assertTrue(before2000 > 0 && before2000 < engagements.rowCount() / 4, "before 2000: " + before2000);
        assertEquals(Schema.codes(Schema.DATE_PRECISION).size(), counts(engagements, Schema.DATE_PRECISION).size());
    }

    @Test
    void articlesReportFiveToTwentyEngagements() {
        Path folder = temp.resolve("data");
        SyntheticData.write(folder, 1_000, 9);
        Dataset data = DatasetLoader.load(folder);
        double perArticle = (double) data.engagements().rowCount() / data.articles().rowCount();
        assertTrue(perArticle >= 5 && perArticle <= 20, "engagements per article: " + perArticle);
    }

    @Test
    void aFolderWithAnythingInItIsLeftAloneAndNothingIsLeftBehind() throws IOException {
        Path folder = Files.createDirectory(temp.resolve("data"));
        Path kept = Files.writeString(folder.resolve("notes.txt"), "mine");
        EngagementsException e = assertThrows(EngagementsException.class, () -> SyntheticData.write(folder, 10, 1));
        assertTrue(e.getMessage().contains("expected a new folder or an empty one"), e.getMessage());
        try (Stream<Path> left = Files.walk(temp)) {
            assertEquals(List.of(temp, folder, kept), left.sorted().toList());
        }
    }

    private static Map<String, Long> counts(Table table, String column) {
        return table.stringColumn(column).asList().stream()
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }

    private static List<Path> files(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            return paths.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
        }
    }
}
