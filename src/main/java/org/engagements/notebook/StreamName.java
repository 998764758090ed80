package org.engagements.notebook;

/** The two text streams a cell writes to, named as in Jupyter. */
public enum StreamName {
    STDOUT("stdout"),
    STDERR("stderr");

    private final String wireName;

    StreamName(String wireName) {
        this.wireName = wireName;
    }

    /** The Jupyter name: {@code stdout} or {@code stderr}. */
    public String wireName() {
        return wireName;
    }
}
