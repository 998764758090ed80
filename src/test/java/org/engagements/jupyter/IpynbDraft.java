package org.engagements.jupyter;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.engagements.notebook.Cell;
import org.engagements.notebook.Notebook;

/**
 * A test's minimal {@code .ipynb} (nbformat 4.5) of a {@code .jsh} notebook, for Jupyter to execute: every
 * cell with its source and tags, no outputs, the engagements-java kernelspec. Not the project's writer of
 * executed notebooks (that one lives in {@code org.engagements.notebook}); just enough to feed nbconvert.
 */
final class IpynbDraft {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private IpynbDraft() {
    }

    /** Writes {@code notebook} as {@code folder/<name>.ipynb} and returns the file. */
    static Path write(Notebook notebook, Path folder, String name, String kernelName) throws IOException {
        Path file = folder.resolve(name + ".ipynb");
        Files.writeString(file, JSON.writeValueAsString(of(notebook, kernelName)));
        return file;
    }

    static ObjectNode of(Notebook notebook, String kernelName) {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode cells = root.putArray("cells");
        int index = 0;
        for (Cell cell : notebook.cells()) {
            cells.add(cell(cell, "cell-" + index++));
        }
        ObjectNode metadata = root.putObject("metadata");
        metadata.putObject("kernelspec").put("name", kernelName).put("display_name", "Java (engagements)")
                .put("language", "java");
        metadata.putObject("language_info").put("name", "java").put("file_extension", ".jsh");
        root.put("nbformat", 4).put("nbformat_minor", 5);
        return root;
    }

    private static ObjectNode cell(Cell cell, String id) {
        ObjectNode node = JSON.createObjectNode();
        node.put("cell_type", switch (cell.kind()) {
            case CODE -> "code";
            case MARKDOWN -> "markdown";
            case HEADER, RAW -> "raw";
        });
        node.put("id", id);
        ArrayNode tags = node.putObject("metadata").putArray("tags");
        cell.metadata().tags().forEach(tags::add);
        node.put("source", cell.text());
        if (cell.isCode()) {
            node.putArray("outputs");
            node.putNull("execution_count");
        }
        return node;
    }
}
