package org.engagements.notebook.ipynb;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.engagements.notebook.Cell;
import org.engagements.notebook.NotebookSyntaxException;

/**
 * The Jupyter notebook metadata a {@code .jsh} keeps, in a block at the top of its header comments,
 * like Jupytext's YAML header but in JSON:
 *
 * <pre>
 * // ---
 * // jupyter: {
 * //  "authors": [
 * //   "Ann"
 * //  ]
 * // }
 * // ---
 * </pre>
 *
 * The parser reads it as comments, so notebooks run as before; only the converter reads the JSON.
 * Stateless.
 */
final class HeaderBlock {
    static final String FENCE = "// ---";
    static final String KEY = "// jupyter:";

    /** A header split into its metadata block and the comment lines after it (as written). */
    record Split(Map<String, Object> metadata, List<String> rest) {
        Split {
            rest = List.copyOf(rest);
        }
    }

    private HeaderBlock() {
    }

    /**
     * The metadata block at the top of {@code header} (the cell before the first marker), if it has one.
     *
     * @throws NotebookSyntaxException naming the line when the block has no closing fence or its JSON is
     *                                 not an object
     */
    static Optional<Split> find(Cell header, Path source) {
        List<String> lines = Arrays.asList(header.source().split("\n", -1));
        if (lines.size() < 2 || !lines.get(0).equals(FENCE) || !lines.get(1).startsWith(KEY)) {
            return Optional.empty();
        }
        int end = lines.subList(2, lines.size()).indexOf(FENCE) + 2;
        if (end < 2) {
            throw problem(source, header.fileLine(1), "the metadata block that starts here has no closing \""
                    + FENCE + "\" line; expected // --- after the JSON");
        }
        List<String> json = new ArrayList<>();
        json.add(lines.get(1).substring(KEY.length()));
        lines.subList(2, end).forEach(line -> json.add(Cell.uncommented(line)));
        return Optional.of(new Split(parse(String.join("\n", json), header, source), lines.subList(end + 1,
                lines.size())));
    }

    private static Map<String, Object> parse(String json, Cell header, Path source) {
        Object value;
        try {
            value = JsonValues.parse(json);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            int line = at == null ? 2 : header.fileLine(1 + at.getLineNr());
            throw problem(source, line, "expected the notebook metadata after \"" + KEY + "\" to be JSON, found "
                    + "invalid JSON: " + JsonValues.message(e));
        }
        Map<String, Object> metadata = JsonValues.asObject(value);
        if (metadata == null) {
            throw problem(source, header.fileLine(2), "expected the notebook metadata after \"" + KEY
                    + "\" to be a JSON object, found " + IpynbDocument.describe(value));
        }
        return metadata;
    }

    /** The block's lines for {@code metadata}; none when it is empty. */
    static List<String> lines(Map<String, Object> metadata) {
        if (metadata.isEmpty()) {
            return List.of();
        }
        List<String> lines = new ArrayList<>();
        lines.add(FENCE);
        String[] json = JsonText.write(metadata).split("\n", -1);
        lines.add(KEY + " " + json[0]);
        Arrays.stream(json).skip(1).map(line -> "// " + line).forEach(lines::add);
        lines.add(FENCE);
        return lines;
    }

    private static NotebookSyntaxException problem(Path source, int line, String message) {
        return new NotebookSyntaxException(List.of(new NotebookSyntaxException.SyntaxProblem(source, line, message)));
    }
}
