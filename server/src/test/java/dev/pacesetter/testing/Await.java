package dev.pacesetter.testing;

import java.util.concurrent.Callable;
import java.util.function.Predicate;

/**
 * Waits for work another thread commits: the background contest scheduler, the projectors, the
 * nudge dispatcher. A step a test asks for may be held (SKIP LOCKED) by such a thread, which then
 * commits it a moment later; reading once would race it.
 */
public final class Await {
    private static final int TRIES = 100;
    private static final long PAUSE_MILLIS = 100;

    private Await() {
    }

    /** The first value {@code read} returns that {@code done} accepts, or the last one read after ~10 s. */
    public static <T> T until(Callable<T> read, Predicate<T> done) throws Exception {
        T value = read.call();
        for (int i = 0; i < TRIES && !done.test(value); i++) {
            Thread.sleep(PAUSE_MILLIS);
            value = read.call();
        }
        return value;
    }
}
