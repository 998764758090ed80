package org.engagements.notebook.ipynb;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The notebook metadata of our {@code .ipynb} files, and which of it a {@code .jsh} keeps. Every notebook
 * we write names our kernel ({@code kernelspec}), Java ({@code language_info}) and its {@code .jsh}
 * form ({@code jupytext}); a {@code .jsh} keeps in its header block ({@link HeaderBlock}) only what
 * differs from these, and never our own {@code engagements} entry (the sync record, the file's line
 * ends; in executed notebooks the run). The kernel's Java version in {@code language_info} is not kept:
 * Jupyter writes the running kernel's on every save. Stateless.
 */
final class NotebookMetadata {
    static final String KERNELSPEC_KEY = "kernelspec";
    static final String LANGUAGE_INFO_KEY = "language_info";
    static final String JUPYTEXT_KEY = "jupytext";
    /** The kernel that runs {@code .jsh} notebooks in Jupyter. */
    static final Map<String, Object> KERNELSPEC = Map.of("name", "engagements-java",
            "display_name", "Java (engagements)", "language", "java");
    static final Map<String, Object> LANGUAGE_INFO = Map.of("name", "java", "mimetype", "text/x-java-source",
            "file_extension", ".jsh", "pygments_lexer", "java", "codemirror_mode", "text/x-java");
    static final Map<String, Object> JUPYTEXT = Map.of("text_representation",
            Map.of("extension", ".jsh", "format_name", "percent"));

    private NotebookMetadata() {
    }

    /** Our language_info with the Java version that ran the notebook. */
    static Map<String, Object> languageInfo(String javaVersion) {
        Map<String, Object> info = new LinkedHashMap<>(LANGUAGE_INFO);
        info.put("version", javaVersion);
        return info;
    }

    /** The metadata of a notebook whose {@code .jsh} header block holds {@code block}. */
    static Map<String, Object> of(Map<String, Object> block) {
        Map<String, Object> metadata = new LinkedHashMap<>(block);
        metadata.putIfAbsent(KERNELSPEC_KEY, KERNELSPEC);
        metadata.putIfAbsent(LANGUAGE_INFO_KEY, LANGUAGE_INFO);
        metadata.putIfAbsent(JUPYTEXT_KEY, JUPYTEXT);
        return metadata;
    }

    /** The part of a notebook's metadata its {@code .jsh} header block keeps. */
    static Map<String, Object> forHeader(Map<String, Object> metadata) {
        Map<String, Object> block = new LinkedHashMap<>();
        metadata.forEach((key, value) -> {
            if (inHeader(key, value)) {
                block.put(key, value);
            }
        });
        return block;
    }

    /** Whether the {@code .jsh} keeps the entry, or leaves it to the {@code .ipynb}. */
    static boolean inHeader(String key, Object value) {
        return switch (key) {
            case CellConversion.OURS -> false;
            case KERNELSPEC_KEY -> !KERNELSPEC.equals(value);
            case JUPYTEXT_KEY -> !JUPYTEXT.equals(value);
            case LANGUAGE_INFO_KEY -> !LANGUAGE_INFO.equals(withoutVersion(value));
            default -> true;
        };
    }

    /** A language_info without its version and empty entries (a kernel may send null for nbconvert_exporter). */
    private static Object withoutVersion(Object value) {
        Map<String, Object> info = JsonValues.asObject(value);
        if (info == null) {
            return value;
        }
        Map<String, Object> rest = new LinkedHashMap<>(info);
        rest.remove("version");
        rest.values().removeIf(item -> item == null);
        return rest;
    }
}
