package org.engagements.data;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One row of {@code articles.csv}: a news article, its text file inside {@code articles/}, who published
 * it and when. Empty strings stand for empty optional cells ({@code url}).
 */
public record Article(String id, String file, String outlet, LocalDate published, String publishedBasis,
                      String title, String url) {
    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(outlet, "outlet");
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(publishedBasis, "publishedBasis");
        Objects.requireNonNull(title, "title");
        url = url == null ? "" : url;
    }
}
