package org.engagements.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

/**
 * The data shipped in the repository's {@code data} folder, found through the {@code basedir} system
 * property that surefire sets (never the working directory).
 */
class RealDataTest {
    private static Path data() {
        String basedir = System.getProperty("basedir");
        assertNotNull(basedir, "surefire should set the basedir system property (see pom.xml)");
        return Path.of(basedir, "data");
    }

    @Test
    void theShippedDataHasNoProblems() {
        assertEquals(List.of(), Fixture.messages(data()));
    }

    @Test
    void everyMentionsQuoteOccursInItsArticle() {
        Dataset dataset = DatasetLoader.load(data());
        Table mentions = dataset.mentions();
        for (int row = 0; row < mentions.rowCount(); row++) {
            String article = mentions.stringColumn(Schema.ARTICLE_ID).get(row);
            String quote = mentions.stringColumn(Schema.QUOTE).get(row);
            String text = dataset.articleTexts().get(article);
            assertNotNull(text, "no text for article " + article);
            assertTrue(oneSpaced(text).contains(oneSpaced(quote)), () -> article + " does not contain: " + quote);
        }
    }

    @Test
    void everyTableHasOneRowPerDataRecordOfItsFile() {
        Dataset dataset = DatasetLoader.load(data());
        assertEquals(dataRecords("articles.csv"), dataset.articles().rowCount());
        assertEquals(dataRecords("engagements.csv"), dataset.engagements().rowCount());
        assertEquals(dataRecords("mentions.csv"), dataset.mentions().rowCount());
    }

    private static String oneSpaced(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    /** Counted without the project's reader: line ends outside quotes, less the header. */
    private static int dataRecords(String file) {
        String text = Fixture.read(data().resolve(file));
        int records = 0;
        boolean quoted = false;
        boolean content = false;
        for (char c : text.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == '\n' && !quoted) {
                records++;
                content = false;
            } else if (c != '\r') {
                content = true;
            }
        }
        return records + (content ? 1 : 0) - 1;
    }
}
