package dev.pacesetter.leaderboards;

import dev.pacesetter.activity.LedgerEntry;
import dev.pacesetter.activity.LedgerReader;
import dev.pacesetter.client.api.ActivitiesApi;
import dev.pacesetter.client.api.LeaderboardsApi;
import dev.pacesetter.client.model.ActivityBatch;
import dev.pacesetter.client.model.ActivityInput;
import dev.pacesetter.client.model.Leaderboard;
import dev.pacesetter.client.model.LeaderboardEntry;
import dev.pacesetter.client.model.Period;
import dev.pacesetter.identity.UserView;
import dev.pacesetter.testing.Problems;
import dev.pacesetter.testing.Projection;
import dev.pacesetter.testing.TestOrg;
import dev.pacesetter.testing.TestServer;
import jakarta.enterprise.inject.spi.CDI;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.RedisClient;

import java.math.BigDecimal;
import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Live rankings through the generated client, against the real Redis and database. */
class LeaderboardIT {
    /** Every test deal happens at this instant, and boards are read for its day in New York. */
    private static final OffsetDateTime WHEN = OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(5);
    private static final java.time.LocalDate AT = WHEN.atZoneSameInstant(java.time.ZoneId.of("America/New_York"))
            .toLocalDate();
    private static TestOrg org;
    private static List<UserView> reps;

    @BeforeAll
    static void setUp() throws Exception {
        org = TestOrg.create(5);
        reps = org.reps;
        // revenue this month: rep0 300, rep1 200, rep2 200, rep3 100, rep4 none -> ranks 1, 2, 2, 4
        ActivitiesApi crm = new ActivitiesApi(org.client(org.integration));
        crm.ingestActivities(new ActivityBatch().activities(List.of(
                deal(reps.get(0), "300.00"), deal(reps.get(1), "150.00"), deal(reps.get(1), "50.00"),
                deal(reps.get(2), "200.00"), deal(reps.get(3), "100.00"))), null);
        Projection.awaitCaughtUp(org.org.id());
    }

    private static ActivityInput deal(UserView rep, String amount) {
        return new ActivityInput().source("crm").externalId(UUID.randomUUID().toString()).type("DEAL_WON")
                .userId(rep.id()).occurredAt(WHEN).amount(amount)
                .currency("USD");
    }

    private static Leaderboard board(UserView viewer, String metric, String cursor, int limit, int around)
            throws Exception {
        return new LeaderboardsApi(org.client(viewer)).getLeaderboard(metric, Period.MONTH, AT, cursor, limit,
                around, null);
    }

    private static List<String> ranks(List<LeaderboardEntry> entries) {
        return entries.stream().map(e -> e.getRank() + ":" + e.getDisplayName() + ":" + e.getScore()).toList();
    }

    @Test
    void tiesShareARankAndTheNextRankSkips() throws Exception {
        Leaderboard lb = board(reps.get(4), "revenue", null, 10, 2);
        assertEquals(List.of("1:Rep0:300.00", "2:Rep1:200.00", "2:Rep2:200.00", "4:Rep3:100.00"), ranks(lb.getEntries()));
        assertEquals(4, lb.getTotal());
        assertEquals("STANDARD_COMPETITION", lb.getTieRule());
        assertFalse(lb.getMe().getRanked(), "a rep with no revenue is not on the board");
    }

    @Test
    void meShowsRankPercentileAndTheGapToTheNextRank() throws Exception {
        Leaderboard lb = board(reps.get(2), "revenue", null, 1, 1);
        assertTrue(lb.getMe().getRanked());
        assertEquals(2, lb.getMe().getRank());
        assertEquals("200.00", lb.getMe().getScore());
        assertEquals(75.0, lb.getMe().getPercentile());      // level with or ahead of 3 of 4
        assertEquals("100.00", lb.getMe().getGapToNext());
        assertEquals(List.of("2:Rep1:200.00", "2:Rep2:200.00", "4:Rep3:100.00"), ranks(lb.getAround()));
        Leaderboard leader = board(reps.get(0), "revenue", null, 1, 1);
        assertNull(leader.getMe().getGapToNext());
        assertEquals(100.0, leader.getMe().getPercentile());
    }

    @Test
    void pagesFollowTheCursorAndKeepSharedRanksAcrossThePageBreak() throws Exception {
        Leaderboard first = board(reps.get(0), "revenue", null, 2, 0);
        Leaderboard second = board(reps.get(0), "revenue", first.getNextCursor(), 2, 0);
        assertEquals(List.of("1:Rep0:300.00", "2:Rep1:200.00"), ranks(first.getEntries()));
        assertEquals(List.of("2:Rep2:200.00", "4:Rep3:100.00"), ranks(second.getEntries()));
        assertNull(second.getNextCursor());
    }

    @Test
    void countsAndPointsAreLeaderboardsToo() throws Exception {
        Leaderboard deals = board(reps.get(0), "deals", null, 10, 0);
        assertEquals("1:Rep1:2", ranks(deals.getEntries()).getFirst());
        Leaderboard points = board(reps.get(0), "points", null, 10, 0);
        assertEquals("1:Rep1:100", ranks(points.getEntries()).getFirst());
        Problems.expect(404, () -> board(reps.get(0), "karma", null, 10, 0));
        Problems.expect(400, () -> board(reps.get(0), "revenue", null, 10, 26));
    }

