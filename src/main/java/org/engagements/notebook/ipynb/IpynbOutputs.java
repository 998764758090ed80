package org.engagements.notebook.ipynb;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.engagements.display.MimeBundle;
import org.engagements.display.MimeType;
import org.engagements.notebook.CellOutput;
import org.engagements.notebook.StreamName;

/**
 * The outputs of an executed notebook's code cells read back from its {@code .ipynb}, as
 * {@link IpynbCells} wrote them: so that a notebook whose outputs are reused, not run again, can still be
 * laid out with them ({@code report --pdf}). Outputs of a kind or MIME type we never write are left
 * out. Stateless.
 */
public final class IpynbOutputs {
    private IpynbOutputs() {
    }

    /** Each code cell's outputs, by cell id; a cell without id is left out. */
    public static Map<String, List<CellOutput>> read(IpynbDocument document) {
        Map<String, List<CellOutput>> outputs = new HashMap<>();
        for (Map<String, Object> cell : document.cells()) {
            if ("code".equals(cell.get("cell_type")) && cell.get("id") instanceof String id
                    && cell.get("outputs") instanceof List<?> list) {
                List<CellOutput> read = new ArrayList<>();
                list.forEach(output -> output(JsonValues.asObject(output)).ifPresent(read::add));
                outputs.put(id, List.copyOf(read));
            }
        }
        return outputs;
    }

    private static Optional<CellOutput> output(Map<String, Object> json) {
        if (json == null || !(json.get("output_type") instanceof String type)) {
            return Optional.empty();
        }
        return switch (type) {
            case "stream" -> Optional.of(new CellOutput.Stream(
                    "stderr".equals(json.get("name")) ? StreamName.STDERR : StreamName.STDOUT, text(json.get("text"))));
            case "display_data" -> bundle(json.get("data")).map(CellOutput.DisplayData::new);
            case "execute_result" -> bundle(json.get("data")).map(data -> new CellOutput.ExecuteResult(
                    json.get("execution_count") instanceof Number n ? n.intValue() : 0, data));
            case "error" -> Optional.of(new CellOutput.Error(text(json.get("ename")), text(json.get("evalue")),
                    json.get("traceback") instanceof List<?> lines
                            ? lines.stream().map(IpynbOutputs::text).toList() : List.of()));
            default -> Optional.empty();
        };
    }

    private static Optional<MimeBundle> bundle(Object data) {
        Map<String, Object> json = JsonValues.asObject(data);
        if (json == null) {
            return Optional.empty();
        }
        Map<MimeType, String> bundle = new EnumMap<>(MimeType.class);
        json.forEach((mime, value) -> MimeType.find(mime).ifPresent(type -> bundle.put(type, text(value))));
        return bundle.isEmpty() ? Optional.empty() : Optional.of(new MimeBundle(bundle));
    }

    /** nbformat's multiline text: a string, or a list of lines each with its line break. */
    private static String text(Object value) {
        if (value instanceof List<?> lines) {
            StringBuilder text = new StringBuilder();
            lines.forEach(line -> text.append(line instanceof String s ? s : ""));
            return text.toString();
        }
        return value instanceof String s ? s : "";
    }
}
