package org.engagements.data;

import java.util.Arrays;
import java.util.Optional;

/** The two sides of every engagement. */
public enum Side {
    US, CN;

    public String code() {
        return name();
    }

    public static Optional<Side> find(String code) {
        return Arrays.stream(values()).filter(s -> s.code().equals(code)).findFirst();
    }
}
