package dev.pacesetter.leaderboards;

import dev.pacesetter.activity.LedgerEntry;
import dev.pacesetter.content.ActivityCatalog;
import dev.pacesetter.content.ActivityType;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Pure: turns ledger entries into score increments per board and member. Each entry feeds
 * {@code points}, {@code revenue} (monetary types) and its type's count metric, in every period
 * that contains its credited instant.
 */
final class ProjectionPlan {
    /** Revenue scores are integers in units of 10^-4 of the currency: the ledger's own precision. */
    static final int REVENUE_SCALE = 4;
    static final Set<Period> PERIODS = EnumSet.allOf(Period.class);

    private ProjectionPlan() {
    }

    static Map<String, Map<String, Long>> of(long orgId, List<LedgerEntry> entries, ZoneId zone,
                                             ActivityCatalog catalog) {
        Map<String, Map<String, Long>> plan = new LinkedHashMap<>();
        for (LedgerEntry e : entries) {
            ActivityType type = catalog.find(e.type()).orElse(null);
            String member = LeaderboardKeys.member(e.userId());
            for (Period period : PERIODS) {
                Period.Window window = period.window(e.creditedAt(), zone);
                add(plan, LeaderboardKeys.board(orgId, "points", window), member, e.pointsDelta());
                if (type != null) {
                    add(plan, LeaderboardKeys.board(orgId, type.metric(), window), member, e.countDelta());
                    if (type.monetary()) {
                        add(plan, LeaderboardKeys.board(orgId, "revenue", window), member, revenueUnits(e.amountDelta()));
                    }
                }
            }
        }
        return plan;
    }

    static long revenueUnits(BigDecimal amount) {
        return amount.setScale(REVENUE_SCALE, java.math.RoundingMode.UNNECESSARY).unscaledValue().longValueExact();
    }

    static BigDecimal fromRevenueUnits(long units) {
        return BigDecimal.valueOf(units, REVENUE_SCALE);
    }

    private static void add(Map<String, Map<String, Long>> plan, String key, String member, long delta) {
        if (delta != 0) {
            plan.computeIfAbsent(key, k -> new LinkedHashMap<>()).merge(member, delta, Long::sum);
        }
    }
}
