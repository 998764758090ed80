package org.engagements.bench;

import java.util.concurrent.TimeUnit;
import org.engagements.data.Dataset;
import org.engagements.data.DatasetLoader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Each analysis on a loaded dataset of {@code size} generated engagements (loading not timed). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class AnalysisBenchmark {
    @Param("1000")
    public int size;

    @Param({"FREQUENCY_PER_QUARTER", "FREQUENCY_BY_STATUS", "FREQUENCY_BY_MODE", "FREQUENCY_BY_LEVEL",
        "FREQUENCY_WIDE", "LEADER_GAPS", "VENUES", "VENUE_COUNTRIES", "HOST_SIDES", "ISSUES", "ISSUES_BY_YEAR",
        "COOCCURRENCE", "COOCCURRENCE_MATRIX", "ISSUE_WORDS", "PAIRS", "MOST_ACTIVE", "HELD_BETWEEN"})
    public Analysis analysis;

    private Dataset data;

    @Setup
    public void setUp() {
        data = DatasetLoader.load(BenchData.folder(size));
    }

    @Benchmark
    public Object run() {
        return analysis.run(data);
    }
}
