package org.engagements.ingest.extract;

/**
 * A clause of a sentence, by offsets into the sentence. Reporting clauses ("U.S. officials said on
 * Friday") hold no engagement; reference clauses ("since they met in Alaska", "after a planned call")
 * hold an engagement other than the main clause's; relative clauses ("who met his opposite") take
 * their subject from the words just before them.
 */
record Segment(int start, int end, Kind kind, String marker) {
    enum Kind {
        MAIN, REPORTING, REFERENCE, RELATIVE
    }

    Segment {
        if (end < start) {
            throw new IllegalArgumentException("segment ends before it starts: " + start + ".." + end);
        }
        marker = marker == null ? "" : marker;
    }

    boolean contains(int start, int end) {
        return start >= this.start && end <= this.end;
    }

    String text(String sentence) {
        return sentence.substring(start, end);
    }
}
