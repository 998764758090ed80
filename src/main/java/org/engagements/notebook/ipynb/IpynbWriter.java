package org.engagements.notebook.ipynb;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.engagements.core.AtomicFile;
import org.engagements.notebook.CellResult;
import org.engagements.notebook.executed.DataFile;
import org.engagements.notebook.executed.ExecutedNotebook;
import org.engagements.notebook.parameters.Parameter;

/**
 * Writes an executed notebook as a Jupyter notebook, nbformat 4.5, byte for byte as nbformat itself
 * would (see {@link JsonText}, {@link TextLines}), so Jupyter, nbconvert and nbformat's validator read
 * it and a round trip through nbformat changes nothing. Cells get ids from the notebook's name; code
 * cells their execution count and outputs, or {@code null} and none when they did not run; a failed
 * notebook starts with a markdown cell saying where it failed (papermill's error banner). Timestamps
 * appear only when the run record asks for them, so the same outputs give the same file. Stateless.
 */
public final class IpynbWriter {
    public static final String EXTENSION = ExecutedNotebook.IPYNB_EXTENSION;

    private IpynbWriter() {
    }

    /** The notebook as the text of an {@code .ipynb} file, ending with a newline as nbformat's files do. */
    public static String toJson(ExecutedNotebook executed) {
        List<Object> cells = new ArrayList<>();
        ErrorBanner.of(executed).ifPresent(cells::add);
        cells.addAll(IpynbCells.of(executed));
        Map<String, Object> notebook = new LinkedHashMap<>();
        notebook.put("cells", cells);
        notebook.put("metadata", metadata(executed));
        notebook.put("nbformat", 4);
        notebook.put("nbformat_minor", 5);
        return JsonText.write(notebook) + "\n";
    }

    /** Writes the notebook to {@code file} atomically. */
    public static void write(ExecutedNotebook executed, Path file) {
        AtomicFile.writeString(file, toJson(executed));
    }

    private static Map<String, Object> metadata(ExecutedNotebook executed) {
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put(IpynbCells.METADATA_KEY, ours(executed));
        metadata.put(NotebookMetadata.JUPYTEXT_KEY, NotebookMetadata.JUPYTEXT);
        metadata.put(NotebookMetadata.KERNELSPEC_KEY, NotebookMetadata.KERNELSPEC);
        metadata.put(NotebookMetadata.LANGUAGE_INFO_KEY, NotebookMetadata.languageInfo(executed.record().javaVersion()));
        return metadata;
    }

    /** The run, papermill style: source, status, parameters, data checksums and, if asked, times. */
    private static Map<String, Object> ours(ExecutedNotebook executed) {
        Map<String, Object> ours = new LinkedHashMap<>();
        ours.put("source", executed.run().notebook().source().toString().replace('\\', '/'));
        ours.put("status", executed.run().passed() ? "ok" : "failed");
        ours.put("failed_cells", executed.run().results().stream().filter(CellResult::failsRun)
                .map(result -> result.cell().number()).toList());
        ours.put("parameters", parameters(executed.parameters()));
        ours.put("data", Map.of("folder", executed.record().dataFolder(), "sha256", executed.record().dataFiles()
                .stream().collect(Collectors.toMap(DataFile::path, DataFile::sha256))));
        executed.timings().ifPresent(timings -> {
            ours.put("start_time", IpynbCells.timestamp(timings.notebook().start()));
            ours.put("end_time", IpynbCells.timestamp(timings.notebook().end()));
            ours.put("duration", BigDecimal.valueOf(timings.notebook().duration().toMillis(), 3));
        });
        return ours;
    }

    /** Each parameter's value as JSON: numbers, booleans and strings as such, a date as {@code yyyy-MM-dd}. */
    private static Map<String, Object> parameters(List<Parameter> parameters) {
        Map<String, Object> json = new LinkedHashMap<>();
        for (Parameter parameter : parameters) {
            Object value = parameter.value().orElse(parameter.expression());
            json.put(parameter.name(), value instanceof LocalDate date ? date.toString() : value);
        }
        return json;
    }
}
