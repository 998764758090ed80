package org.engagements.analysis;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.engagements.data.Schema;

/** Cells that hold {@link Schema#LIST_SEPARATOR}-separated ids ({@code blinken;sullivan}). */
final class IdList {
    private static final Pattern SEPARATOR = Pattern.compile(Pattern.quote(Schema.LIST_SEPARATOR));

    private IdList() {
    }

    /** The ids in a cell, in order, without blanks or repeats; empty for a missing cell. */
    static List<String> split(String cell) {
        if (cell == null || cell.isBlank()) {
            return List.of();
        }
        Set<String> ids = new LinkedHashSet<>();
        for (String part : SEPARATOR.split(cell)) {
            String id = part.strip();
            if (!id.isEmpty()) {
                ids.add(id);
            }
        }
        return new ArrayList<>(ids);
    }
}
