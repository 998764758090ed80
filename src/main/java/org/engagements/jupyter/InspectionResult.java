package org.engagements.jupyter;

import java.util.Objects;
import java.util.Optional;
import org.engagements.display.MimeBundle;

/** What the backend knows about the name at a cursor (its signature, its documentation), if anything. */
public record InspectionResult(Optional<MimeBundle> bundle) {
    public InspectionResult {
        Objects.requireNonNull(bundle, "bundle");
    }

    public static InspectionResult found(MimeBundle bundle) {
        return new InspectionResult(Optional.of(bundle));
    }

    public static InspectionResult notFound() {
        return new InspectionResult(Optional.empty());
    }
}
