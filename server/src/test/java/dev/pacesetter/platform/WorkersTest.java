package dev.pacesetter.platform;

import org.junit.jupiter.api.Test;

import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WorkersTest {

    @Test
    void aWorkerRunsOnOneNamedDaemonThread() throws Exception {
        ScheduledExecutorService worker = Workers.daemon("test-worker");
        try {
            Thread first = worker.submit(Thread::currentThread).get();
            Thread second = worker.schedule(Thread::currentThread, 1, TimeUnit.MILLISECONDS).get();
            assertEquals("test-worker", first.getName());
            assertTrue(first.isDaemon(), "a stopping server must not wait for background work");
            assertEquals(first, second, "work of one kind never overlaps itself");
        } finally {
            worker.shutdownNow();
        }
    }
}
