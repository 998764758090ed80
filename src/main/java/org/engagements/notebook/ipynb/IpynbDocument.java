package org.engagements.notebook.ipynb;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.engagements.core.AtomicFile;
import org.engagements.core.StrictText;

/**
 * A Jupyter notebook in nbformat 4 as JSON values ({@link JsonValues}): its metadata and its cells, each
 * a JSON object checked to be a code, markdown or raw cell whose source is text. Everything else in a
 * cell (outputs, attachments, ids) is kept as read. The maps and lists are copies the caller must not
 * change; {@link #cellsCopy()} gives ones to edit.
 *
 * @param metadata      the notebook's {@code metadata}
 * @param cells         its {@code cells}
 * @param nbformatMinor {@code nbformat_minor}; 5 and up have cell ids
 */
public record IpynbDocument(Map<String, Object> metadata, List<Map<String, Object>> cells, int nbformatMinor) {
    public static final String EXTENSION = ".ipynb";
    /** The nbformat minor version this writer produces: cells have ids. */
    static final int MINOR = 5;
    private static final Set<String> CELL_TYPES = Set.of("code", "markdown", "raw");

    @SuppressWarnings("unchecked")
    public IpynbDocument {
        metadata = Collections.unmodifiableMap((Map<String, Object>) JsonValues.copy(metadata));
        List<Map<String, Object>> copies = new ArrayList<>();
        cells.forEach(cell -> copies.add(Collections.unmodifiableMap((Map<String, Object>) JsonValues.copy(cell))));
        cells = Collections.unmodifiableList(copies);
        if (nbformatMinor < 0) {
            throw new IllegalArgumentException("nbformat_minor < 0: " + nbformatMinor);
        }
    }

    /** Fresh, mutable copies of the cells. */
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> cellsCopy() {
        List<Map<String, Object>> copies = new ArrayList<>();
        cells.forEach(cell -> copies.add((Map<String, Object>) JsonValues.copy(cell)));
        return copies;
    }

    /** A fresh, mutable copy of the metadata. */
    @SuppressWarnings("unchecked")
    Map<String, Object> metadataCopy() {
        return (Map<String, Object>) JsonValues.copy(metadata);
    }

