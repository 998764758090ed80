package org.engagements.ingest.evaluate;

import java.util.Objects;
import org.engagements.data.Status;

/**
 * What the pipeline recorded for one set article: a mention of an engagement (new or already in the
 * data) with the status the article was read to report and the quote behind it.
 */
record SystemReport(String article, String engagementId, Status reported, String quote) {
    SystemReport {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(engagementId, "engagementId");
        Objects.requireNonNull(reported, "reported");
        Objects.requireNonNull(quote, "quote");
    }
}