    @Test
    void aTeamFilterRanksOnlyThatTeam() throws Exception {
        Leaderboard lb = new LeaderboardsApi(org.client(reps.get(3))).getLeaderboard("revenue", Period.MONTH, AT,
                null, 10, 1, org.team.id());
        assertEquals(4, lb.getTotal());
        assertEquals(4, lb.getMe().getRank());
        TestOrg stranger = TestOrg.create(1);
        Problems.expect(404, () -> new LeaderboardsApi(stranger.client(stranger.reps.getFirst()))
                .getLeaderboard("revenue", Period.MONTH, AT, null, 10, 1, org.team.id()));
    }

    @Test
    void anotherOrganisationsActivityNeverShowsUp() throws Exception {
        TestOrg stranger = TestOrg.create(1);
        new ActivitiesApi(stranger.client(stranger.integration)).ingestActivity(deal(stranger.reps.getFirst(), "999999.00"));
        Projection.awaitCaughtUp(stranger.org.id());
        assertEquals("1:Rep0:300.00", ranks(board(reps.get(0), "revenue", null, 10, 0).getEntries()).getFirst());
    }

    @Test
    void integrationsCannotReadLeaderboards() {
        Problems.expect(403, () -> board(org.integration, "revenue", null, 10, 0));
    }

    @Test
    void standingsAreIdenticalAfterRedisLosesEverythingAndAfterAnAdminRebuild() throws Exception {
        TestOrg fresh = TestOrg.create(6);
        ActivitiesApi crm = new ActivitiesApi(fresh.client(fresh.integration));
        List<ActivityInput> items = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            UserView rep = fresh.reps.get(i % fresh.reps.size());
            items.add(i % 3 == 0 ? deal(rep, (10 + i) + ".25")
                    : new ActivityInput().source("dialer").externalId(UUID.randomUUID().toString())
                    .type(i % 2 == 0 ? "CALL_LOGGED" : "MEETING_BOOKED").userId(rep.id())
                    .occurredAt(OffsetDateTime.now(ZoneOffset.UTC).minusDays(i % 40).minusMinutes(1)));
        }
        crm.ingestActivities(new ActivityBatch().activities(items), null);
        Projection.awaitCaughtUp(fresh.org.id());
        Map<String, List<String>> before = snapshot(fresh);

        try (RedisClient redis = RedisClient.create(URI.create(TestServer.get().redisUrl()))) {
            redis.flushDB();
        }
        Projection.awaitCaughtUp(fresh.org.id());
        assertEquals(before, snapshot(fresh), "rebuilt from the ledger after Redis lost everything");

        var rebuilt = new LeaderboardsApi(fresh.client(fresh.admin)).rebuildLeaderboards();
        assertEquals(301, rebuilt.getReplayed() + 1);
        assertEquals(before, snapshot(fresh), "rebuilt on request");
        Problems.expect(403, () -> new LeaderboardsApi(fresh.client(fresh.reps.getFirst())).rebuildLeaderboards());
    }

    private static Map<String, List<String>> snapshot(TestOrg o) throws Exception {
        Map<String, List<String>> out = new HashMap<>();
        LeaderboardsApi api = new LeaderboardsApi(o.client(o.admin));
        for (String metric : List.of("revenue", "points", "deals", "calls", "meetings")) {
            for (Period period : Period.values()) {
                out.put(metric + "/" + period, ranks(api.getLeaderboard(metric, period, null, null, 200, 0, null)
                        .getEntries()));
            }
        }
        return out;
    }

    @Test
    void concurrentProjectorsNeverDoubleCount() throws Exception {
        TestOrg fresh = TestOrg.create(4);
        ActivitiesApi crm = new ActivitiesApi(fresh.client(fresh.integration));
        Projector projector = CDI.current().select(Projector.class).get();
        ExecutorService instances = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> runs = new ArrayList<>();
            for (int batch = 0; batch < 10; batch++) {
                List<ActivityInput> items = new ArrayList<>();
                for (int i = 0; i < 50; i++) {
                    items.add(deal(fresh.reps.get(i % 4), (batch + 1) + "." + String.format("%02d", i)));
                }
                crm.ingestActivities(new ActivityBatch().activities(items), null);
                // several "instances" race to apply the same ledger entries
                for (int k = 0; k < 4; k++) {
                    runs.add(instances.submit(() -> projector.catchUp(fresh.org.id())));
                }
            }
            for (Future<?> run : runs) {
                run.get();
            }
        } finally {
            instances.shutdown();
        }
        Projection.awaitCaughtUp(fresh.org.id());
        Map<Long, BigDecimal> expected = new HashMap<>();
        for (LedgerEntry e : CDI.current().select(LedgerReader.class).get().after(fresh.org.id(), 0, 10_000)) {
            expected.merge(e.userId(), e.amountDelta(), BigDecimal::add);
        }
        Leaderboard lb = new LeaderboardsApi(fresh.client(fresh.admin)).getLeaderboard("revenue", Period.MONTH, AT,
                null, 10, 0, null);
        for (LeaderboardEntry entry : lb.getEntries()) {
            assertEquals(0, expected.get(entry.getUserId()).compareTo(new BigDecimal(entry.getScore())),
                    () -> "user " + entry.getUserId());
        }
        assertEquals(4, lb.getEntries().size());
    }
}
