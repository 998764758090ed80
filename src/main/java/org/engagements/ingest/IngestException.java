package org.engagements.ingest;

import org.engagements.core.EngagementsException;

/**
 * An article or its metadata cannot be ingested: an empty, binary or non-UTF-8 file, a missing or future
 * publication date, a metadata row that does not fit. The user's to fix; the message names the file and
 * what was expected, compiler style.
 */
public final class IngestException extends EngagementsException {
    private static final long serialVersionUID = 1L;

    public IngestException(String message) {
        super(message);
    }
}
