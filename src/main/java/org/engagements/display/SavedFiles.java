package org.engagements.display;

import java.util.List;

/**
 * A value that was saved to files beside the charts, such as a chart with the CSV of its numbers: its
 * display lists them ({@link MimeType#TEXT_URI_LIST}), so a report page can link them where the value
 * is shown, without knowing what the value is.
 */
public interface SavedFiles {
    /** The files' names, inside the charts folder, in the order to link them; empty when none. */
    List<String> savedFiles();
}
