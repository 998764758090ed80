package org.engagements.jupyter;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.engagements.core.AtomicFile;
import org.engagements.core.FileNames;
import org.engagements.core.JsonLimits;

/**
 * A kernelspec: how Jupyter starts this kernel. Written as {@code <kernels>/<name>/kernel.json}, where
 * Jupyter finds it by name (e.g. {@code jupyter console --kernel engagements-java}).
 *
 * @param argv          the command; Jupyter replaces {@value #CONNECTION_FILE} with the connection file path
 * @param interruptMode "message": interrupts arrive as interrupt_request on control, no signals needed
 */
public record KernelSpec(List<String> argv, String displayName, String language, String interruptMode,
                         Map<String, Object> metadata) {
    public static final String DEFAULT_NAME = "engagements-java";
    public static final String CONNECTION_FILE = "{connection_file}";
    private static final Pattern VALID_NAME = Pattern.compile("[A-Za-z0-9._-]+");
    private static final ObjectMapper JSON = JsonLimits.mapper()
            .configure(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY, true)
            .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true)
            .configure(SerializationFeature.INDENT_OUTPUT, true)
            .build();

    public KernelSpec {
        argv = List.copyOf(argv);
        if (!argv.contains(CONNECTION_FILE)) {
            throw new IllegalArgumentException("argv must pass " + CONNECTION_FILE + ": " + argv);
        }
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(interruptMode, "interruptMode");
        metadata = Map.copyOf(metadata);
    }

    /** Our kernelspec: Java, interrupted by message, started with {@code argv}. */
    public static KernelSpec of(List<String> argv) {
        return new KernelSpec(argv, "Java (engagements)", "java", "message", Map.of("debugger", false));
    }

    /** The kernels folder under an installation prefix: {@code <prefix>/share/jupyter/kernels}. */
    public static Path prefixKernels(Path prefix) {
        return prefix.resolve("share").resolve("jupyter").resolve("kernels");
    }

    /**
     * The user's kernels folder, as jupyter_core finds it on Linux: {@code $JUPYTER_DATA_DIR/kernels}, else
     * {@code $XDG_DATA_HOME/jupyter/kernels}, else {@code ~/.local/share/jupyter/kernels}. The home is
     * {@code $HOME} when set, as Python's {@code expanduser} takes it, so that jupyter finds the kernel where
     * it was put even when {@code $HOME} is not the account's home directory (containers, CI); else
     * {@code accountHome}.
     */
    public static Path userKernels(Map<String, String> environment, Path accountHome) {
        String homeVariable = environment.get("HOME");
        Path home = homeVariable != null && !homeVariable.isBlank() ? Path.of(homeVariable) : accountHome;
        String jupyterData = environment.get("JUPYTER_DATA_DIR");
        if (jupyterData != null && !jupyterData.isBlank()) {
            return Path.of(jupyterData).resolve("kernels");
        }
        String xdg = environment.get("XDG_DATA_HOME");
        Path data = xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".local").resolve("share");
        return data.resolve("jupyter").resolve("kernels");
    }

    /**
     * Writes {@code <kernels>/<name>/kernel.json} atomically (sorted keys) and returns its path.
     *
     * @throws KernelException when the name is not a valid kernel name or the file cannot be written
     */
    public Path install(Path kernels, String name) {
        if (!VALID_NAME.matcher(name).matches() || FileNames.whyUnsafe(name).isPresent()) {
            throw new KernelException("kernel name \"" + name + "\" may only contain letters, digits, '.', '_' and '-', "
                    + "and may not be \".\" or \"..\"");
        }
        Path file = kernels.resolve(name).resolve("kernel.json");
        AtomicFile.writeString(file, toJson() + "\n");
        return file;
    }

    /** The kernel.json text, keys sorted. */
    public String toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("argv", argv);
        json.put("display_name", displayName);
        json.put("language", language);
        json.put("interrupt_mode", interruptMode);
        json.put("metadata", metadata);
        try {
            return JSON.writeValueAsString(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write kernelspec as JSON", e);
        }
    }
}
