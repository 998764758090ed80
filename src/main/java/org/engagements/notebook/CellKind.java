package org.engagements.notebook;

/** What a cell holds, which decides whether the session runs it. */
public enum CellKind {
    /** Comments before the first {@code // %%} marker (a title, a licence); kept, never run. */
    HEADER,
    /** Java run by the session. */
    CODE,
    /** Markdown in {@code // } line comments: {@code // %% [markdown]}. */
    MARKDOWN,
    /**
     * Raw text in {@code // } line comments, {@code // %% [raw]}, as Jupytext writes Jupyter's raw cells
     * (text for nbconvert to pass through); kept, never run.
     */
    RAW
}
