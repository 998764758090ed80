package org.engagements.notebook.ipynb;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The cells of a notebook converted from a {@code .jsh}, with what the {@code .ipynb} it replaces knew
 * and the {@code .jsh} does not: as Jupytext's sync, a cell whose type and text did not change keeps its
 * outputs, execution count, id, attachments and run and view metadata; new and changed cells start
 * without outputs. Cells are matched in order first, then anywhere (a moved cell keeps its outputs).
 * The notebook keeps the old metadata the {@code .jsh} does not hold (such as the kernel's language
 * version). Stateless.
 */
final class OutputMerge {
    /** nbformat 4.5's cell ids. */
    private static final Pattern ID = Pattern.compile("[a-zA-Z0-9_-]{1,64}");

    /** The merged notebook and how many of its code cells kept their outputs. */
    record Merged(IpynbDocument document, int kept) {
    }

    private OutputMerge() {
    }

    static Merged merge(IpynbDocument fresh, IpynbDocument old) {
        List<Map<String, Object>> cells = fresh.cellsCopy();
        List<Map<String, Object>> previous = old.cellsCopy();
        int[] match = match(cells, previous);
        Set<String> ids = new HashSet<>();
        boolean[] oldId = new boolean[cells.size()];
        int kept = 0;
        for (int i = 0; i < cells.size(); i++) {
            if (match[i] >= 0) {
                oldId[i] = keep(cells.get(i), previous.get(match[i]), ids);
                kept += "code".equals(cells.get(i).get("cell_type")) ? 1 : 0;
            }
        }
        for (int i = 0; i < cells.size(); i++) {
            if (!oldId[i]) {
                cells.get(i).put("id", unique((String) cells.get(i).get("id"), ids));
            }
        }
        return new Merged(new IpynbDocument(metadata(fresh.metadata(), old.metadata()), cells,
                Math.max(IpynbDocument.MINOR, old.nbformatMinor())), kept);
    }

    /** For each new cell the index of the old one it continues, or -1. */
    private static int[] match(List<Map<String, Object>> cells, List<Map<String, Object>> previous) {
        int[] match = new int[cells.size()];
        boolean[] used = new boolean[previous.size()];
        int next = 0;
        for (int i = 0; i < cells.size(); i++) {
            match[i] = find(cells.get(i), previous, used, next);
            next = match[i] >= 0 ? match[i] + 1 : next;
        }
        for (int i = 0; i < cells.size(); i++) {
            if (match[i] < 0) {
                match[i] = find(cells.get(i), previous, used, 0);
            }
        }
        return match;
    }

    private static int find(Map<String, Object> cell, List<Map<String, Object>> previous, boolean[] used, int from) {
        for (int j = from; j < previous.size(); j++) {
            if (!used[j] && same(cell, previous.get(j))) {
                used[j] = true;
                return j;
            }
        }
        return -1;
    }

    private static boolean same(Map<String, Object> cell, Map<String, Object> old) {
        return cell.get("cell_type").equals(old.get("cell_type"))
                && CellConversion.text(cell, true).equals(CellConversion.text(old, true));
    }

    /** Copies what the old cell knew into the new one; whether it took the old id. */
    private static boolean keep(Map<String, Object> cell, Map<String, Object> old, Set<String> ids) {
        boolean oldId = old.get("id") instanceof String id && ID.matcher(id).matches() && ids.add(id);
        if (oldId) {
            cell.put("id", old.get("id"));
        }
        if (cell.get("cell_type").equals("code")) {
            cell.put("execution_count", old.get("execution_count"));
            cell.put("outputs", old.getOrDefault("outputs", new ArrayList<>()));
        } else if (old.containsKey("attachments")) {
            cell.put("attachments", old.get("attachments"));
        }
        Map<String, Object> metadata = JsonValues.asObject(cell.get("metadata"));
        Map<String, Object> oldMetadata = JsonValues.asObject(old.getOrDefault("metadata", Map.of()));
        for (String key : CellConversion.VOLATILE) {
            if (oldMetadata != null && oldMetadata.containsKey(key)) {
                metadata.put(key, oldMetadata.get(key));
            }
        }
        return oldId;
    }

    /** {@code id}, or {@code id-2}, {@code id-3} ... if taken; noted as taken. */
    private static String unique(String id, Set<String> ids) {
        String candidate = id;
        for (int n = 2; !ids.add(candidate); n++) {
            String suffix = "-" + n;
            candidate = (id.length() + suffix.length() > 64 ? id.substring(0, 64 - suffix.length()) : id) + suffix;
        }
        return candidate;
    }

    /** The new metadata, and of the old what a {@code .jsh} does not hold; our entry merged. */
    private static Map<String, Object> metadata(Map<String, Object> fresh, Map<String, Object> old) {
        Map<String, Object> metadata = new LinkedHashMap<>(fresh);
        old.forEach((key, value) -> {
            boolean fromJsh = fresh.containsKey(key) && NotebookMetadata.inHeader(key, fresh.get(key));
            if (!NotebookMetadata.inHeader(key, value) && !fromJsh && !key.equals(CellConversion.OURS)) {
                metadata.put(key, value);
            }
        });
        Map<String, Object> ours = JsonValues.asObject(JsonValues.copy(old.get(CellConversion.OURS)));
        if (ours != null) {
            ours.remove(IpynbConversion.JSH_FORMAT);
            ours.remove(IpynbSync.RECORD);
            Map<String, Object> freshOurs = JsonValues.asObject(fresh.get(CellConversion.OURS));
            if (freshOurs != null) {
                ours.putAll(freshOurs);
            }
            metadata.put(CellConversion.OURS, ours);
        }
        return metadata;
    }
}
