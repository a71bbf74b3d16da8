package dev.pacesetter.leaderboards;

import dev.pacesetter.activity.LedgerEntry;
import dev.pacesetter.content.ActivityCatalog;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

class ProjectionPlanTest {
    private static final ZoneId NY = ZoneId.of("America/New_York");

    private static LedgerEntry entry(long position, String type, long user, String credited, int count, String amount,
                                     int points) {
        Instant at = Instant.parse(credited);
        return new LedgerEntry(position, 1, position, "s", "e" + position, type, user, at, at, at, null, "USD", null,
                null, null, null, count, new BigDecimal(amount), points);
    }

    @Test
    void aWonDealFeedsPointsRevenueAndDealsInEveryPeriod() {
        // 2026-11-23 14:00 UTC = 09:00 in New York
        Map<String, Map<String, Long>> plan = ProjectionPlan.of(1, List.of(
                entry(1, "DEAL_WON", 7, "2026-11-23T14:00:00Z", 1, "1234.5678", 50)), NY, ActivityCatalog.load());
        String member = LeaderboardKeys.member(7);
        assertEquals(12, plan.size(), "3 metrics x 4 periods");
        assertEquals(12_345_678L, plan.get("{o:1}:lb:revenue:M:2026-11").get(member));
        assertEquals(1L, plan.get("{o:1}:lb:deals:W:2026-W48").get(member));
        assertEquals(50L, plan.get("{o:1}:lb:points:D:2026-11-23").get(member));
        assertEquals(50L, plan.get("{o:1}:lb:points:Q:2026-Q4").get(member));
    }

    @Test
    void aReversalCancelsItsOriginalExactly() {
        Map<String, Map<String, Long>> plan = ProjectionPlan.of(1, List.of(
                entry(1, "DEAL_WON", 7, "2026-11-23T14:00:00Z", 1, "100.10", 50),
                entry(2, "DEAL_WON", 7, "2026-11-23T14:00:00Z", -1, "-100.10", -50)), NY, ActivityCatalog.load());
        plan.values().forEach(increments -> increments.values().forEach(v -> assertEquals(0L, v)));
    }

    @Test
    void anAmendmentChangesRevenueOnly() {
        Map<String, Map<String, Long>> plan = ProjectionPlan.of(1, List.of(
                entry(3, "DEAL_WON", 7, "2026-11-23T14:00:00Z", 0, "-15.00", 0)), NY, ActivityCatalog.load());
        assertEquals(-150_000L, plan.get("{o:1}:lb:revenue:D:2026-11-23").get(LeaderboardKeys.member(7)));
        assertNull(plan.get("{o:1}:lb:deals:D:2026-11-23"));
        assertFalse(plan.containsKey("{o:1}:lb:points:D:2026-11-23"));
    }

    @Test
    void revenueUnitsRoundTripWithoutLoss() {
        assertEquals(new BigDecimal("9999999999.9999"),
                ProjectionPlan.fromRevenueUnits(ProjectionPlan.revenueUnits(new BigDecimal("9999999999.9999"))));
    }
}
