package org.engagements.data.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.engagements.data.DatasetLoader;
import org.engagements.data.Fixture;
import org.engagements.data.Schema;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One test per rule inside a single CSV file; each breaks the valid fixture in one place. */
class CsvValidatorTest {
    private static final String ARTICLES_HEADER = "id,file,outlet,published,published_basis,title,url";

    @TempDir
    Path temp;

    private Path data;

    @BeforeEach
    void copyFixture() {
        data = Fixture.copyTo(temp);
    }

    private Path file(String name) {
        return data.resolve(name);
    }

    @Test
    void aMissingFileIsReported() throws Exception {
        Files.delete(file("mentions.csv"));
        assertEquals(List.of("data/mentions.csv: expected a file; there is none"), Fixture.messages(data));
    }

    @Test
    void anEmptyFileIsReported() {
        Fixture.write(file("articles.csv"), "");
        assertEquals(List.of("data/articles.csv: expected content, found an empty file"), Fixture.messages(data));
    }

    @Test
    void aFolderWhereAFileShouldBeIsReported() throws Exception {
        Files.delete(file("mentions.csv"));
        Files.createDirectory(file("mentions.csv"));
        assertEquals(List.of("data/mentions.csv: expected a file, found a folder"), Fixture.messages(data));
    }

    @Test
    void aHeaderMissingAColumnNamesIt() {
        Fixture.replace(file("articles.csv"), "id,file,outlet,", "id,file,");
        assertEquals(List.of("data/articles.csv:1: header: expected a column \"outlet\"; the header must be "
                + ARTICLES_HEADER), Fixture.messages(data));
    }

    @Test
    void aHeaderWithAnExtraColumnNamesIt() {
        Fixture.replace(file("articles.csv"), ",title,url", ",title,url,author");
        assertEquals(List.of("data/articles.csv:1: header \"author\": expected no such column; the header must be "
                + ARTICLES_HEADER), Fixture.messages(data));
    }

    @Test
    void aHeaderWithColumnsOutOfOrderNamesTheFirstMisplacedOne() {
        Fixture.replace(file("articles.csv"), "id,file,outlet,", "id,outlet,file,");
        assertEquals(List.of("data/articles.csv:1: header \"outlet\": expected column \"file\" at position 2; "
                + "the header must be " + ARTICLES_HEADER), Fixture.messages(data));
    }

    @Test
    void aRaggedRowNamesItsLineAndFieldCounts() {
        Fixture.replace(file("articles.csv"), "a001,a001.txt,Example Wire,", "a001,a001.txt,");
        assertEquals(List.of("data/articles.csv:2: expected 7 fields as in the header, found 6 fields"),
                Fixture.messages(data));
    }

    @Test
    void anEmptyLineIsARaggedRow() {
        Fixture.append(file("mentions.csv"), "");
        assertEquals(List.of("data/mentions.csv:6: expected 5 fields as in the header, found an empty line"),
                Fixture.messages(data));
    }

    @Test
    void linesAfterAMultiLineRecordKeepTheirPhysicalNumbers() {
        Fixture.replace(file("engagements.csv"), "e004,Biden–Xi phone call,2021-09-09,2021-09-09,day,held,phone",
                "e004,Biden–Xi phone call,2021-09-09,2021-09-09,day,held,telegram");
        assertEquals(List.of("data/engagements.csv:6: mode \"telegram\": expected one of visit, third_party, "
                + "multilateral, phone, video"), Fixture.messages(data));
    }

    @Test
    void anUnterminatedQuoteIsReportedWhereItOpens() {
        Fixture.append(file("engagements.csv"), "e005,\"Unclosed title,2021-09-09");
        assertEquals(List.of("data/engagements.csv:7: expected a closing quote (\") for the field opened on this "
                + "line, found the end of the file"), Fixture.messages(data));
    }

    @Test
    void aFileThatIsNotUtf8NamesTheLineAndByte() {
        String text = Fixture.read(file("articles.csv")).replace("Example Wire,2021-07-21", "Caf\u00e9 Wire,2021-07-21");
        byte[] latin1 = text.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        Fixture.writeBytes(file("articles.csv"), latin1);
        int offset = text.indexOf('\u00e9');
        assertEquals(List.of("data/articles.csv:3: expected UTF-8 text, found byte 0xE9 at byte offset " + offset),
                Fixture.messages(data));
    }

    @Test
    void aByteOrderMarkAsExcelWritesItIsSkipped() {
        Fixture.write(file("mentions.csv"), "\uFEFF" + Fixture.read(file("mentions.csv")));
        assertEquals(List.of(), Fixture.messages(data));
    }

