package org.engagements.notebook;

/**
 * File-wide facts a writer needs to reproduce a notebook's bytes.
 *
 * @param lineSeparator {@code "\n"} or {@code "\r\n"}
 * @param finalNewline  whether the last line ends with the separator
 */
public record NotebookFormat(String lineSeparator, boolean finalNewline) {
    public static final NotebookFormat DEFAULT = new NotebookFormat("\n", true);

    public NotebookFormat {
        if (!lineSeparator.equals("\n") && !lineSeparator.equals("\r\n")) {
            throw new IllegalArgumentException("line separator must be LF or CRLF");
        }
    }
}
