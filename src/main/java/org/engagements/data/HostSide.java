package org.engagements.data;

import java.util.Arrays;
import java.util.Optional;

/** Whose ground the engagement is on: the US, China, a third country, or none (calls). */
public enum HostSide {
    US("US"), CN("CN"), THIRD("third"), NONE("none");

    private final String code;

    HostSide(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<HostSide> find(String code) {
        return Arrays.stream(values()).filter(h -> h.code.equals(code)).findFirst();
    }
}
