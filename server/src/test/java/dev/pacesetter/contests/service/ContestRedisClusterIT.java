package dev.pacesetter.contests.service;

import dev.pacesetter.contests.Entry;
import dev.pacesetter.contests.ReachedAt;
import dev.pacesetter.contests.TallyState;
import dev.pacesetter.platform.RedisProvider;
import dev.pacesetter.testing.RedisCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.util.JedisClusterCRC16;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A contest's live standings on a real three-master Redis Cluster: the apply script touches the
 * checkpoint, the ranking and the member hash in one call (no MULTI), which works only because all
 * three keys carry the contest's hash tag {@code {c:ID}}; contests still spread over every master.
 */
class ContestRedisClusterIT {
    private static final Instant T = Instant.parse("2026-11-23T15:00:00Z");
    private static RedisCluster cluster;
    private static UnifiedJedis client;
    private static RedisStandings standings;

    @BeforeAll
    static void startCluster() throws Exception {
        cluster = RedisCluster.startOrSkip(3);
        client = RedisProvider.connect(cluster.seeds(), true);
        standings = new RedisStandings();
        standings.redis = client;
    }

    @AfterAll
    static void stopCluster() {
        if (client != null) {
            client.close();
        }
        if (cluster != null) {
            cluster.close();
        }
    }

    /** A tally whose raw count is its score, last counted where it reached it. */
    private static TallyState entry(long userId, long score, long position) {
        ReachedAt reached = new ReachedAt(T.plusSeconds(position), position);
        return new TallyState(new Entry(String.valueOf(userId), score, reached), score, reached);
    }

    @Test
    void aContestsKeysShareOneSlotAndContestsSpreadOverTheMasters() {
        Set<Integer> masters = new HashSet<>();
        for (long contest = 1; contest <= 12; contest++) {
            int slot = JedisClusterCRC16.getSlot(RedisStandings.checkpointKey(contest));
            assertEquals(slot, JedisClusterCRC16.getSlot(RedisStandings.rankingKey(contest)));
            assertEquals(slot, JedisClusterCRC16.getSlot(RedisStandings.membersKey(contest)));
            assertEquals(slot, JedisClusterCRC16.getSlot(RedisStandings.talliesKey(contest)));
            assertEquals(slot, JedisClusterCRC16.getSlot(RedisStandings.distinctKey(contest)));
            assertEquals(slot, JedisClusterCRC16.getSlot(RedisStandings.distinctCountsKey(contest)));
            masters.add(slot * 3 / 16384);
        }
        assertEquals(3, masters.size(), "twelve contests should touch all three masters");
    }

    @Test
    void standingsAreWrittenOnceAndReadBackInOrderOnTheCluster() throws Exception {
        for (long contest = 301; contest <= 306; contest++) {
            long id = contest;
            List<TallyState> batch = List.of(entry(1, 300, 1), entry(2, 200, 3), entry(3, 200, 2), entry(4, 100, 4));
            ExecutorService racers = Executors.newFixedThreadPool(4);
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                results.add(racers.submit((Callable<Boolean>) () -> standings.write(id, OptionalLong.empty(), 4, batch)));
            }
            int applied = 0;
            for (Future<Boolean> r : results) {
                applied += r.get() ? 1 : 0;
            }
            racers.shutdown();
            assertEquals(1, applied, "exactly one racing rebuild writes");
            assertEquals(OptionalLong.of(4), standings.checkpoint(id));
            // Equal scores: user 3 reached 200 first (position 2), so lists above user 2, never by id.
            assertEquals(List.of("1", "3", "2", "4"), standings.entries(id).stream().map(Entry::entrantId).toList());

            // An update moves user 4 to the top; a writer holding the old checkpoint loses.
            assertTrue(standings.write(id, OptionalLong.of(4), 5, List.of(entry(4, 400, 5))));
            assertFalse(standings.write(id, OptionalLong.of(4), 5, List.of(entry(2, 900, 5))));
            List<Entry> after = standings.entries(id);
            assertEquals(List.of("4", "1", "3", "2"), after.stream().map(Entry::entrantId).toList());
            assertEquals(400, after.getFirst().score());
            assertEquals(4, client.hlen(RedisStandings.membersKey(id)), "one member per entrant, the old one replaced");
        }
    }

    @Test
    void droppingAContestRemovesItsKeysAndNoOthers() {
        assertTrue(standings.write(401, OptionalLong.empty(), 1, List.of(entry(1, 10, 1))));
        assertTrue(standings.write(402, OptionalLong.empty(), 1, List.of(entry(1, 10, 1))));
        standings.drop(401);
        assertEquals(OptionalLong.empty(), standings.checkpoint(401));
        assertEquals(0, client.zcard(RedisStandings.rankingKey(401)));
        assertEquals(1, standings.entries(402).size());
    }
}
