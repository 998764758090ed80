package org.engagements.notebook;

import org.junit.jupiter.api.Test;
import java.time.Duration;
import java.util.*;

class SmokeTest {
    @Test
    void smoke() {
        long t0 = System.nanoTime();
        try (NotebookSession s = NotebookSession.start(SessionOptions.defaults().withCellTimeout(Duration.ofSeconds(3)), "nb.jsh")) {
            System.out.println("start ms " + (System.nanoTime() - t0) / 1e6);
            System.setProperty("dbg","1"); for (int round = 0; round < 8; round++) {
            List<Double> ts = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                long c0 = System.nanoTime();
                s.execute(Cell.code(i, "", "System.out.print(\"\");"), o -> {});
                ts.add((System.nanoTime() - c0) / 1e6);
            }
            Collections.sort(ts);
            System.out.println("round " + round + " at " + (System.nanoTime() - t0) / 1e9 + " s: median " + ts.get(25) + " min " + ts.get(0));
            }
            Thread.getAllStackTraces().keySet().forEach(t -> System.out.println("thread " + t.getName()));
        }
    }
}
