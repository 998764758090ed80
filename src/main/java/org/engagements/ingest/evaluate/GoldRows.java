package org.engagements.ingest.evaluate;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.engagements.data.write.DatasetContent;
import org.engagements.data.DatePrecision;
import org.engagements.data.Engagement;
import org.engagements.data.Mode;
import org.engagements.data.Schema;
import org.engagements.data.Side;
import org.engagements.data.Status;
import org.engagements.data.csv.TextFiles;

/**
 * Reads an evaluation set's {@code gold.csv} against the set's articles and the curated data: each row
 * names a known article, a key, a curated engagement (optional), its kind, the status and dates the
 * article reports, mode, venue, participants and the evidence sentence, which must occur in the
 * article's text. Rows sharing a key must agree on the curated engagement, the venue and the mode.
 */
final class GoldRows {
    static final String FILE = "gold.csv";
    static final List<String> HEADER = List.of("article", "key", "data_id", "kind", "status", "date_start", "date_end",
            "date_precision", "mode", "venue", "us_participants", "cn_participants", "evidence", "notes");

    private final String shown;
    private final Map<String, SetArticle> articles;
    private final Map<String, String> texts;
    private final DatasetContent data;
    private final String dataName;
    private final SetProblems problems;

    GoldRows(String shownAs, Map<String, SetArticle> articles, Map<String, String> texts, DatasetContent data,
             String dataName, SetProblems problems) {
        this.shown = shownAs + "/" + FILE;
        this.articles = articles;
        this.texts = texts;
        this.data = data;
        this.dataName = dataName;
        this.problems = problems;
    }

    List<GoldRow> read(Path file) {
        List<TextFiles.CsvLine> lines = ArticleRows.csv(file, shown, problems);
        if (lines.isEmpty()) {
            return List.of();
        }
        if (!lines.get(0).fields().equals(HEADER)) {
            problems.line(shown, lines.get(0).line(), "the header " + String.join(",", HEADER));
            return List.of();
        }
        List<GoldRow> rows = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (TextFiles.CsvLine line : lines.subList(1, lines.size())) {
            Optional<GoldRow> row = row(line);
            row.filter(r -> !seen.add(r.article() + " " + r.key())).ifPresent(r -> problems.cell(shown, r.line(), "key",
                    r.key(), "one row per article and key; article " + r.article() + " already has one"));
            row.ifPresent(rows::add);
        }
        agree(rows);
        return rows;
    }

    private Optional<GoldRow> row(TextFiles.CsvLine line) {
        List<String> f = line.fields();
        int n = line.line();
        if (f.size() != HEADER.size()) {
            problems.line(shown, n, HEADER.size() + " fields as in the header, found " + f.size());
            return Optional.empty();
        }
        int before = problems.count();
        String article = f.get(0);
        if (!articles.containsKey(article)) {
            problems.cell(shown, n, "article", article, "an article id of " + shownSet() + "/" + ArticleRows.FILE);
        }
        if (!f.get(1).matches(ArticleRows.ID_PATTERN)) {
            problems.cell(shown, n, "key", f.get(1), "a key of lower-case letters, digits and hyphens");
        }
        String dataId = f.get(2);
        if (!dataId.isEmpty() && data.findEngagement(dataId).isEmpty()) {
            problems.cell(shown, n, "data_id", dataId, "empty or an engagement id of " + dataName + "/"
                    + Schema.ENGAGEMENTS.fileName());
        }
        Optional<GoldRow.Kind> kind = find(GoldRow.Kind.values(), f.get(3));
        if (kind.isEmpty()) {
            problems.cell(shown, n, "kind", f.get(3), "report or background");
        }
        Optional<Status> status = Status.find(f.get(4));
        if (status.isEmpty()) {
            problems.cell(shown, n, "status", f.get(4), "one of " + codes(Status.values()));
        }
        Optional<Engagement.Dates> dates = dates(n, f.get(5), f.get(6), f.get(7));
        Optional<Mode> mode = f.get(8).isEmpty() ? Optional.empty() : Mode.find(f.get(8));
        if (!f.get(8).isEmpty() && mode.isEmpty()) {
            problems.cell(shown, n, "mode", f.get(8), "empty or one of " + codes(Mode.values()));
        }
        venue(n, f.get(9), mode);
        List<String> us = participants(n, "us_participants", f.get(10), Side.US);
        List<String> cn = participants(n, "cn_participants", f.get(11), Side.CN);
        evidence(n, article, f.get(12));
        if (problems.count() > before) {
            return Optional.empty();
        }
        return Optional.of(new GoldRow(article, f.get(1), dataId, kind.orElseThrow(), status.orElseThrow(),
                dates.orElseThrow(), mode, f.get(9), us, cn, f.get(12), f.get(13), n));
    }

    private String shownSet() {
        return shown.substring(0, shown.length() - FILE.length() - 1);
    }

