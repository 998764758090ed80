package org.engagements.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.engagements.core.EngagementsException;
import org.engagements.synthetic.SyntheticData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MemoryCheckTest {
    @TempDir
    static Path temp;
    static Path data;

    @BeforeAll
    static void generate() {
        data = temp.resolve("data");
        SyntheticData.write(data, 20_000, 1);
    }

    @Test
    void theMessageNamesTheFileTheRowsTheHeapAndWhatToRunWith() {
        assertEquals("data/engagements.csv: not enough memory to load 3,000,000 rows with -Xmx512m; run with "
                + "ENGAGEMENTS_JAVA_OPTS=-Xmx3g", MemoryCheck.message("data/engagements.csv", 3_000_000,
                512L << 20, 700L << 20));
    }

    @Test
    void dataClearlyTooLargeForTheHeapFailsBeforeReading() {
        EngagementsException e = assertThrows(EngagementsException.class,
                () -> MemoryCheck.upFront(DataFolder.of(data), 4L << 20));
        assertTrue(e.getMessage().startsWith("data/mentions.csv: not enough memory to load 2"), e.getMessage());
    }

    @Test
    void dataThatFitsPassesTheEstimate() {
        MemoryCheck.upFront(DataFolder.of(data), 1L << 30);
    }

    @Test
    void runningOutOfMemoryWhileLoadingEndsWithTheMessageAndExitCode1() throws Exception {
        Result result = validateIn(List.of("-Xmx16m", "-D" + MemoryCheck.ESTIMATE_PROPERTY + "=false"));
        assertEquals(1, result.exit(), result.output());
        assertTrue(result.output().matches("(?s)error: data/\\S+: not enough memory to load .* with -Xmx16m; "
                + "run with ENGAGEMENTS_JAVA_OPTS=-Xmx1g\\R"), result.output());
    }

    @Test
    void theUpFrontEstimateStopsTheSameWayWithoutReading() throws Exception {
        Result result = validateIn(List.of("-Xmx12m"));
        assertEquals(1, result.exit(), result.output());
        assertTrue(result.output().startsWith("error: data/mentions.csv: not enough memory to load 2"),
                result.output());
    }

    private record Result(int exit, String output) {
    }

    /** {@code engagements validate} on the generated data in a JVM of its own with {@code options}. */
    private static Result validateIn(List<String> options) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(options);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "org.engagements.cli.Main",
                "validate", "--data", data.toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Result(process.waitFor(), output);
    }
}
