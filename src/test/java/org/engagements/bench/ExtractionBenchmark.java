package org.engagements.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.engagements.data.Article;
import org.engagements.data.write.DatasetContent;
import org.engagements.ingest.extract.Extractor;

/**
 * Extraction speed on one thread: the curated articles extracted over and over, after a warm-up; prints
 * every measured run and the median in articles per second, by wall-clock time and by the thread's CPU
 * time (the second is steadier on a busy machine). Not a test (timings vary by machine). Run:
 * <pre>
 * mvn -q -B -DskipTests package test-compile &amp;&amp; java -cp "target/classes:target/test-classes:target/lib/*" org.engagements.bench.ExtractionBenchmark [DATA]
 * </pre>
 */
public final class ExtractionBenchmark {
    private static final int WARM_UP_ROUNDS = 300;
    private static final int RUNS = 15;
    private static final int ROUNDS_PER_RUN = 100;

    private ExtractionBenchmark() {
    }

    public static void main(String[] args) {
        DatasetContent content = DatasetContent.read(Path.of(args.length > 0 ? args[0] : "data"));
        Extractor extractor = Extractor.of(content.vocabulary());
        List<Article> articles = content.articles();
        int sink = rounds(extractor, content, articles, WARM_UP_ROUNDS);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        List<Double> wall = new ArrayList<>();
        List<Double> cpu = new ArrayList<>();
        int perRun = articles.size() * ROUNDS_PER_RUN;
        for (int run = 0; run < RUNS; run++) {
            long start = System.nanoTime();
            long cpuStart = threads.getCurrentThreadCpuTime();
            sink += rounds(extractor, content, articles, ROUNDS_PER_RUN);
            wall.add(perRun / ((System.nanoTime() - start) / 1e9));
            cpu.add(perRun / ((threads.getCurrentThreadCpuTime() - cpuStart) / 1e9));
            System.out.printf(Locale.ROOT, "run %2d: %8.1f articles/s (%8.1f per CPU second)%n", run + 1,
                    wall.get(run), cpu.get(run));
        }
        Collections.sort(wall);
        Collections.sort(cpu);
        System.out.printf(Locale.ROOT, "median: %.1f articles/s, %.1f per CPU second (%d articles per run, one "
                + "thread; %d candidates)%n", wall.get(RUNS / 2), cpu.get(RUNS / 2), perRun, sink);
    }

    private static int rounds(Extractor extractor, DatasetContent content, List<Article> articles, int rounds) {
        int candidates = 0;
        for (int round = 0; round < rounds; round++) {
            for (Article article : articles) {
                candidates += extractor.extract(content.textOf(article), article.published()).candidates().size();
            }
        }
        return candidates;
    }
}
