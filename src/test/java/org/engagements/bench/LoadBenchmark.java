package org.engagements.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.engagements.data.Dataset;
import org.engagements.data.DatasetLoader;
import org.engagements.data.Problem;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Reading a data folder of {@code size} generated engagements: {@code validate} checks every rule,
 * {@code load} also builds the tables, {@code loadAndAnalyse} is the scale target (load, then every
 * analysis once). Each operation reads the files again (the page cache keeps them in memory).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class LoadBenchmark {
    @Param("1000")
    public int size;

    private Path folder;

    @Setup
    public void setUp() {
        folder = BenchData.folder(size);
    }

    @Benchmark
    public List<Problem> validate() {
        return DatasetLoader.validate(folder);
    }

    @Benchmark
    public Dataset load() {
        return DatasetLoader.load(folder);
    }

    @Benchmark
    public void loadAndAnalyse(Blackhole sink) {
        Dataset data = DatasetLoader.load(folder);
        for (Analysis analysis : Analysis.values()) {
            sink.consume(analysis.run(data));
        }
    }
}
