package org.engagements.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Collection;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * The JMH suite still runs: one tiny iteration of the load, analysis and chart benchmarks on 200
 * generated engagements, in this JVM. Checks that results come back, never how fast (timings belong to
 * bench/run-benchmarks.sh). Slow (a few seconds), so CI runs it with {@code -Pslow}.
 */
@Tag("slow")
class BenchmarkSmokeTest {
    @TempDir
    Path temp;

    @Test
    void oneTinyIterationOfEachBenchmarkKindGivesAResult() throws Exception {
        System.setProperty(BenchData.ROOT_PROPERTY, temp.toString());
        Collection<RunResult> results = new Runner(new OptionsBuilder()
                .include("LoadBenchmark.validate|AnalysisBenchmark.run|ChartRenderBenchmark.buildAndRender")
                .param("size", "200")
                .param("analysis", "FREQUENCY_BY_STATUS")
                .param("chart", "timeline")
                .forks(0)
                .warmupIterations(0)
                .measurementIterations(1)
                .measurementTime(TimeValue.milliseconds(50))
                .shouldFailOnError(true)
                .build()).run();
        assertEquals(3, results.size());
        for (RunResult result : results) {
            assertTrue(result.getPrimaryResult().getScore() > 0, result.getParams().getBenchmark());
        }
    }
}
