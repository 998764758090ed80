package org.engagements.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.engagements.core.JsonLimits;

/**
 * The DuckDB peer of {@code ./engagements validate} and of the report's counting analyses, for
 * {@code bench/run-benchmarks.sh}: the same work as {@code bench/peers/pandas_validate.py}, as SQL through
 * DuckDB's JDBC driver (test scope only; the product never loads it). Reads the three CSV files of a data
 * folder as text, checks unique ids, references (mentions, vocabularies), codes and date order, then counts
 * engagements per quarter × status, venue, issue and (US, CN) participant pair.
 *
 * <pre>java -cp target/test-classes:target/classes:CLASSPATH org.engagements.bench.DuckDbPeer DATA_DIR</pre>
 *
 * Prints what the pandas peer prints (a summary, up to 20 problems, then wall, CPU and peak RSS of this
 * process) and exits 1 when the data has problems, 2 on bad usage.
 */
public final class DuckDbPeer {
    static final int MAX_PROBLEMS = 100;
    private static final int SHOWN_PROBLEMS = 20;
    private static final ObjectMapper JSON = JsonLimits.mapper().build();
    private static final String STATUSES = "'held', 'planned', 'proposed', 'requested', 'declined', 'postponed', 'cancelled'";

    /** The codes each code column allows (docs/data.md), as SQL lists. */
    private static final List<List<String>> CODES = List.of(
            List.of("date_precision", "'day', 'week', 'month', 'season', 'quarter', 'year'"),
            List.of("status", STATUSES),
            List.of("mode", "'visit', 'third_party', 'multilateral', 'phone', 'video'"),
            List.of("host_side", "'US', 'CN', 'third', 'none'"),
            List.of("level", "'leader', 'cabinet', 'adviser', 'deputy', 'envoy', 'military'"));

    private DuckDbPeer() {
    }

    /** What one run found: row counts, problems (the first {@value #MAX_PROBLEMS}) and the counts' sizes. */
    record Result(long articles, long engagements, long mentions, long problemCount, List<String> problems,
            long quarterStatusCells, long venues, long issues, long pairs, String topPair) {
        Result {
            problems = List.copyOf(problems);
        }
    }

