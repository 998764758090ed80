package org.engagements.bench;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.Locale;
import org.engagements.data.Dataset;
import org.engagements.data.DatasetLoader;

/**
 * The scale target of issue 8 timed once in a fresh JVM: load (with validation), then every
 * {@link Analysis} once, printing wall and process CPU time of each step and the heap pools' peak.
 * {@code java -Xmx2g -cp … org.engagements.bench.ScaleRun target/bench-data/n1000000}
 */
public final class ScaleRun {
    private ScaleRun() {
    }

    public static void main(String[] args) {
        Path folder = Path.of(args[0]);
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long start = System.nanoTime();
        long cpu = os.getProcessCpuTime();
        Dataset data = DatasetLoader.load(folder);
        long loaded = System.nanoTime();
        long loadedCpu = os.getProcessCpuTime();
        print("load", loaded - start, loadedCpu - cpu);
        for (Analysis analysis : Analysis.values()) {
            long t = System.nanoTime();
            long c = os.getProcessCpuTime();
            analysis.run(data);
            print("  " + analysis.name().toLowerCase(Locale.ROOT), System.nanoTime() - t, os.getProcessCpuTime() - c);
        }
        long end = System.nanoTime();
        long endCpu = os.getProcessCpuTime();
        print("analyses", end - loaded, endCpu - loadedCpu);
        print("total", end - start, endCpu - cpu);
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.printf(Locale.ROOT, "%-28s %8d MB (sum of heap pools' peaks)%n", "peak heap", peak >> 20);
    }

    private static void print(String step, long nanos, long cpuNanos) {
        System.out.printf(Locale.ROOT, "%-28s %8d ms wall %8d ms cpu%n", step, nanos / 1_000_000, cpuNanos / 1_000_000);
    }
}
