package org.engagements.data;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * The dataset's schema, in one place: every file, every column, its type and meaning. Loaders,
 * validators, analyses and the README's data model all take their column names from here.
 *
 * <p>Files under the data folder: {@code articles.csv}, {@code engagements.csv}, {@code mentions.csv},
 * the article texts in {@code articles/}, and the vocabularies {@code vocab/people.json},
 * {@code vocab/places.json} and {@code vocab/issues.json}.
 */
public final class Schema {
    private Schema() {
    }

    /** What a cell of a CSV column holds. */
    public enum ColumnType {
        /** Free text; may be empty unless the column is required. */
        TEXT,
        /** An identifier: lower-case letters, digits and hyphens. */
        ID,
        /** An ISO date, {@code yyyy-MM-dd}. */
        DATE,
        /** One of a closed set of codes (see the column's enum). */
        CODE,
        /** Identifiers separated by {@code ;}, no spaces. */
        ID_LIST
    }

    /** One CSV column: its header name, type, whether a value is required, and what it means. */
    public record Column(String name, ColumnType type, boolean required, String description) {
    }

    /** One CSV file: its name inside the data folder and its columns, in header order. */
    public record CsvFile(String fileName, List<Column> columns, String description) {
        public List<String> headers() {
            return columns.stream().map(Column::name).toList();
        }
    }

    // Column names. Shared names ("id", "title") mean the same thing in every file that has them.
    public static final String ID = "id";
    public static final String TITLE = "title";

    public static final String FILE = "file";
    public static final String OUTLET = "outlet";
    public static final String PUBLISHED = "published";
    public static final String PUBLISHED_BASIS = "published_basis";
    public static final String URL = "url";

    public static final String DATE_START = "date_start";
    public static final String DATE_END = "date_end";
    public static final String DATE_PRECISION = "date_precision";
    public static final String STATUS = "status";
    public static final String MODE = "mode";
    public static final String HOST_SIDE = "host_side";
    public static final String LEVEL = "level";
    public static final String US_PARTICIPANTS = "us_participants";
    public static final String CN_PARTICIPANTS = "cn_participants";
    public static final String VENUE = "venue";
    public static final String OCCASION = "occasion";
    public static final String ISSUES = "issues";
    public static final String NOTES = "notes";

    public static final String ARTICLE_ID = "article_id";
    public static final String ENGAGEMENT_ID = "engagement_id";
    public static final String REPORTED_STATUS = "reported_status";
    public static final String DATE_EXPRESSION = "date_expression";
    public static final String QUOTE = "quote";

    // Columns of the vocabulary tables and of the derived long tables.
    public static final String NAME = "name";
    public static final String COUNTRY = "country";
    public static final String CITY = "city";
    public static final String LATITUDE = "latitude";
    public static final String LONGITUDE = "longitude";
    public static final String LABEL = "label";
    public static final String PARENT = "parent";
    public static final String PERSON_ID = "person_id";
    public static final String SIDE = "side";
    public static final String ISSUE_ID = "issue_id";

    /** Separator inside {@link ColumnType#ID_LIST} cells. */
    public static final String LIST_SEPARATOR = ";";

    public static final String ARTICLES_FOLDER = "articles";
    public static final String VOCAB_FOLDER = "vocab";
    public static final String PEOPLE_FILE = "vocab/people.json";
    public static final String PLACES_FILE = "vocab/places.json";
    public static final String ISSUES_FILE = "vocab/issues.json";

    public static final CsvFile ARTICLES = new CsvFile("articles.csv", List.of(
            new Column(ID, ColumnType.ID, true, "article id, e.g. a000"),
            new Column(FILE, ColumnType.TEXT, true, "the article text, a file name inside articles/"),
            new Column(OUTLET, ColumnType.TEXT, true, "the news outlet that published it"),
            new Column(PUBLISHED, ColumnType.DATE, true, "publication date, yyyy-MM-dd"),
            new Column(PUBLISHED_BASIS, ColumnType.TEXT, true,
                    "how the date and outlet are known: stated, or inferred from what in the text"),
            new Column(TITLE, ColumnType.TEXT, true, "headline, or a descriptive title when the text has none"),
            new Column(URL, ColumnType.TEXT, false, "where the article was read, when known")),
            "one row per news article; the text is in articles/");