    public static void main(String[] args) throws SQLException, IOException {
        if (args.length != 1 || !Files.isDirectory(Path.of(args[0]))) {
            System.err.println("usage: DuckDbPeer DATA_DIR  (DATA_DIR holds engagements.csv, ...)");
            System.exit(2);
        }
        Result result;
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:")) {
            result = run(connection, Path.of(args[0]));
        }
        print(result);
        System.exit(result.problemCount() == 0 ? 0 : 1);
    }

    /** Loads, checks and counts in an empty DuckDB database (in memory). */
    static Result run(Connection connection, Path data) throws SQLException, IOException {
        try (Statement sql = connection.createStatement()) {
            for (String file : List.of("articles", "engagements", "mentions")) {
                sql.execute(load(file, data.resolve(file + ".csv")));
            }
            for (String vocabulary : List.of("people", "places", "issues")) {
                loadIds(connection, vocabulary, data.resolve("vocab").resolve(vocabulary + ".json"));
            }
            sql.execute("CREATE TEMP TABLE problems AS " + problems());
            for (String count : counts()) {
                sql.execute(count);
            }
            List<String> shown = strings(sql, "SELECT file || ':' || line || ': ' || col || ' \"' || coalesce(value, '')"
                    + " || '\": expected ' || expected FROM problems ORDER BY file, line, col LIMIT " + MAX_PROBLEMS);
            String top = strings(sql, "SELECT us || ' + ' || cn || ' (' || format('{:,}', engagements) || ')'"
                    + " FROM pairs ORDER BY engagements DESC, us, cn LIMIT 1").stream().findFirst().orElse("");
            return new Result(count(sql, "articles"), count(sql, "engagements"), count(sql, "mentions"),
                    count(sql, "problems"), shown, count(sql, "per_quarter"), count(sql, "per_venue"),
                    count(sql, "per_issue"), count(sql, "pairs"), top);
        }
    }

    /** Every cell as text (as pandas' dtype=str), empty cells as '', with the file's line number. */
    private static String load(String table, Path csv) {
        return "CREATE TABLE " + table + " AS SELECT row_number() OVER () + 1 AS line, *"
                + " FROM read_csv(" + literal(csv) + ", header = true, all_varchar = true, quote = '\"',"
                + " escape = '\"', nullstr = '\\N')";
    }

    private static void loadIds(Connection connection, String table, Path json) throws SQLException, IOException {
        try (Statement sql = connection.createStatement()) {
            sql.execute("CREATE TABLE " + table + " (id VARCHAR PRIMARY KEY)");
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + table + " VALUES (?)")) {
            for (JsonNode entry : JSON.readTree(json.toFile())) {
                insert.setString(1, entry.path("id").asText());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** One row per problem: file, line, col, value, expected. */
    private static String problems() {
        List<String> parts = new ArrayList<>(List.of(
                duplicates("articles", "id", "id", "a unique id"),
                duplicates("engagements", "id", "id", "a unique id"),
                duplicates("mentions", "article_id, engagement_id", "engagement_id",
                        "one mention per article and engagement"),
                "SELECT 'mentions.csv', m.line, 'article_id', m.article_id, 'an id from articles.csv'"
                        + " FROM mentions m ANTI JOIN articles a ON m.article_id = a.id",
                "SELECT 'mentions.csv', m.line, 'engagement_id', m.engagement_id, 'an id from engagements.csv'"
                        + " FROM mentions m ANTI JOIN engagements e ON m.engagement_id = e.id",
                "SELECT 'engagements.csv', e.line, 'id', e.id, 'an engagement that mentions.csv mentions'"
                        + " FROM engagements e ANTI JOIN mentions m ON m.engagement_id = e.id",
                "SELECT 'mentions.csv', line, 'reported_status', reported_status, 'one of " + STATUSES.replace("'", "")
                        + "' FROM mentions WHERE reported_status NOT IN (" + STATUSES + ")",
                badDate("engagements", "date_start"), badDate("engagements", "date_end"), badDate("articles", "published"),
                "SELECT 'engagements.csv', line, 'date_end', date_end, 'a date not before date_start' FROM engagements"
                        + " WHERE try_strptime(date_end, '%Y-%m-%d') < try_strptime(date_start, '%Y-%m-%d')",
                "SELECT 'engagements.csv', e.line, 'venue', e.venue, 'a place id from vocab/places.json'"
                        + " FROM engagements e ANTI JOIN places p ON e.venue = p.id WHERE e.venue <> ''",
                unknownIds("us_participants", "people"), unknownIds("cn_participants", "people"),
                unknownIds("issues", "issues")));
        for (List<String> code : CODES) {
            parts.add("SELECT 'engagements.csv', line, '" + code.get(0) + "', " + code.get(0) + ", 'one of "
                    + code.get(1).replace("'", "") + "' FROM engagements WHERE " + code.get(0)
                    + " NOT IN (" + code.get(1) + ")");
        }
        return "SELECT * FROM (" + String.join("\nUNION ALL ", parts) + ") AS p(file, line, col, value, expected)";
    }

    private static String duplicates(String table, String key, String column, String expected) {
        return "SELECT '" + table + ".csv', line, '" + column + "', " + column + ", '" + expected + "' FROM (SELECT line, "
                + column + ", row_number() OVER (PARTITION BY " + key + " ORDER BY line) AS k FROM " + table
                + ") WHERE k > 1";
    }

    private static String badDate(String table, String column) {
        return "SELECT '" + table + ".csv', line, '" + column + "', " + column + ", 'a date yyyy-MM-dd' FROM " + table
                + " WHERE try_strptime(" + column + ", '%Y-%m-%d') IS NULL";
    }

    /** Rows of engagements whose ;-separated list names an id its vocabulary lacks (once per row). */
    private static String unknownIds(String column, String vocabulary) {
        return "SELECT DISTINCT 'engagements.csv', t.line, '" + column + "', t.list, 'ids from vocab/" + vocabulary
                + ".json' FROM (SELECT line, " + column + " AS list, unnest(string_split(" + column + ", ';')) AS id"
                + " FROM engagements WHERE " + column + " <> '') t ANTI JOIN " + vocabulary + " v ON t.id = v.id";
    }

    /** The report's counting analyses, each kept as a table (as the analyses keep theirs). */
    private static List<String> counts() {
        return List.of(
                "CREATE TEMP TABLE per_quarter AS SELECT date_trunc('quarter', try_strptime(date_start, '%Y-%m-%d'))"
                        + " AS quarter, status, count(*) AS engagements FROM engagements GROUP BY ALL",
                "CREATE TEMP TABLE per_venue AS SELECT venue, count(*) AS engagements FROM engagements"
                        + " WHERE venue <> '' GROUP BY venue",
                "CREATE TEMP TABLE per_issue AS SELECT issue, count(*) AS engagements FROM (SELECT"
                        + " unnest(string_split(issues, ';')) AS issue FROM engagements WHERE issues <> '') GROUP BY issue",
                "CREATE TEMP TABLE pairs AS WITH"
                        + " u AS (SELECT line, unnest(string_split(us_participants, ';')) AS us FROM engagements"
                        + " WHERE us_participants <> ''),"
                        + " c AS (SELECT line, unnest(string_split(cn_participants, ';')) AS cn FROM engagements"
                        + " WHERE cn_participants <> '')"
                        + " SELECT us, cn, count(*) AS engagements FROM u JOIN c USING (line) GROUP BY us, cn");
    }

    private static long count(Statement sql, String table) throws SQLException {
        try (ResultSet rows = sql.executeQuery("SELECT count(*) FROM " + table)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static List<String> strings(Statement sql, String query) throws SQLException {
        List<String> out = new ArrayList<>();
        try (ResultSet rows = sql.executeQuery(query)) {
            while (rows.next()) {
                out.add(rows.getString(1));
            }
        }
        return out;
    }

    private static String literal(Path path) {
        return "'" + path.toAbsolutePath().toString().replace("'", "''") + "'";
    }

    private static void print(Result r) {
        if (r.problemCount() > 0) {
            r.problems().stream().limit(SHOWN_PROBLEMS).forEach(System.out::println);
            System.out.println("data: " + r.problemCount() + " problems");
        } else {
            System.out.printf(Locale.US, "data: OK — %,d articles, %,d engagements, %,d mentions%n",
                    r.articles(), r.engagements(), r.mentions());
        }
        System.out.printf(Locale.US, "counts: %,d quarter x status cells, %,d venues, %,d issues, %,d participant pairs;"
                + " most frequent pair %s%n", r.quarterStatusCells(), r.venues(), r.issues(), r.pairs(), r.topPair());
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        System.out.printf(Locale.US, "wall %.2f s, cpu %.2f s, peak rss %d MB%n",
                ManagementFactory.getRuntimeMXBean().getUptime() / 1e3, os.getProcessCpuTime() / 1e9, peakRssMegabytes());
    }

    /** VmHWM of /proc/self/status (Linux), -1 elsewhere: the JVM's heap plus DuckDB's native memory. */
    private static long peakRssMegabytes() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }
}
