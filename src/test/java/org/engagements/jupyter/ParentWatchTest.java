package org.engagements.jupyter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ParentWatchTest {
    @Test
    void theKernelEndsWhenItsJupyterProcessEnds() throws Exception {
        Process jupyter = new ProcessBuilder("sleep", "60").start();
        CountDownLatch ended = new CountDownLatch(1);

        assertTrue(ParentWatch.watch(Long.toString(jupyter.pid()), ended::countDown));
        assertFalse(ended.await(200, TimeUnit.MILLISECONDS), "not while it runs");

        jupyter.destroyForcibly();
        assertTrue(ended.await(10, TimeUnit.SECONDS), "once it is gone");
    }

    @Test
    void aProcessAlreadyGoneEndsTheKernelAtOnce() throws Exception {
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        AtomicInteger calls = new AtomicInteger();

        assertTrue(ParentWatch.watch(Long.toString(gone.pid()), calls::incrementAndGet));

        assertEquals(1, calls.get());
    }

    @Test
    void withoutAJupyterParentNothingIsWatched() {
        AtomicInteger calls = new AtomicInteger();

        assertFalse(ParentWatch.watch(null, calls::incrementAndGet), "started by hand");
        assertFalse(ParentWatch.watch("1", calls::incrementAndGet), "init is never a front end");
        assertFalse(ParentWatch.watch("not-a-pid", calls::incrementAndGet));

        assertEquals(0, calls.get());
    }
}