    public static final CsvFile ENGAGEMENTS = new CsvFile("engagements.csv", List.of(
            new Column(ID, ColumnType.ID, true, "engagement id, e.g. e001"),
            new Column(TITLE, ColumnType.TEXT, true, "short description"),
            new Column(DATE_START, ColumnType.DATE, true, "first day the articles allow, yyyy-MM-dd"),
            new Column(DATE_END, ColumnType.DATE, true, "last day the articles allow, yyyy-MM-dd, not before date_start"),
            new Column(DATE_PRECISION, ColumnType.CODE, true, "day, week, month, season, quarter or year"),
            new Column(STATUS, ColumnType.CODE, true,
                    "held, planned, proposed, requested, declined, postponed or cancelled: the latest the articles support"),
            new Column(MODE, ColumnType.CODE, true, "visit, third_party, multilateral, phone or video"),
            new Column(HOST_SIDE, ColumnType.CODE, true, "US, CN, third or none (calls)"),
            new Column(LEVEL, ColumnType.CODE, true,
                    "highest level present: leader, cabinet, adviser, deputy, envoy or military"),
            new Column(US_PARTICIPANTS, ColumnType.ID_LIST, false, "US people ids from vocab/people.json"),
            new Column(CN_PARTICIPANTS, ColumnType.ID_LIST, false, "Chinese people ids from vocab/people.json"),
            new Column(VENUE, ColumnType.ID, false, "place id from vocab/places.json; empty for calls"),
            new Column(OCCASION, ColumnType.TEXT, false, "the event it is part of, e.g. G20 summit"),
            new Column(ISSUES, ColumnType.ID_LIST, false, "issue ids from vocab/issues.json"),
            new Column(NOTES, ColumnType.TEXT, false, "coder's notes: what comes from the public record, doubts")),
            "one row per real-world US–China engagement, merged across articles");

    public static final CsvFile MENTIONS = new CsvFile("mentions.csv", List.of(
            new Column(ARTICLE_ID, ColumnType.ID, true, "an id from articles.csv"),
            new Column(ENGAGEMENT_ID, ColumnType.ID, true, "an id from engagements.csv"),
            new Column(REPORTED_STATUS, ColumnType.CODE, true, "the status this article gives the engagement"),
            new Column(DATE_EXPRESSION, ColumnType.TEXT, false, "the article's words for the date, e.g. next week"),
            new Column(QUOTE, ColumnType.TEXT, true, "the supporting sentence, exactly as written in the article")),
            "one row per article × engagement, with the supporting quote");

    public static final List<CsvFile> CSV_FILES = List.of(ARTICLES, ENGAGEMENTS, MENTIONS);

    /**
     * The codes a {@link ColumnType#CODE} column allows, in their enum's order.
     *
     * @throws IllegalArgumentException if the column is not a code column (a bug in the caller)
     */
    public static List<String> codes(String column) {
        return switch (column) {
            case DATE_PRECISION -> codesOf(DatePrecision.values(), DatePrecision::code);
            case STATUS, REPORTED_STATUS -> codesOf(Status.values(), Status::code);
            case MODE -> codesOf(Mode.values(), Mode::code);
            case HOST_SIDE -> codesOf(HostSide.values(), HostSide::code);
            case LEVEL -> codesOf(Level.values(), Level::code);
            default -> throw new IllegalArgumentException("not a code column: " + column);
        };
    }

    private static <E> List<String> codesOf(E[] values, Function<E, String> code) {
        return Arrays.stream(values).map(code).toList();
    }
}
