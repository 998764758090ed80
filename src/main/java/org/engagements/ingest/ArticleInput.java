package org.engagements.ingest;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;

/**
 * An article to ingest: its file (and the name messages use for it), its text, and what is known about
 * its publication. {@code basis} says where the date and outlet came from, for {@code published_basis}.
 */
public record ArticleInput(Path file, String shownAs, String text, LocalDate published, String outlet,
                           String title, String url, String basis) {
    public ArticleInput {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(shownAs, "shownAs");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(outlet, "outlet");
        Objects.requireNonNull(title, "title");
        url = url == null ? "" : url;
        Objects.requireNonNull(basis, "basis");
    }
}
