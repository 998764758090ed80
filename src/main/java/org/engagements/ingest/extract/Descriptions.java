package org.engagements.ingest.extract;

import java.util.List;

/** One-line descriptions of candidates for reports and messages. */
public final class Descriptions {
    private static final int QUOTE_LENGTH = 100;

    private Descriptions() {
    }

    /** "blinken | wang-yi held visit beijing 2021-03-01..2021-03-31: “quote…”". */
    public static String candidate(Candidate c) {
        TemporalExpression dates = c.dates();
        return ids(c.us()) + " | " + ids(c.cn()) + " " + c.status().code() + " "
                + c.assumedMode().map(m -> m.code()).orElse("?") + " " + c.venue().orElse(c.country().orElse("-"))
                + " " + dates.start() + ".." + dates.end() + ": “" + cut(c.quote()) + "”";
    }

    static String ids(List<String> ids) {
        return ids.isEmpty() ? "(unnamed)" : String.join(";", ids);
    }

    public static String cut(String text) {
        return text.length() <= QUOTE_LENGTH ? text : text.substring(0, QUOTE_LENGTH) + "…";
    }
}
