package org.engagements.jupyter.wire;

import java.util.Map;
import java.util.Objects;

/** Custom messages between front-end widgets and kernel objects; this kernel has no comm targets. */
public sealed interface CommContent extends Content {

    record CommOpen(String commId, String targetName, Map<String, Object> data) implements CommContent {
        public CommOpen {
            Objects.requireNonNull(commId, "commId");
            data = Json.copy(data);
        }
    }

    record CommMsg(String commId, Map<String, Object> data) implements CommContent {
        public CommMsg {
            Objects.requireNonNull(commId, "commId");
            data = Json.copy(data);
        }
    }

    record CommClose(String commId, Map<String, Object> data) implements CommContent {
        public CommClose {
            Objects.requireNonNull(commId, "commId");
            data = Json.copy(data);
        }
    }
}
