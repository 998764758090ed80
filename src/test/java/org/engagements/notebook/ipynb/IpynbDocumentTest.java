package org.engagements.notebook.ipynb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Reading {@code .ipynb} files: what is not an nbformat 4 notebook gets a message naming file and place. */
class IpynbDocumentTest {
    private static final Path FILE = Path.of("nb.ipynb");

    private static String message(String json) {
        return assertThrows(IpynbException.class, () -> IpynbDocument.parse(FILE, json)).getMessage();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            not JSON               | {"cells": [}                           | nb.ipynb:1:12: expected a Jupyter notebook (JSON), found invalid JSON: Unexpected close marker '}'
            text after the value   | {"nbformat": 4} x                      | nb.ipynb:1:18: expected a Jupyter notebook (JSON), found invalid JSON: Unrecognized token 'x'
            a duplicate key        | {"nbformat": 4, "nbformat": 4}         | nb.ipynb:1:27: expected a Jupyter notebook (JSON), found invalid JSON: Duplicate field 'nbformat'
            an array               | [1, 2]                                 | nb.ipynb: expected a Jupyter notebook (a JSON object with cells, metadata and nbformat), found a JSON array
            no nbformat            | {"cells": []}                          | nb.ipynb: expected a Jupyter notebook with "nbformat": 4, found no nbformat (is it a notebook?)
            nbformat 3             | {"nbformat": 3, "nbformat_minor": 0}   | nb.ipynb: expected nbformat 4, found nbformat 3; open and save it in a current Jupyter, or run `jupyter nbconvert --to notebook --inplace nb.ipynb`, to upgrade it
            no nbformat_minor      | {"nbformat": 4, "cells": []}           | nb.ipynb: expected nbformat_minor to be a whole number, found null
            """)
    void whatIsNotANotebookIsNamed(String what, String json, String expected) {
        assertEquals(expected, message(json).replaceAll("\\s*\\n at \\[.*", "").lines().findFirst().orElseThrow()
                .replaceAll("( '[^']*').*", "$1"));
    }

    @Test
    void everyBadCellIsListedWithItsNumber() {
        String message = message("""
                {"cells": [
                  {"cell_type": "code", "source": "1", "metadata": {}, "outputs": []},
                  {"cell_type": "heading", "source": "# old", "level": 1},
                  {"cell_type": "markdown", "source": [1, 2]},
                  "text",
                  {"cell_type": "raw", "source": "", "metadata": []}
                 ], "metadata": {}, "nbformat": 4, "nbformat_minor": 5}
                """);
        assertEquals("""
                nb.ipynb: cell 2: expected cell_type code, markdown or raw, found the string "heading"
                nb.ipynb: cell 3: expected source to be text (a string or an array of strings), found a JSON array
                nb.ipynb: cell 4: expected a JSON object, found the string "text"
                nb.ipynb: cell 5: expected metadata to be a JSON object, found a JSON array""", message);
    }

    @Test
    void aByteOrderMarkOrBytesThatAreNotUtf8AreNamedWithTheirLine(@TempDir Path folder) throws IOException {
        Path bom = Files.write(folder.resolve("bom.ipynb"), new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '{', '}'});
        Path latin1 = Files.write(folder.resolve("latin1.ipynb"), "{\n\"a\": \"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1));

        assertEquals("nb.ipynb:1: expected UTF-8 without a byte-order mark, as Jupyter writes notebooks: the file "
                + "starts with a byte-order mark", assertThrows(IpynbException.class, () -> IpynbDocument.read(bom, FILE))
                .getMessage());
        assertEquals("nb.ipynb:2: expected UTF-8 text, found byte 0xE9 at byte offset 11",
                assertThrows(IpynbException.class, () -> IpynbDocument.read(latin1, FILE)).getMessage());
        assertEquals("nb.ipynb: no such notebook",
                assertThrows(IpynbException.class, () -> IpynbDocument.read(folder.resolve("none.ipynb"), FILE))
                        .getMessage());
    }

    @Test
    void numbersKeepTheDigitsTheyWereWrittenWith() {
        String json = """
                {
                 "cells": [],
                 "metadata": {
                  "big": 123456789012345678901234567890,
                  "small": 1e-07,
                  "widths": [
                   0.1,
                   2.50,
                   -3
                  ]
                 },
                 "nbformat": 4,
                 "nbformat_minor": 4
                }
                """;
        IpynbDocument document = IpynbDocument.parse(FILE, json);

        assertEquals(json, document.toJson());
        assertEquals(4, document.nbformatMinor());
        assertEquals(List.of(), document.cells());
    }
}
