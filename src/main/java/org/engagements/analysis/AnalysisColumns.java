package org.engagements.analysis;

/**
 * The column names of every result table the analyses return, in one place. They are ours, stable,
 * lower-case with underscores, and never Tablesaw's generated names ({@code Count}, {@code Mean [x]}).
 * Where a result column carries an input column unchanged, it keeps the {@link org.engagements.data.Schema}
 * name ({@code venue}, {@code city}, {@code latitude}, {@code label}, {@code parent}, ...).
 */
public final class AnalysisColumns {
    private AnalysisColumns() {
    }

    /** A period label: {@code 2024-03} (month), {@code 2024-Q2} (quarter) or {@code 2024} (year). */
    public static final String PERIOD = "period";
    /** The first day of the period, a date; sorts and plots periods. */
    public static final String PERIOD_START = "period_start";
    /** The value a count is split by: a status, mode or level code. */
    public static final String KEY = "key";
    /** A number of engagements (int). */
    public static final String ENGAGEMENTS = "engagements";
    /** A fraction of all engagements in the table, 0 to 1 (double; 0 when there are none). */
    public static final String SHARE = "share";
    /** A calendar year (int). */
    public static final String YEAR = "year";

    /** Gaps between consecutive held leader-level meetings: the earlier engagement's id. */
    public static final String FROM_ID = "from_id";
    /** The later engagement's id. */
    public static final String TO_ID = "to_id";
    /** The earlier engagement's date_start. */
    public static final String FROM_DATE = "from_date";
    /** The later engagement's date_start. */
    public static final String TO_DATE = "to_date";
    /** Days from {@link #FROM_DATE} to {@link #TO_DATE} (int). */
    public static final String DAYS_BETWEEN = "days_between";

    /** Co-occurrence: the first issue id of a pair. */
    public static final String ISSUE_A = "issue_a";
    /** Co-occurrence: the second issue id of a pair. */
    public static final String ISSUE_B = "issue_b";
    /** Occurrences of an issue's synonyms in article text (int). */
    public static final String MENTIONS = "mentions";
    /** Number of articles whose text mentions an issue at least once (int). */
    public static final String ARTICLES = "articles";

    /** Who meets whom: the US person's id. */
    public static final String US_PERSON_ID = "us_person_id";
    /** The US person's name. */
    public static final String US_NAME = "us_name";
    /** The Chinese person's id. */
    public static final String CN_PERSON_ID = "cn_person_id";
    /** The Chinese person's name. */
    public static final String CN_NAME = "cn_name";
}
