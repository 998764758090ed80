package org.engagements.jupyter;

import java.util.Map;
import java.util.TreeMap;
import org.engagements.display.MimeBundle;

/**
 * The one place where the kernel turns a display bundle into the wire's {@code data} map (MIME string to
 * value) of {@code display_data}, {@code update_display_data}, {@code execute_result} and
 * {@code inspect_reply}. Our bundles carry no per-output metadata, so theirs is always empty.
 */
final class WireBundle {
    static final Map<String, Object> NO_METADATA = Map.of();

    private WireBundle() {
    }

    /** The bundle's forms keyed by MIME string, sorted by it (the order the wire has always used). */
    static Map<String, Object> data(MimeBundle bundle) {
        Map<String, Object> data = new TreeMap<>();
        bundle.data().forEach((type, value) -> data.put(type.mime(), value));
        return data;
    }
}
