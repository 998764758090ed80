package org.engagements.notebook.ipynb;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.engagements.notebook.Cell;
import org.engagements.notebook.CellKind;
import org.engagements.notebook.Notebook;
import org.engagements.notebook.NotebookParser;
import org.engagements.notebook.NotebookSyntaxException;

/**
 * Cell markers and the Jupyter cell metadata they stand for, as in Jupytext's percent format: the marker
 * {@code // %% Title [markdown] key=JSON ...} stands for a markdown cell with the metadata
 * {@code {"key": JSON, ..., "title": "Title"}}. Stateless.
 */
final class Markers {
    /** Jupytext's name for a percent-format cell title in Jupyter metadata. */
    static final String TITLE = "title";
    static final String TAGS = "tags";
    private static final Path NOWHERE = Path.of("marker");
    /** The keys the parser reads after a marker (its {@code key=} pattern). */
    private static final Pattern KEY = Pattern.compile("[A-Za-z_][A-Za-z0-9_.-]*");

    private Markers() {
    }

    /** The Jupyter metadata a parsed cell's marker stands for: its {@code key=JSON} pairs, then its title. */
    static Map<String, Object> metadataOf(Cell cell) {
        Map<String, Object> metadata = new LinkedHashMap<>();
        cell.metadata().json().forEach((key, json) -> metadata.put(key, parseJson(json)));
        if (!cell.title().isEmpty()) {
            metadata.put(TITLE, cell.title());
        }
        return metadata;
    }

    /**
     * The marker of a cell of {@code kind} with {@code metadata}, in the usual spelling: a title when the
     * metadata's title can be one, the cell type, then {@code tags} and the other keys in their order,
     * each value as one-line JSON. What cannot be written on a marker line goes to {@code problems}.
     */
    static String of(CellKind kind, Map<String, Object> metadata, Consumer<String> problems) {
        Map<String, Object> rest = new LinkedHashMap<>(metadata);
        StringBuilder marker = new StringBuilder(NotebookParser.MARKER);
        if (rest.get(TITLE) instanceof String title && canBeTitle(title)) {
            marker.append(' ').append(title);
            rest.remove(TITLE);
        }
        marker.append(switch (kind) {
            case MARKDOWN -> " [markdown]";
            case RAW -> " [raw]";
            default -> "";
        });
        List<String> keys = new ArrayList<>(rest.keySet());
        if (keys.remove(TAGS)) {
            keys.add(0, TAGS);
            if (!(rest.get(TAGS) instanceof List<?> tags && tags.stream().allMatch(String.class::isInstance))) {
                problems.accept("expected tags to be a list of strings, found " + IpynbDocument.describe(rest.get(TAGS)));
            }
        }
        for (String key : keys) {
            if (!KEY.matcher(key).matches()) {
                problems.accept("the metadata key \"" + key + "\" cannot be written on a .jsh marker line (expected "
                        + "letters, digits, _, . and -, starting with a letter or _); rename it in Jupyter");
            }
            marker.append(' ').append(key).append('=').append(JsonText.compact(rest.get(key)));
        }
        return marker.toString();
    }

    /** Whether {@code title} reads back as itself after {@code // %% }: one line, no metadata or cell type in it. */
    static boolean canBeTitle(String title) {
        if (title.isEmpty() || !title.equals(title.strip()) || title.chars().anyMatch(Character::isISOControl)) {
            return false;
        }
        return parseMarker(NotebookParser.MARKER + " " + title)
                .filter(cell -> cell.kind() == CellKind.CODE && cell.title().equals(title))
                .filter(cell -> cell.metadata().json().isEmpty())
                .isPresent();
    }

    /** Whether the marker line {@code marker} stands for a cell of {@code kind} with {@code metadata}. */
    static boolean describes(String marker, CellKind kind, Map<String, Object> metadata) {
        return !marker.contains("\n") && !marker.contains("\r")
                && parseMarker(marker).filter(cell -> cell.kind() == kind && metadataOf(cell).equals(metadata)).isPresent();
    }

    /** The cell a marker line starts, if it is a well-formed marker. */
    private static Optional<Cell> parseMarker(String marker) {
        try {
            Notebook notebook = NotebookParser.parse(NOWHERE, marker + "\n");
            return notebook.cells().size() == 1 && notebook.cells().get(0).number() == 1
                    && notebook.cells().get(0).layout().marker().equals(marker)
                    ? Optional.of(notebook.cells().get(0)) : Optional.empty();
        } catch (NotebookSyntaxException e) {
            return Optional.empty();
        }
    }

    private static Object parseJson(String json) {
        try {
            return JsonValues.parse(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the parser accepted metadata that is not JSON: " + json, e);
        }
    }
}
