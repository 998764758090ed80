package org.engagements.ingest.evaluate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.engagements.data.Engagement;
import org.engagements.data.Mode;
import org.engagements.data.Side;
import org.engagements.data.Status;
import org.engagements.data.Vocabulary;
import org.engagements.ingest.extract.StatusClass;

/**
 * The row a gold engagement (one key) should have in the dataset once every article of the set is in,
 * combined from its gold rows and its curated row (when the key names one), as {@code
 * docs/coding-guide.md} says: the status of the latest report, except that a held engagement stays held;
 * the narrowest dates among the reports of that status class; the venue and mode the reports give; the
 * participants of all reports. An empty venue or mode, or an empty side, is not scored.
 */
record Expectation(Status status, Engagement.Dates dates, Optional<String> venue, Optional<Mode> mode,
                   Set<String> us, Set<String> cn) {
    Expectation {
        us = Set.copyOf(us);
        cn = Set.copyOf(cn);
    }

    /**
     * @param rows     the key's gold rows, in set order
     * @param articles the set's articles by id (for their publication dates)
     * @param curated  the key's row of the curated data, if any
     */
    static Expectation of(List<GoldRow> rows, Map<String, SetArticle> articles, Optional<Engagement> curated,
                          Vocabulary vocabulary) {
        List<GoldRow> byDate = new ArrayList<>(rows);
        byDate.sort(Comparator.comparing(r -> articles.get(r.article()).published()));
        Status status = curated.map(Engagement::status).orElse(byDate.get(0).status());
        for (GoldRow row : byDate) {
            status = status == Status.HELD ? status : row.status();
        }
        StatusClass expectedClass = StatusClass.of(status);
        List<Engagement.Dates> spans = new ArrayList<>();
        rows.stream().filter(r -> StatusClass.of(r.status()) == expectedClass).forEach(r -> spans.add(r.dates()));
        curated.filter(c -> StatusClass.of(c.status()) == expectedClass).ifPresent(c -> spans.add(c.dates()));
        if (spans.isEmpty()) {
            rows.forEach(r -> spans.add(r.dates()));
        }
        Engagement.Dates dates = spans.stream().min(Comparator.comparingLong(Expectation::days)).orElseThrow();
        Optional<String> venue = rows.stream().map(GoldRow::venue).filter(v -> !v.isEmpty()).findFirst()
                .map(v -> Names.venue(vocabulary, v))
                .or(() -> curated.map(Engagement::venue).filter(v -> !v.isEmpty()));
        Optional<Mode> mode = rows.stream().map(GoldRow::mode).flatMap(Optional::stream).findFirst()
                .or(() -> curated.map(Engagement::mode));
        return new Expectation(status, dates, venue, mode, side(rows, curated, vocabulary, Side.US),
                side(rows, curated, vocabulary, Side.CN));
    }

    private static Set<String> side(List<GoldRow> rows, Optional<Engagement> curated, Vocabulary vocabulary,
                                    Side side) {
        Set<String> ids = new LinkedHashSet<>();
        for (GoldRow row : rows) {
            ids.addAll(Alignment.resolved(vocabulary, side, side == Side.US ? row.us() : row.cn()));
        }
        curated.ifPresent(c -> ids.addAll(c.participants().side(side)));
        return ids;
    }

    private static long days(Engagement.Dates dates) {
        return dates.end().toEpochDay() - dates.start().toEpochDay() + 1;
    }
}
