package org.engagements.display;

import java.util.Arrays;
import java.util.Optional;

/**
 * The MIME types a renderer may produce. The only place in the code base that spells MIME strings.
 * Binary types carry base64 text in a {@link MimeBundle}, as Jupyter's wire format and {@code .ipynb}
 * files do.
 */
public enum MimeType {
    TEXT_PLAIN("text/plain", false),
    TEXT_HTML("text/html", false),
    IMAGE_PNG("image/png", true),
    IMAGE_SVG("image/svg+xml", false),
    /**
     * Files saved from the value, one relative address a line (RFC 2483): a chart saved with its data
     * lists {@code venues.csv} and {@code venues-data.html}, so that a page can link them beside the
     * image. Front ends that cannot show it show the image instead, as for any type they do not know.
     */
    TEXT_URI_LIST("text/uri-list", false);

    private final String mime;
    private final boolean binary;

    MimeType(String mime, boolean binary) {
        this.mime = mime;
        this.binary = binary;
    }

    /** The MIME string, such as {@code text/plain}. */
    public String mime() {
        return mime;
    }

    /** Whether the bundle holds this type's data as base64 text. */
    public boolean isBinary() {
        return binary;
    }

    /** The type spelled {@code mime}, if it is one of ours. */
    public static Optional<MimeType> find(String mime) {
        return Arrays.stream(values()).filter(type -> type.mime.equals(mime)).findFirst();
    }

    @Override
    public String toString() {
        return mime;
    }
}
