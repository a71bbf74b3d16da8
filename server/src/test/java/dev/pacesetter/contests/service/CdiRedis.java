package dev.pacesetter.contests.service;

import jakarta.enterprise.inject.spi.CDI;

/** Reaches the server's Redis side for tests that simulate a lost projection. */
final class CdiRedis {

    private CdiRedis() {
    }

    static void flushContest(long contestId) {
        CDI.current().select(RedisStandings.class).get().drop(contestId);
    }
}
