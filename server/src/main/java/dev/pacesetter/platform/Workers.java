package dev.pacesetter.platform;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/**
 * The one kind of thread background work runs on here: a single named daemon thread per job
 * (projectors, schedulers, watchers), so work of one kind never overlaps itself, a thread dump names
 * who is busy, and a stopping server is not held up by it.
 */
public final class Workers {
    private Workers() {
    }

    /**
     * A single-thread executor whose thread is a daemon called {@code name}.
     *
     * @param name the thread's name, e.g. {@code leaderboard-projector}
     * @return the executor; the caller shuts it down when it stops
     */
    public static ScheduledExecutorService daemon(String name) {
        return Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }
}
