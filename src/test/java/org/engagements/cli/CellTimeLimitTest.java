package org.engagements.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

class CellTimeLimitTest {
    @TempDir
    Path folder;

    @Test
    void plainDecimalSecondsBecomeMilliseconds() {
        assertEquals(Duration.ofSeconds(120), CellTimeLimit.parse("120", false));
        assertEquals(Duration.ofMillis(1500), CellTimeLimit.parse("1.5", false));
        assertEquals(Duration.ofMillis(1), CellTimeLimit.parse("0.001", false));
        assertEquals(Duration.ofDays(7), CellTimeLimit.parse("604800", false));
    }

    @Test
    void theKernelTakesZeroForNoLimitAndRunDoesNot() {
        assertEquals(CellTimeLimit.LONGEST, CellTimeLimit.parse("0", true));
        assertEquals(CellTimeLimit.LONGEST, CellTimeLimit.parse("0.0", true));
        assertThrows(CommandLine.TypeConversionException.class, () -> CellTimeLimit.parse("0", false));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e10", "Infinity", "-Infinity", "NaN", "1e-300", "-1", "0.0001", "604801",
        "9999999999999999999", "", "ten", "0x10", "1,5"})
    void anythingElseIsRefusedNamingTheValue(String value) {
        CommandLine.TypeConversionException e = assertThrows(CommandLine.TypeConversionException.class,
                () -> CellTimeLimit.parse(value, false));
        assertTrue(e.getMessage().contains("expected a number of seconds from 0.001 to 604800"), e.getMessage());
        assertTrue(e.getMessage().contains("\"" + value + "\""), e.getMessage());
    }

    /** The tester's cases: each was an "internal error", or ran the notebooks before failing. */
    @ParameterizedTest
    @ValueSource(strings = {"1e10", "Infinity", "1e-300"})
    void runRefusesAnOddTimeLimitBeforeRunningAnything(String value) throws Exception {
        Path notebook = Files.writeString(folder.resolve("n.jsh"), "// %%\nFiles.writeString(Path.of(\""
                + folder.resolve("ran").toString().replace("\\", "\\\\") + "\"), \"x\");\n");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.execute(new String[] {"run", "--out", folder.resolve("out").toString(), "--timeout", value,
            notebook.toString()}, new PrintWriter(out), new PrintWriter(err));

        assertEquals(1, status, err.toString());
        assertTrue(err.toString().contains("--timeout"), err.toString());
        assertTrue(err.toString().contains("expected a number of seconds"), err.toString());
        assertFalse(err.toString().contains("internal error"), err.toString());
        assertFalse(Files.exists(folder.resolve("ran")));
        assertFalse(Files.exists(folder.resolve("out")));
    }

    @Test
    void theKernelRefusesANegativeLimit() {
        StringWriter err = new StringWriter();
        int status = Main.execute(new String[] {"kernel", "--timeout", "-1"}, new PrintWriter(new StringWriter()),
                new PrintWriter(err));

        assertEquals(1, status, err.toString());
        assertTrue(err.toString().contains("expected 0 (no limit) or a number of seconds"), err.toString());
    }
}
