package org.engagements.notebook.ipynb;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.engagements.core.JsonLimits;
import org.engagements.display.MimeBundle;
import org.engagements.notebook.Cell;
import org.engagements.notebook.CellKind;
import org.engagements.notebook.CellOutput;
import org.engagements.notebook.CellResult;
import org.engagements.notebook.executed.CellIds;
import org.engagements.notebook.executed.CellText;
import org.engagements.notebook.executed.ExecutedNotebook;
import org.engagements.notebook.executed.Timing;

/** The cells of an executed notebook as nbformat 4.5 JSON values. Stateless. */
final class IpynbCells {
    /** nbclient's timestamp form: UTC, microseconds, {@code Z}. */
    static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);
    /** Our key in cell and notebook metadata. */
    static final String METADATA_KEY = "engagements";
    private static final ObjectMapper JSON = JsonLimits.mapper().build();

    private IpynbCells() {
    }

    static List<Object> of(ExecutedNotebook executed) {
        List<Object> cells = new ArrayList<>();
        int codeIndex = 0;
        for (Cell cell : executed.run().notebook().cells()) {
            if (cell.isCode()) {
                cells.add(code(executed, cell, codeIndex++));
            } else if (cell.kind() == CellKind.RAW) {
                cells.add(CellConversion.json("raw", CellIds.of(executed.name(), cell), metadata(cell), cell.text()));
            } else {
                cells.add(markdown(CellIds.of(executed.name(), cell), metadata(cell), CellText.markdown(cell)));
            }
        }
        return cells;
    }

    static Map<String, Object> markdown(String id, Map<String, Object> metadata, String text) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("cell_type", "markdown");
        json.put("id", id);
        json.put("metadata", metadata);
        json.put("source", TextLines.split(text));
        return json;
    }

    private static Map<String, Object> code(ExecutedNotebook executed, Cell cell, int index) {
        Optional<CellResult> result = executed.result(index);
        Map<String, Object> metadata = metadata(cell);
        Map<String, Object> ours = new LinkedHashMap<>();
        ours.put("status", result.map(r -> r.status().label()).orElse("not run"));
        metadata.put(METADATA_KEY, ours);
        executed.timing(index).ifPresent(timing -> metadata.put("execution", execution(timing)));
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("cell_type", "code");
        json.put("execution_count", result.map(CellResult::executionCount).orElse(null));
        json.put("id", CellIds.of(executed.name(), cell));
        json.put("metadata", metadata);
        json.put("outputs", result.map(r -> r.outputs().stream().map(IpynbCells::output).toList()).orElse(List.of()));
        json.put("source", TextLines.split(cell.source()));
        return json;
    }

    /** nbclient's timing keys: when the cell was sent and when its reply came. */
    private static Map<String, Object> execution(Timing timing) {
        return Map.of("iopub.execute_input", timestamp(timing.start()),
                "shell.execute_reply", timestamp(timing.end()));
    }

    static String timestamp(Instant instant) {
        return TIMESTAMP.format(instant);
    }

    /** Title and marker metadata ({@code tags=[...]}, any other {@code key=JSON}) as Jupytext keeps them. */
    private static Map<String, Object> metadata(Cell cell) {
        Map<String, Object> metadata = new LinkedHashMap<>();
        cell.metadata().json().forEach((key, json) -> metadata.put(key, parse(json)));
        if (!cell.metadata().tags().isEmpty()) {
            metadata.put("tags", cell.metadata().tags());
        }
        if (!cell.title().isEmpty()) {
            metadata.put("title", cell.title());
        }
        metadata.remove(METADATA_KEY);
        metadata.remove("execution");
        return metadata;
    }

    private static Object parse(String json) {
        try {
            return JSON.readValue(json, Object.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the parser accepted metadata that is not JSON: " + json, e);
        }
    }

    static Map<String, Object> output(CellOutput output) {
        Map<String, Object> json = new LinkedHashMap<>();
        if (output instanceof CellOutput.Stream stream) {
            json.put("name", stream.name().wireName());
            json.put("output_type", "stream");
            json.put("text", TextLines.split(stream.text()));
        } else if (output instanceof CellOutput.DisplayData display) {
            json.put("data", data(display.data()));
            json.put("metadata", Map.of());
            json.put("output_type", "display_data");
        } else if (output instanceof CellOutput.ExecuteResult result) {
            json.put("data", data(result.data()));
            json.put("execution_count", result.executionCount());
            json.put("metadata", Map.of());
            json.put("output_type", "execute_result");
        } else if (output instanceof CellOutput.Error error) {
            json.put("ename", error.ename());
            json.put("evalue", error.evalue());
            json.put("output_type", "error");
            json.put("traceback", error.traceback());
        }
        return json;
    }

    /** A MIME bundle: text as lines, binary types as their base64 on one line. */
    private static Map<String, Object> data(MimeBundle bundle) {
        Map<String, Object> data = new LinkedHashMap<>();
        bundle.data().forEach((type, value) -> data.put(type.mime(),
                type.isBinary() ? value.replaceAll("\\s", "") : TextLines.split(value)));
        return data;
    }
}
