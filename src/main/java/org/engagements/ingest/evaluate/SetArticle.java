package org.engagements.ingest.evaluate;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One row of an evaluation set's {@code articles.csv}: a real published article, its file in the set's
 * {@code articles/} folder, and where and when it was published. {@code title} may be empty (the article's
 * first line then serves, as for {@code ingest}); {@code line} is the row's line, for messages.
 */
public record SetArticle(String id, String file, String outlet, LocalDate published, String publishedBasis,
                         String title, String url, int line) {
    public SetArticle {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(outlet, "outlet");
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(publishedBasis, "publishedBasis");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(url, "url");
    }
}
