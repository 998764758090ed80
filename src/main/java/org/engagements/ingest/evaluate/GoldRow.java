package org.engagements.ingest.evaluate;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.engagements.data.Engagement;
import org.engagements.data.Mode;
import org.engagements.data.Status;

/**
 * One row of an evaluation set's {@code gold.csv}: an engagement as one article reports it, coded by hand
 * ({@code docs/coding-guide.md}). {@code key} links the rows of different articles that report the same
 * real-world engagement; {@code dataId} names its row in the curated {@code engagements.csv} when it is
 * already there (empty otherwise). Participants are person ids of the vocabulary or {@code Name (Title)}
 * for people outside it; {@code venue} is a place id or a city name; both lists and the venue may be
 * empty when the article does not say.
 */
public record GoldRow(String article, String key, String dataId, Kind kind, Status status, Engagement.Dates dates,
                      Optional<Mode> mode, String venue, List<String> us, List<String> cn, String evidence,
                      String notes, int line) {
    /** Whether the article reports the engagement itself, or mentions it in passing as context. */
    public enum Kind {
        /** The article reports the engagement: the evaluation counts it as a miss when it is not found. */
        REPORT,
        /** A passing mention of another engagement ("since they last met in …"): finding it is optional. */
        BACKGROUND;

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public GoldRow {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(dataId, "dataId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(dates, "dates");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(venue, "venue");
        us = List.copyOf(us);
        cn = List.copyOf(cn);
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(notes, "notes");
    }

    public boolean required() {
        return kind == Kind.REPORT;
    }
}
