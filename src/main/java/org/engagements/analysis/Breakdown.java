package org.engagements.analysis;

import java.util.Arrays;
import java.util.List;
import org.engagements.data.Level;
import org.engagements.data.Mode;
import org.engagements.data.Schema;
import org.engagements.data.Status;

/** A code column that counts are split by, with its codes in their canonical order. */
public enum Breakdown {
    STATUS(Schema.STATUS, Arrays.stream(Status.values()).map(Status::code).toList()),
    MODE(Schema.MODE, Arrays.stream(Mode.values()).map(Mode::code).toList()),
    LEVEL(Schema.LEVEL, Arrays.stream(Level.values()).map(Level::code).toList());

    private final String column;
    private final List<String> codes;

    Breakdown(String column, List<String> codes) {
        this.column = column;
        this.codes = codes;
    }

    /** The engagements column this breakdown reads. */
    public String column() {
        return column;
    }

    /** Every code, in the enum's order: always present in results, zero when absent. */
    public List<String> codes() {
        return codes;
    }
}
