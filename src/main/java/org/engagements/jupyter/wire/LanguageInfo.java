package org.engagements.jupyter.wire;

import java.util.Objects;

/**
 * The {@code language_info} of a kernel_info_reply: how front ends highlight, name and export code.
 *
 * @param mimetype          e.g. {@code text/x-java-source}
 * @param fileExtension     with the dot, e.g. {@code .jsh}
 * @param codemirrorMode    a CodeMirror mode name or MIME type, e.g. {@code text/x-java}
 * @param nbconvertExporter may be null
 */
public record LanguageInfo(String name, String version, String mimetype, String fileExtension,
                           String pygmentsLexer, String codemirrorMode, String nbconvertExporter) {
    public LanguageInfo {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(mimetype, "mimetype");
        Objects.requireNonNull(fileExtension, "fileExtension");
        if (!fileExtension.startsWith(".")) {
            throw new IllegalArgumentException("file extension must start with a dot: " + fileExtension);
        }
    }
}
