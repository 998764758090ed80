package org.engagements.notebook.ipynb;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.engagements.core.StrictText;
import org.engagements.notebook.Cell;
import org.engagements.notebook.CellKind;
import org.engagements.notebook.CellLayout;
import org.engagements.notebook.NotebookParser;

/**
 * One cell between a {@code .jsh} and a Jupyter notebook. The marker's title and {@code key=JSON} pairs
 * become the cell's metadata ({@link Markers}); markdown and raw text lose their {@code //} prefixes.
 * What the usual spelling would not give back goes into the cell's metadata, so the {@code .jsh} comes
 * back byte for byte: {@code lines_to_next_cell} (Jupytext's key) when the blank lines after the cell
 * are not the usual one (none after the last cell), and under {@code engagements} the {@code marker}
 * line or the commented {@code source} as written. These are used again only while they still fit the
 * cell, so an edit in Jupyter wins over them. Stateless.
 */
final class CellConversion {
    static final String LINES_TO_NEXT_CELL = "lines_to_next_cell";
    /** Our key in cell metadata; {@code status} in executed notebooks, the layout here. */
    static final String OURS = IpynbCells.METADATA_KEY;
    static final String MARKER = "marker";
    static final String SOURCE = "source";
    static final String HEADER = "header";
    /**
     * Cell metadata about a run or a view, which Jupyter and nbclient keep up to date themselves: not
     * written to the {@code .jsh} (as Jupytext), kept in the {@code .ipynb} by sync.
     */
    static final List<String> VOLATILE = List.of("autoscroll", "scrolled", "trusted", "execution", "ExecuteTime");

    /** A cell as it will be written to the {@code .jsh}, with the metadata its marker must stand for. */
    record Planned(CellKind kind, Map<String, Object> metadata, String source, CellLayout layout) {
    }

    private CellConversion() {
    }

    /** {@code cell} (code, markdown or raw) as a Jupyter cell with the id {@code id}. */
    static Map<String, Object> toJson(Cell cell, String id, int usualBlankLines, Consumer<String> problems) {
        Map<String, Object> metadata = Markers.metadataOf(cell);
        for (String reserved : List.of(LINES_TO_NEXT_CELL, OURS)) {
            if (metadata.containsKey(reserved)) {
                problems.accept("the metadata key " + reserved + " is the converter's own; rename it");
            }
        }
        Map<String, Object> ours = new LinkedHashMap<>();
        if (!cell.layout().marker().equals(Markers.of(cell.kind(), metadata, problem -> { }))) {
            ours.put(MARKER, cell.layout().marker());
        }
        if (cell.kind() != CellKind.CODE && !Cell.commented(cell.text()).equals(cell.source())) {
            ours.put(SOURCE, cell.source());
        }
        if (cell.layout().blankLinesAfter() != usualBlankLines) {
            metadata.put(LINES_TO_NEXT_CELL, cell.layout().blankLinesAfter());
        }
        if (!ours.isEmpty()) {
            metadata.put(OURS, ours);
        }
        return json(typeOf(cell.kind()), id, metadata, cell.text());
    }

    /** The header (the comments before the first marker, as written) as a raw cell marked as such. */
    static Map<String, Object> header(String text, String id, int blankLinesAfter, int usualBlankLines) {
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put(OURS, new LinkedHashMap<>(Map.of(HEADER, true)));
        if (blankLinesAfter != usualBlankLines) {
            metadata.put(LINES_TO_NEXT_CELL, blankLinesAfter);
        }
        return json("raw", id, metadata, text);
    }

    /** Whether a Jupyter cell is the header of a {@code .jsh}, as {@link #header} makes it. */
    static boolean isHeader(Map<String, Object> json) {
        Map<String, Object> metadata = JsonValues.asObject(json.get("metadata"));
        Map<String, Object> ours = metadata == null ? null : JsonValues.asObject(metadata.get(OURS));
        return "raw".equals(json.get("cell_type")) && ours != null && Boolean.TRUE.equals(ours.get(HEADER));
    }

    /**
     * A Jupyter cell as a {@code .jsh} cell; {@code first} when nothing comes before it in the file, where
     * code may stand without a marker. What cannot be written goes to {@code problems}.
     */
    static Planned fromJson(Map<String, Object> json, boolean first, int usualBlankLines, boolean crlf,
                            Consumer<String> problems) {
        CellKind kind = switch ((String) json.get("cell_type")) {
            case "markdown" -> CellKind.MARKDOWN;
            case "raw" -> CellKind.RAW;
            default -> CellKind.CODE;
        };
        Map<String, Object> metadata = metadata(json);
        Map<String, Object> ours = JsonValues.asObject(metadata.remove(OURS));
        ours = ours == null ? Map.of() : ours;
        int blankLines = blankLines(metadata.remove(LINES_TO_NEXT_CELL), usualBlankLines, problems);
        String text = text(json, crlf);
        String source = kind == CellKind.CODE ? text
                : ours.get(SOURCE) instanceof String stored && Cell.uncommented(stored).equals(text) ? stored
                : Cell.commented(text);
        checkLines(source, kind, problems);
        String marker = ours.get(MARKER) instanceof String stored && fits(stored, kind, metadata, source, first)
                ? stored : Markers.of(kind, metadata, problems);
        return new Planned(kind, metadata, source, new CellLayout(marker, blankLines));
    }

