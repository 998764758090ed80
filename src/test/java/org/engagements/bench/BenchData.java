package org.engagements.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import org.engagements.synthetic.SyntheticData;

/**
 * The generated data folders the benchmarks read: {@code <root>/n<size>}, made once with seed 1 and
 * kept. The root is {@code -Dengagements.bench.data}, which bench/run-benchmarks.sh sets to
 * {@code target/bench-data}.
 */
final class BenchData {
    static final String ROOT_PROPERTY = "engagements.bench.data";
    static final long SEED = 1;

    private BenchData() {
    }

    /** The folder of {@code size} generated engagements, generating it on first use. */
    static synchronized Path folder(int size) {
        String root = System.getProperty(ROOT_PROPERTY);
        if (root == null) {
            throw new IllegalStateException("set -D" + ROOT_PROPERTY + "=DIR (bench/run-benchmarks.sh does)");
        }
        Path folder = Path.of(root, "n" + size);
        if (!Files.isDirectory(folder)) {
            SyntheticData.write(folder, size, SEED);
        }
        return folder;
    }
}