    /** The notebook as nbformat writes it: keys sorted, one space of indent, a final newline. */
    public String toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("cells", cells);
        json.put("metadata", metadata);
        json.put("nbformat", 4);
        json.put("nbformat_minor", nbformatMinor);
        return JsonText.write(json) + "\n";
    }

    /** Writes the notebook to {@code file} atomically. */
    public void write(Path file) {
        AtomicFile.writeString(file, toJson());
    }

    /**
     * Reads the notebook in {@code file}, naming it {@code shownAs} in messages.
     *
     * @throws IpynbException naming the file and what was expected: not UTF-8, not JSON, not a notebook,
     *                        not nbformat 4, or cells that are not code, markdown or raw with text sources
     */
    public static IpynbDocument read(Path file, Path shownAs) {
        return parse(shownAs, decode(bytes(file, shownAs), shownAs));
    }

    /** Parses the text of an {@code .ipynb} file, naming it {@code shownAs} in messages. */
    public static IpynbDocument parse(Path shownAs, String text) {
        Object json;
        try {
            json = JsonValues.parse(text);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String place = at == null ? "" : ":" + at.getLineNr() + ":" + at.getColumnNr();
            throw new IpynbException(shownAs + place + ": expected a Jupyter notebook (JSON), found invalid JSON: "
                    + JsonValues.message(e));
        }
        Map<String, Object> notebook = JsonValues.asObject(json);
        if (notebook == null) {
            throw new IpynbException(shownAs + ": expected a Jupyter notebook (a JSON object with cells, metadata "
                    + "and nbformat), found " + describe(json));
        }
        requireVersion(shownAs, notebook);
        List<String> problems = new ArrayList<>();
        Map<String, Object> metadata = JsonValues.asObject(notebook.getOrDefault("metadata", Map.of()));
        if (metadata == null) {
            problems.add(shownAs + ": expected metadata to be a JSON object, found " + describe(notebook.get("metadata")));
        }
        List<Map<String, Object>> cells = cells(shownAs, notebook.get("cells"), problems);
        if (!problems.isEmpty()) {
            throw new IpynbException(problems);
        }
        return new IpynbDocument(metadata, cells, ((Number) notebook.get("nbformat_minor")).intValue());
    }

    private static byte[] bytes(Path file, Path shownAs) {
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new IpynbException(shownAs + ": no such notebook");
        } catch (IOException e) {
            throw new IpynbException(shownAs + ": cannot read the notebook (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")");
        }
    }

    private static String decode(byte[] bytes, Path shownAs) {
        if (bytes.length > JsonValues.MAX_DOCUMENT_LENGTH) {
            throw new IpynbException(shownAs + ": expected a notebook of at most "
                    + JsonValues.MAX_DOCUMENT_LENGTH / (1024 * 1024) + " MB, found " + bytes.length + " bytes");
        }
        if (StrictText.startsWithBom(bytes)) {
            throw new IpynbException(shownAs + ":1: expected UTF-8 without a byte-order mark, as Jupyter writes "
                    + "notebooks: the file starts with a byte-order mark");
        }
        StrictText.Flaw flaw = StrictText.utf16(bytes).or(() -> StrictText.utf8(bytes).flaw()).orElse(null);
        if (flaw != null) {
            throw new IpynbException(shownAs + ":" + flaw.line() + ": expected UTF-8 text, found " + flaw.found());
        }
        return StrictText.utf8(bytes).text().orElseThrow();
    }

    private static void requireVersion(Path shownAs, Map<String, Object> notebook) {
        Object major = notebook.get("nbformat");
        if (!(major instanceof Integer)) {
            throw new IpynbException(shownAs + ": expected a Jupyter notebook with \"nbformat\": 4, found "
                    + (major == null ? "no nbformat (is it a notebook?)" : "nbformat " + JsonText.compact(major)));
        }
        if ((Integer) major != 4) {
            throw new IpynbException(shownAs + ": expected nbformat 4, found nbformat " + major + "; open and save "
                    + "it in a current Jupyter, or run `jupyter nbconvert --to notebook --inplace " + shownAs
                    + "`, to upgrade it");
        }
        if (!(notebook.get("nbformat_minor") instanceof Integer minor) || minor < 0) {
            throw new IpynbException(shownAs + ": expected nbformat_minor to be a whole number, found "
                    + describe(notebook.get("nbformat_minor")));
        }
    }

    private static List<Map<String, Object>> cells(Path shownAs, Object json, List<String> problems) {
        if (!(json instanceof List<?> list)) {
            problems.add(shownAs + ": expected cells to be a JSON array, found " + describe(json));
            return List.of();
        }
        List<Map<String, Object>> cells = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            String place = shownAs + ": cell " + (i + 1);
            Map<String, Object> cell = JsonValues.asObject(list.get(i));
            if (cell == null) {
                problems.add(place + ": expected a JSON object, found " + describe(list.get(i)));
                continue;
            }
            check(cell, place, problems);
            cells.add(cell);
        }
        return cells;
    }

    private static void check(Map<String, Object> cell, String place, List<String> problems) {
        Object type = cell.get("cell_type");
        if (!CELL_TYPES.contains(type)) {
            problems.add(place + ": expected cell_type code, markdown or raw, found " + describe(type));
        }
        Object source = cell.get("source");
        boolean text = source instanceof String
                || (source instanceof List<?> lines && lines.stream().allMatch(String.class::isInstance));
        if (!text) {
            problems.add(place + ": expected source to be text (a string or an array of strings), found "
                    + describe(source));
        }
        if (cell.containsKey("metadata") && JsonValues.asObject(cell.get("metadata")) == null) {
            problems.add(place + ": expected metadata to be a JSON object, found " + describe(cell.get("metadata")));
        }
    }

    /** A JSON value in a message: its type and a short excerpt. */
    static String describe(Object value) {
        if (value == null) {
            return "null";
        }
        String kind = value instanceof Map<?, ?> ? "a JSON object" : value instanceof List<?> ? "a JSON array"
                : value instanceof String ? "the string" : value instanceof Boolean ? "the boolean" : "the number";
        if (value instanceof Map<?, ?> || value instanceof List<?>) {
            return kind;
        }
        String text = JsonText.compact(value);
        return kind + " " + (text.length() > 60 ? text.substring(0, 57) + "..." : text);
    }

    /** The text of a cell's source: an array of strings joined, or the string itself. */
    static String source(Map<String, Object> cell) {
        Object source = cell.get("source");
        return source instanceof List<?> lines ? String.join("", lines.stream().map(String.class::cast).toList())
                : (String) source;
    }
}