    /** The header's lines after the metadata block, checked to read back as header comments. */
    static Planned header(Map<String, Object> json, List<String> block, int usualBlankLines, boolean crlf,
                          Consumer<String> problems) {
        List<String> lines = new ArrayList<>(block);
        int blankLines = usualBlankLines;
        if (json != null) {
            Map<String, Object> metadata = metadata(json);
            metadata.remove(OURS);
            blankLines = blankLines(metadata.remove(LINES_TO_NEXT_CELL), usualBlankLines, problems);
            if (!metadata.isEmpty()) {
                problems.accept("the .jsh header (this raw cell) cannot hold metadata, found " + metadata.keySet());
            }
            String text = text(json, crlf);
            if (!text.isEmpty()) {
                lines.addAll(Arrays.asList(text.split("\n", -1)));
            }
            for (int i = block.size(); i < lines.size(); i++) {
                if (!NotebookParser.isCommentOrBlank(lines.get(i)) || NotebookParser.isMarker(lines.get(i))) {
                    problems.accept("line " + (i - block.size() + 1) + " of the .jsh header, \"" + lines.get(i)
                            + "\", is not a // comment (a header holds only comments and blank lines)");
                }
            }
            StrictText.controlCharacter(text).ifPresent(flaw -> problems.accept("line " + flaw.line() + ": "
                    + flaw.found() + " cannot be written to a .jsh (expected text without control characters)"));
        }
        return new Planned(CellKind.HEADER, Map.of(), String.join("\n", lines), new CellLayout("", blankLines));
    }

    /** The cell's metadata without what the {@code .jsh} never holds: run and view state. */
    private static Map<String, Object> metadata(Map<String, Object> json) {
        Map<String, Object> metadata = JsonValues.asObject(JsonValues.copy(json.getOrDefault("metadata", Map.of())));
        VOLATILE.forEach(metadata::remove);
        return metadata;
    }

    private static int blankLines(Object value, int usual, Consumer<String> problems) {
        if (value == null) {
            return usual;
        }
        if (value instanceof Integer lines && lines >= 0 && lines <= 1000) {
            return lines;
        }
        problems.accept("expected " + LINES_TO_NEXT_CELL + " to be a whole number from 0 to 1000, found "
                + IpynbDocument.describe(value));
        return usual;
    }

    /**
     * A cell's text as the {@code .jsh} holds it: without the line breaks it ends with (a cell ends at
     * its last line), and in a CRLF file with LF inside (the writer turns each into CRLF).
     */
    static String text(Map<String, Object> json, boolean crlf) {
        String text = IpynbDocument.source(json);
        if (crlf) {
            text = text.replace("\r\n", "\n");
        }
        int end = text.length();
        while (end > 0 && text.charAt(end - 1) == '\n') {
            end--;
        }
        return text.substring(0, end);
    }

    /** A stored marker fits while it stands for the cell as it is now; no marker only for leading code. */
    private static boolean fits(String marker, CellKind kind, Map<String, Object> metadata, String source,
                                boolean first) {
        if (marker.isEmpty()) {
            return first && kind == CellKind.CODE && metadata.isEmpty()
                    && !source.lines().allMatch(NotebookParser::isCommentOrBlank);
        }
        return Markers.describes(marker, kind, metadata);
    }

    private static void checkLines(String source, CellKind kind, Consumer<String> problems) {
        String[] lines = source.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (NotebookParser.isMarker(lines[i])) {
                String shown = kind == CellKind.CODE ? lines[i] : Cell.uncommented(lines[i]);
                problems.accept("line " + (i + 1) + ", \"" + shown + "\", would start a new cell in the .jsh "
                        + "(a line there may not start with \"" + NotebookParser.MARKER + "\"); change it");
            }
        }
        StrictText.controlCharacter(source).ifPresent(flaw -> problems.accept("line " + flaw.line() + ": "
                + flaw.found() + " cannot be written to a .jsh (expected text without control characters but "
                + "tab and form feed)"));
    }

    private static String typeOf(CellKind kind) {
        return switch (kind) {
            case MARKDOWN -> "markdown";
            case RAW -> "raw";
            default -> "code";
        };
    }

    /** A Jupyter cell without outputs, its keys in nbformat's order. */
    static Map<String, Object> json(String type, String id, Map<String, Object> metadata, String text) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("cell_type", type);
        if (type.equals("code")) {
            json.put("execution_count", null);
        }
        json.put("id", id);
        json.put("metadata", metadata);
        if (type.equals("code")) {
            json.put("outputs", new ArrayList<>());
        }
        json.put("source", TextLines.split(text));
        return json;
    }
}
