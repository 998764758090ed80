package org.engagements.data;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * An official's rank class. The declaration order is the order used to pick an engagement's highest
 * level: heads of state first, then cabinet members, senior advisers (national security adviser,
 * China's top foreign-policy official), deputies, special envoys, and military officers.
 */
public enum Level {
    LEADER, CABINET, ADVISER, DEPUTY, ENVOY, MILITARY;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Level> find(String code) {
        return Arrays.stream(values()).filter(l -> l.code().equals(code)).findFirst();
    }

    /** The higher of two levels (leader is highest). */
    public Level max(Level other) {
        return compareTo(other) <= 0 ? this : other;
    }
}