    private Optional<Engagement.Dates> dates(int n, String start, String end, String precisionCode) {
        Optional<LocalDate> from = date(n, "date_start", start);
        Optional<LocalDate> to = date(n, "date_end", end);
        Optional<DatePrecision> precision = DatePrecision.find(precisionCode);
        if (precision.isEmpty()) {
            problems.cell(shown, n, "date_precision", precisionCode, "one of " + codes(DatePrecision.values()));
        }
        if (from.isEmpty() || to.isEmpty() || precision.isEmpty()) {
            return Optional.empty();
        }
        long span = ChronoUnit.DAYS.between(from.get(), to.get()) + 1;
        if (span < 1) {
            problems.cell(shown, n, "date_end", end, "a date not before date_start " + start);
            return Optional.empty();
        }
        if (span > precision.get().maxSpanDays()) {
            problems.cell(shown, n, "date_end", end, "a date at most " + precision.get().maxSpanDays()
                    + " days from date_start " + start + " (counting both) for date_precision " + precisionCode
                    + ", found " + span);
            return Optional.empty();
        }
        return Optional.of(new Engagement.Dates(from.get(), to.get(), precision.get()));
    }

    private Optional<LocalDate> date(int n, String column, String value) {
        try {
            return Optional.of(LocalDate.parse(value));
        } catch (DateTimeParseException e) {
            problems.cell(shown, n, column, value, "a date yyyy-MM-dd");
            return Optional.empty();
        }
    }

    private void venue(int n, String venue, Optional<Mode> mode) {
        if (venue.isEmpty()) {
            return;
        }
        if (mode.filter(Mode::remote).isPresent()) {
            problems.cell(shown, n, "venue", venue, "no venue for mode " + mode.get().code() + " (calls have none)");
        } else if (venue.matches(ArticleRows.ID_PATTERN) && Names.findPlace(data.vocabulary(), venue).isEmpty()) {
            problems.cell(shown, n, "venue", venue, "a place id of " + dataName + "/" + Schema.PLACES_FILE
                    + ", or a city name (capitalised) for a place outside it");
        } else if (!venue.matches(ArticleRows.ID_PATTERN) && !Names.isName(venue)) {
            problems.cell(shown, n, "venue", venue, "a place id or a city name");
        }
    }

    private List<String> participants(int n, String column, String cell, Side side) {
        if (cell.isEmpty()) {
            return List.of();
        }
        List<String> tokens = new ArrayList<>();
        for (String token : cell.split(Schema.LIST_SEPARATOR, -1)) {
            String t = token.strip();
            if (t.matches(ArticleRows.ID_PATTERN)) {
                Optional<Side> of = Names.sideOf(data.vocabulary(), t);
                if (of.isEmpty()) {
                    problems.cell(shown, n, column, t, "a person id of " + dataName + "/" + Schema.PEOPLE_FILE
                            + ", or 'Name (Title)' for a person outside it");
                } else if (of.get() != side) {
                    problems.cell(shown, n, column, t, "a " + side.code() + " person; " + dataName + "/"
                            + Schema.PEOPLE_FILE + " has " + t + " as " + of.get().code());
                }
            } else if (Names.parsePerson(t).isEmpty()) {
                problems.cell(shown, n, column, t, "a person id, or 'Name (Title)' for a person outside "
                        + dataName + "/" + Schema.PEOPLE_FILE);
            }
            tokens.add(t);
        }
        return tokens;
    }

    private void evidence(int n, String article, String evidence) {
        if (evidence.isBlank()) {
            problems.cell(shown, n, "evidence", evidence, "the sentence of the article that reports the engagement");
            return;
        }
        String text = texts.get(article);
        if (text != null && !Names.squeeze(text).contains(Names.squeeze(evidence))) {
            problems.cell(shown, n, "evidence", evidence, "a quote found in the text of article " + article
                    + " (white space may differ)");
        }
    }

    /** Rows of one key: the same curated engagement, and no two different venues or modes. */
    private void agree(List<GoldRow> rows) {
        Map<String, GoldRow> first = new HashMap<>();
        Map<String, GoldRow> firstVenue = new HashMap<>();
        Map<String, GoldRow> firstMode = new HashMap<>();
        for (GoldRow row : rows) {
            GoldRow earlier = first.putIfAbsent(row.key(), row);
            if (earlier != null && !earlier.dataId().equals(row.dataId())) {
                problems.cell(shown, row.line(), "data_id", row.dataId(), "\"" + earlier.dataId() + "\" as on line "
                        + earlier.line() + " for key " + row.key());
            }
            if (!row.venue().isEmpty()) {
                GoldRow v = firstVenue.putIfAbsent(row.key(), row);
                if (v != null && !Names.venue(data.vocabulary(), v.venue()).equals(Names.venue(data.vocabulary(),
                        row.venue()))) {
                    problems.cell(shown, row.line(), "venue", row.venue(), "\"" + v.venue() + "\" as on line "
                            + v.line() + " for key " + row.key() + " (or empty)");
                }
            }
            if (row.mode().isPresent()) {
                GoldRow m = firstMode.putIfAbsent(row.key(), row);
                if (m != null && !m.mode().equals(row.mode())) {
                    problems.cell(shown, row.line(), "mode", row.mode().get().code(), "\"" + m.mode().get().code()
                            + "\" as on line " + m.line() + " for key " + row.key() + " (or empty)");
                }
            }
        }
    }

    private static <E extends Enum<E>> Optional<E> find(E[] values, String code) {
        for (E value : values) {
            if (value.name().toLowerCase(java.util.Locale.ROOT).equals(code)) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }

    private static String codes(Enum<?>[] values) {
        List<String> codes = new ArrayList<>();
        for (Enum<?> value : values) {
            codes.add(value.name().toLowerCase(java.util.Locale.ROOT));
        }
        return String.join(", ", codes);
    }
}