    @Test
    void aBadByteAfterAByteOrderMarkIsPlacedInTheFile() {
        String text = Fixture.read(file("articles.csv")).replace("Example Wire,2021-07-21", "Caf\u00e9 Wire,2021-07-21");
        byte[] latin1 = ("\uFEFF" + text).getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        latin1[0] = (byte) 0xEF;
        byte[] withBom = new byte[latin1.length + 2];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(latin1, 1, withBom, 3, latin1.length - 1);
        Fixture.writeBytes(file("articles.csv"), withBom);
        int offset = 3 + text.indexOf('\u00e9');
        assertEquals(List.of("data/articles.csv:3: expected UTF-8 text, found byte 0xE9 at byte offset " + offset),
                Fixture.messages(data));
    }

    @Test
    void utf16IsNamedAsSuch() {
        Fixture.writeBytes(file("mentions.csv"),
                Fixture.read(file("mentions.csv")).getBytes(java.nio.charset.StandardCharsets.UTF_16));
        assertEquals(List.of("data/mentions.csv:1: expected UTF-8 text, found UTF-16 (the file starts with bytes "
                + "0xFE 0xFF); save it as UTF-8"), Fixture.messages(data));
    }

    @Test
    void anImpossibleDateIsReported() {
        Fixture.replace(file("articles.csv"), "2021-11-01", "2021-13-40");
        assertEquals(List.of("data/articles.csv:2: published \"2021-13-40\": expected a date yyyy-MM-dd"),
                Fixture.messages(data));
    }

    @Test
    void aBadIdIsReported() {
        Fixture.replace(file("articles.csv"), "a002,a002.txt", "A 2,a002.txt");
        assertEquals(List.of("data/articles.csv:3: id \"A 2\": expected " + CellValidator.ID_RULE),
                Fixture.messages(data).subList(0, 1));
    }

    @Test
    void aCodeOutsideItsEnumListsTheAllowedCodes() {
        Fixture.replace(file("engagements.csv"), "day,held,multilateral", "day,happened,multilateral");
        assertEquals(List.of("data/engagements.csv:2: status \"happened\": expected one of held, planned, proposed, "
                + "requested, declined, postponed, cancelled"), Fixture.messages(data));
    }

    @Test
    void anIdListWithAnEmptyItemIsReported() {
        Fixture.replace(file("engagements.csv"), "climate;taiwan", "climate;;taiwan");
        assertEquals(List.of("data/engagements.csv:2: issues \"climate;;taiwan\": expected ids separated by \";\" "
                + "with no empty items"), Fixture.messages(data));
    }

    @Test
    void anIdListWithADuplicateIsReported() {
        Fixture.replace(file("engagements.csv"), "climate;taiwan", "climate;taiwan;climate");
        assertEquals(List.of("data/engagements.csv:2: issues \"climate;taiwan;climate\": expected each id once; "
                + "\"climate\" is listed twice"), Fixture.messages(data));
    }

    @Test
    void anEmptyRequiredCellIsReported() {
        Fixture.replace(file("articles.csv"), "Example Wire,2021-11-01", ",2021-11-01");
        assertEquals(List.of("data/articles.csv:2: outlet \"\": expected a value (the column is required)"),
                Fixture.messages(data));
    }

    @Test
    void aControlCharacterIsReported() {
        Fixture.replace(file("articles.csv"), "Blinken and Wang Yi meet in Rome", "Blinken\u0007 meets Wang");
        assertEquals(List.of("data/articles.csv:2: title \"Blinken\\u0007 meets Wang\": expected no control "
                + "characters, found U+0007"), Fixture.messages(data));
    }

    @Test
    void crlfFilesAreAsGoodAsLfFiles() {
        Fixture.write(file("engagements.csv"), Fixture.read(file("engagements.csv")).replace("\n", "\r\n"));
        assertEquals(List.of(), Fixture.messages(data));
        assertEquals("Two lines\nof notes",
                DatasetLoader.load(data).engagements().stringColumn(Schema.NOTES).get(2));
    }

    @Test
    void everyProblemIsReportedNotJustTheFirst() {
        Fixture.replace(file("articles.csv"), "2021-11-01", "2021-13-40");
        Fixture.replace(file("mentions.csv"), "a002,e004,held", "a002,e004,done");
        Fixture.replace(file("engagements.csv"), "day,held,phone", "day,held,fax");
        assertEquals(3, Fixture.messages(data).size());
    }
}
