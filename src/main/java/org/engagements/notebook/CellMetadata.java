package org.engagements.notebook;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The {@code key=JSON} pairs of a cell marker, such as {@code tags=["parameters"]}.
 *
 * @param tags the {@code tags} entry as a list ({@code parameters}, {@code raises-exception}, ...)
 * @param json every entry, including {@code tags}, as JSON text in the order written
 */
public record CellMetadata(List<String> tags, Map<String, String> json) {
    /** The tag that lets a cell fail without failing the run. */
    public static final String RAISES_EXCEPTION = "raises-exception";
    /** The tag of the cell that holds a notebook's parameters and their defaults (papermill's). */
    public static final String PARAMETERS = "parameters";
    /** The tag of the cell that {@code -p name=value} adds after the parameters cell (papermill's). */
    public static final String INJECTED_PARAMETERS = "injected-parameters";
    public static final CellMetadata EMPTY = new CellMetadata(List.of(), Map.of());

    public CellMetadata {
        tags = List.copyOf(tags);
        json = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(json, "json")));
    }

    public boolean hasTag(String tag) {
        return tags.contains(tag);
    }

    /** Metadata with only {@code tags}, written as JSON. */
    public static CellMetadata ofTags(List<String> tags) {
        StringBuilder json = new StringBuilder("[");
        for (String tag : tags) {
            json.append(json.length() > 1 ? ", " : "").append('"').append(tag.replace("\\", "\\\\")
                    .replace("\"", "\\\"")).append('"');
        }
        return new CellMetadata(tags, Map.of("tags", json.append(']').toString()));
    }

    /** The metadata as written after a marker: {@code  key=JSON} pairs, each after one space. */
    String markerText() {
        StringBuilder text = new StringBuilder();
        json.forEach((key, value) -> text.append(' ').append(key).append('=').append(value));
        return text.toString();
    }
}
