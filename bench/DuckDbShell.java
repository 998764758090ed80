import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;

/**
 * DuckDB's command-line shell is not packaged for Debian; this is the part of it docs/scaling.md needs:
 * runs the SQL script on standard input through DuckDB's JDBC driver and prints each query's rows as a
 * table. Statements end with a semicolon at the end of a line; lines starting with {@code --} are
 * comments. The database is in memory unless a file is named.
 *
 * <pre>
 * java -cp duckdb_jdbc-2.0.0.1.jar bench/DuckDbShell.java [DATABASE_FILE] &lt; script.sql
 * </pre>
 *
 * Exits 1 at the first failing statement, naming its line and DuckDB's message, 2 on bad usage.
 */
public final class DuckDbShell {
    private static boolean printed;   // a blank line goes between tables, none after the last

    private DuckDbShell() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length > 1 || args.length == 1 && args[0].startsWith("-")) {
            System.err.println("usage: java -cp duckdb_jdbc.jar bench/DuckDbShell.java [DATABASE_FILE] < script.sql");
            System.exit(2);
        }
        String url = "jdbc:duckdb:" + (args.length == 1 ? args[0] : "");
        List<Sql> statements = split(new String(System.in.readAllBytes(), StandardCharsets.UTF_8));
        try (Connection connection = DriverManager.getConnection(url); Statement sql = connection.createStatement()) {
            for (Sql statement : statements) {
                try {
                    if (sql.execute(statement.text())) {
                        try (ResultSet rows = sql.getResultSet()) {
                            print(rows);
                        }
                    }
                } catch (SQLException e) {
                    System.err.println("stdin:" + statement.line() + ": " + e.getMessage());
                    System.exit(1);
                }
            }
        } catch (SQLException e) {
            System.err.println(url + ": " + e.getMessage());
            System.exit(1);
        }
    }

    /** One statement and the line it starts on, for messages. */
    private record Sql(int line, String text) {
    }

    private static List<Sql> split(String script) {
        List<Sql> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int start = 0;
        String[] lines = script.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.startsWith("--") || line.isEmpty() && current.isEmpty()) {
                continue;
            }
            if (current.isEmpty()) {
                start = i + 1;
            }
            current.append(lines[i]).append('\n');
            if (line.endsWith(";")) {
                out.add(new Sql(start, current.toString().strip()));
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            out.add(new Sql(start, current.toString().strip()));
        }
        return out;
    }

    /** The rows as a table: a header, a rule, numbers aligned right, everything else left. */
    private static void print(ResultSet rows) throws SQLException {
        ResultSetMetaData meta = rows.getMetaData();
        int columns = meta.getColumnCount();
        List<String[]> cells = new ArrayList<>();
        String[] header = new String[columns];
        boolean[] numeric = new boolean[columns];
        for (int c = 0; c < columns; c++) {
            header[c] = meta.getColumnLabel(c + 1);
            numeric[c] = isNumeric(meta.getColumnType(c + 1));
        }
        cells.add(header);
        while (rows.next()) {
            String[] row = new String[columns];
            for (int c = 0; c < columns; c++) {
                String value = rows.getString(c + 1);
                row[c] = value == null ? "" : value;
            }
            cells.add(row);
        }
        if (printed) {
            System.out.println();
        }
        printed = true;
        int[] widths = new int[columns];
        for (String[] row : cells) {
            for (int c = 0; c < columns; c++) {
                widths[c] = Math.max(widths[c], row[c].length());
            }
        }
        for (int r = 0; r < cells.size(); r++) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < columns; c++) {
                String format = "%" + (numeric[c] ? "" : "-") + widths[c] + "s";
                line.append(c == 0 ? "" : "  ").append(String.format(format, cells.get(r)[c]));
            }
            System.out.println(line.toString().stripTrailing());
            if (r == 0) {
                System.out.println("-".repeat(line.toString().stripTrailing().length()));
            }
        }
    }

    private static boolean isNumeric(int type) {
        return switch (type) {
            case Types.TINYINT, Types.SMALLINT, Types.INTEGER, Types.BIGINT, Types.DECIMAL, Types.NUMERIC,
                 Types.FLOAT, Types.REAL, Types.DOUBLE -> true;
            default -> false;
        };
    }
}
