package org.engagements.data;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * How the two sides met, after PLOVER's consult modes: a visit to the other side's territory, a
 * bilateral meeting in a third country, a meeting on the sidelines of a multilateral gathering, a phone
 * call or a video call.
 */
public enum Mode {
    VISIT, THIRD_PARTY, MULTILATERAL, PHONE, VIDEO;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Mode> find(String code) {
        return Arrays.stream(values()).filter(m -> m.code().equals(code)).findFirst();
    }

    /** Calls have no venue. */
    public boolean remote() {
        return this == PHONE || this == VIDEO;
    }
}
