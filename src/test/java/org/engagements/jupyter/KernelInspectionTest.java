package org.engagements.jupyter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.engagements.jupyter.wire.ConnectionInfo;
import org.engagements.jupyter.wire.ReplyStatus;
import org.engagements.jupyter.wire.ShellContent;
import org.engagements.notebook.session.SessionOptions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Shift-Tab: inspect_request over real sockets to the real backend, at the cursor positions a person
 * uses and at Jupyter's two detail levels (0, which Jupyter Notebook's tooltip asks for, and 1). The
 * JDK's Javadoc needs its lib/src.zip (Debian: openjdk-17-source); Tablesaw's comes from the sources jar
 * the build fetched beside its jar, ours from src/main/java.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KernelInspectionTest {
    private static final Duration REPLY_WAIT = Duration.ofSeconds(60);
    private Kernel kernel;
    private KernelClient client;

    @BeforeAll
    void start() {
        kernel = Kernel.start(ConnectionInfo.loopback("test-key"), NotebookBackend.start(SessionOptions.defaults()),
                KernelOptions.defaults());
        client = new KernelClient(kernel.connectionInfo()).awaitReady();
        client.execute("import org.engagements.*;\nTable table = Table.create(\"t\");");
        assertEquals(ReplyStatus.OK, client.shellReply(REPLY_WAIT).content(ShellContent.ExecuteReply.class).status());
    }

    @AfterAll
    void stop() {
        client.close();
        kernel.close();
    }

    /** What the kernel shows for {@code marked}, code with {@code |} at the cursor. */
    private Optional<String> inspect(String marked, int detailLevel) {
        int cursor = marked.indexOf('|');
        String code = marked.substring(0, cursor) + marked.substring(cursor + 1);
        client.shell(new ShellContent.InspectRequest(code, code.codePointCount(0, cursor), detailLevel));
        ShellContent.InspectReply reply = client.shellReply(REPLY_WAIT).content(ShellContent.InspectReply.class);
        assertEquals(ReplyStatus.OK, reply.status());
        assertEquals(reply.found(), reply.data().containsKey("text/plain"));
        return Optional.ofNullable((String) reply.data().get("text/plain"));
    }

    @Test
    void mathMaxShowsItsSignaturesAndFirstSentenceWhereverTheCursorIsOnOrAfterTheName() {
        for (String marked : List.of("Math.m|ax", "Math.max|", "Math.|max(1, 2)",
                "Math.max(|", "Math.max(1, |2)", "Math.max(1, 2)|", "int top = Math.max(top, |x);", "Math.ma|x(3, 4)")) {
            String brief = inspect(marked, 0).orElseThrow(() -> new AssertionError("nothing for " + marked));
            assertTrue(brief.startsWith("int Math.max(int a, int b)\n    Returns the greater of two int values.\n"
                    + "long Math.max(long a, long b)\n    Returns the greater of two long values."), marked + ":\n" + brief);
            assertFalse(brief.contains("Parameters:"), brief);
        }
    }

    @Test
    void detailLevelOneShowsTheWholeJavadocWithItsSections() {
        String full = inspect("Math.max|", 1).orElseThrow();

        assertTrue(full.startsWith("""
                int Math.max(int a, int b)

                    Returns the greater of two int values. That is, the result is the argument
                    closer to the value of Integer.MAX_VALUE. If the arguments have the same
                    value, the result is that same value.

                    Parameters:
                      a - an argument.
                      b - another argument.
                    Returns:
                      the larger of a and b.

                long Math.max(long a, long b)
                """), full);
        assertFalse(full.contains("{@"), full);
    }

    @Test
    void tablesawsMethodsShowTheirJavadoc() {
        String create = inspect("Table.cre|ate", 0).orElseThrow();
        assertTrue(create.contains("Table Table.create(String tableName)\n"
                + "    Returns a new, empty table (without rows or columns) with the given name\n"), create);

        String select = inspect("table.selectColumns|", 1).orElseThrow();
        assertTrue(select.contains("Table Table.selectColumns(String... columnNames)\n\n"
                + "    Returns a new table containing copies of the selected columns from this\n    table\n\n"
                + "    Parameters:\n      columnNames - The names of the columns to include\n"), select);

        String type = inspect("Tab|le", 0).orElseThrow();
        assertTrue(type.startsWith("tech.tablesaw.api.Table\n    A table of data"), type);
    }

    @Test
    void ourApiShowsItsJavadoc() {
        String brief = inspect("Dataset data = Engagements.lo|ad();", 0).orElseThrow();
        assertTrue(brief.startsWith("org.engagements.data.Dataset Engagements.load()\n    Loads the data folder of this "
                + "session: the one run, report, the kernel and\n    the shell were given with --data"), brief);

        String full = inspect("Engagements.load(|)", 1).orElseThrow();
        assertTrue(full.contains("    Throws:\n      EngagementsException - when there is no data folder there\n"), full);
    }

    @Test
    void aVariableShowsItsTypeAndItsClasssSummaryAndNothingIsFoundInStringsOrForUnknownNames() {
        assertEquals(Optional.of("tech.tablesaw.api.Table table\n    A table of data, consisting of some number of "
                + "columns, each of which has the\n    same number of rows."), inspect("tab|le", 0));
        client.execute("String greeting = \"hi\";\nint count = 1;");
        client.shellReply(REPLY_WAIT);
        assertEquals(Optional.of("java.lang.String greeting\n    The String class represents character strings."),
                inspect("greeting|", 0));
        assertEquals(Optional.of("int count"), inspect("count|", 0));
        assertEquals(Optional.empty(), inspect("\"Math.m|ax\"", 0));
        assertEquals(Optional.empty(), inspect("qqq|", 0));
        assertEquals(Optional.empty(), inspect("|", 0));
    }
}
