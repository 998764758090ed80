package org.engagements.data;

import java.util.Objects;

/**
 * One row of {@code mentions.csv}: an article reporting an engagement, with the status it gives, its
 * words for the date (empty when it has none) and the supporting sentence quoted exactly.
 */
public record Mention(String articleId, String engagementId, Status reportedStatus, String dateExpression,
                      String quote) {
    public Mention {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(engagementId, "engagementId");
        Objects.requireNonNull(reportedStatus, "reportedStatus");
        Objects.requireNonNull(quote, "quote");
        dateExpression = dateExpression == null ? "" : dateExpression;
    }
}
