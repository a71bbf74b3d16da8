package dev.pacesetter.leaderboards;

import dev.pacesetter.activity.LedgerEntry;
import dev.pacesetter.content.ActivityCatalog;
import dev.pacesetter.platform.RedisProvider;
import dev.pacesetter.testing.RedisCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.util.JedisClusterCRC16;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The leaderboard projection and reads on a real three-master Redis Cluster: the Lua scripts run
 * because every key of an organisation shares its hash tag, and organisations spread over nodes.
 */
class RedisClusterIT {
    private static final ZoneId NY = ZoneId.of("America/New_York");
    private static RedisCluster cluster;
    private static UnifiedJedis client;
    private static RedisLeaderboards boards;

    @BeforeAll
    static void startCluster() throws Exception {
        cluster = RedisCluster.startOrSkip(3);
        client = RedisProvider.connect(cluster.seeds(), true);
        boards = new RedisLeaderboards();
        boards.redis = client;
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

    private static LedgerEntry deal(long orgId, long position, long user, String amount) {
        Instant at = Instant.parse("2026-11-23T15:00:00Z");
        return new LedgerEntry(position, orgId, position, "crm", "e" + position, "DEAL_WON", user, at, at, at,
                new BigDecimal(amount), "USD", null, null, null, null, 1, new BigDecimal(amount), 50);
    }

    private static String revenueKey(long orgId) {
        return LeaderboardKeys.board(orgId, "revenue", Period.MONTH.window(java.time.LocalDate.of(2026, 11, 23), NY));
    }

    @Test
    void organisationsLandOnDifferentNodesButEachStaysInOneSlot() {
        Set<Integer> slots = new HashSet<>();
        for (long org = 1; org <= 12; org++) {
            int slot = JedisClusterCRC16.getSlot(LeaderboardKeys.position(org));
            assertEquals(slot, JedisClusterCRC16.getSlot(revenueKey(org)));
            assertEquals(slot, JedisClusterCRC16.getSlot(LeaderboardKeys.registry(org)));
            slots.add(slot * 3 / 16384);
        }
        assertEquals(3, slots.size(), "twelve organisations should touch all three masters");
    }

    @Test
    void theProjectionAppliesOnceAndRanksCorrectlyOnTheCluster() throws Exception {
        ActivityCatalog catalog = ActivityCatalog.load();
        for (long org = 101; org <= 106; org++) {
            long orgId = org;
            List<LedgerEntry> batch = List.of(deal(orgId, 1, 1, "300.00"), deal(orgId, 2, 2, "200.00"),
                    deal(orgId, 3, 3, "200.00"), deal(orgId, 4, 4, "100.00"));
            Map<String, Map<String, Long>> plan = ProjectionPlan.of(orgId, batch, NY, catalog);
            ExecutorService racers = Executors.newFixedThreadPool(4);
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                results.add(racers.submit((Callable<Boolean>) () -> boards.apply(orgId, 0, 4, plan)));
            }
            int applied = 0;
            for (Future<Boolean> r : results) {
                applied += r.get() ? 1 : 0;
            }
            racers.shutdown();
            assertEquals(1, applied, "exactly one instance applies a batch");
            assertEquals(4, boards.position(orgId));
            // the one-round-trip read script on the cluster: page, own standing and neighbours
            RedisLeaderboards.Snapshot read = boards.read(revenueKey(orgId), orgId, LeaderboardKeys.member(2), 0, 10, 1);
            assertEquals(4, read.total());
            assertEquals(4, read.position());
            assertEquals(List.of(1L, 2L, 3L, 4L), read.top().entries().stream()
                    .map(t -> LeaderboardKeys.userId(t.getElement())).toList());
            assertEquals(1, read.own().above());
            // 300.00 - 200.00 = 100.00, in units of 1/10,000
            assertEquals(1_000_000.0, read.own().nextAbove() - read.own().score());
            assertEquals(3, read.own().around().entries().size());
        }
    }

    @Test
    void aResetDropsEveryBoardOfTheOrganisationAndNothingElse() {
        ActivityCatalog catalog = ActivityCatalog.load();
        assertTrue(boards.apply(201, 0, 1, ProjectionPlan.of(201, List.of(deal(201, 1, 1, "5.00")), NY, catalog)));
        assertTrue(boards.apply(202, 0, 1, ProjectionPlan.of(202, List.of(deal(202, 1, 1, "5.00")), NY, catalog)));
        assertEquals(12, boards.reset(201), "3 metrics x 4 periods");
        assertFalse(boards.hasPosition(201));
        assertEquals(0, client.zcard(revenueKey(201)));
        assertEquals(1, client.zcard(revenueKey(202)));
    }
}
