package org.engagements.display;

import java.util.Objects;

/**
 * A value shown with {@code display(x)}, which can be replaced where it stands:
 * {@code var shown = display(table); ... shown.update(newerTable);}. In Jupyter an update is an
 * {@code update_display_data} message for the same display id; in an executed notebook
 * ({@code engagements run}) only the last value is kept, in the place of the first; in a terminal the
 * new value is printed. Immutable and thread safe.
 */
public final class DisplayHandle {
    private final String id;

    DisplayHandle(String id) {
        this.id = Objects.requireNonNull(id, "id");
    }

    /** The display id, as Jupyter's {@code transient.display_id}. */
    public String id() {
        return id;
    }

    /** Shows {@code value} in the place of the value displayed so far. */
    public void update(Object value) {
        Display.update(this, value);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DisplayHandle handle && handle.id.equals(id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return "display " + id;
    }
}
