package dev.pacesetter.notifications;

import java.time.Duration;

/** Waits; injected so that tests of retrying code do not sleep. */
@FunctionalInterface
interface Sleeper {

    /** The real thing. */
    Sleeper SYSTEM = Thread::sleep;

    /**
     * Blocks for the given time.
     *
     * @param duration how long, not negative
     * @throws InterruptedException if the thread is interrupted while waiting
     */
    void sleep(Duration duration) throws InterruptedException;
}
