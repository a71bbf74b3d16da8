package dev.pacesetter.leaderboards;

import dev.pacesetter.activity.LedgerEntry;
import dev.pacesetter.content.ActivityCatalog;
import dev.pacesetter.content.ActivityType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.HashMap;
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
        // A batch has few distinct days, users and boards but many entries: work each out once
        // (the profile showed window maths and key formatting per entry and period).
        Map<LocalDate, List<Period.Window>> windowsByDay = new HashMap<>();
        Map<Long, String> members = new HashMap<>();
        Map<String, String> boards = new HashMap<>();
        for (LedgerEntry e : entries) {
            ActivityType type = catalog.find(e.type()).orElse(null);
            String member = members.computeIfAbsent(e.userId(), LeaderboardKeys::member);
            List<Period.Window> windows = windowsByDay.computeIfAbsent(LocalDate.ofInstant(e.creditedAt(), zone),
                    day -> PERIODS.stream().map(period -> period.window(day, zone)).toList());
            for (Period.Window window : windows) {
                add(plan, board(boards, orgId, "points", window), member, e.pointsDelta());
                if (type != null) {
                    add(plan, board(boards, orgId, type.metric(), window), member, e.countDelta());
                    if (type.monetary()) {
                        add(plan, board(boards, orgId, "revenue", window), member, revenueUnits(e.amountDelta()));
                    }
                }
            }
        }
        return plan;
    }

    private static String board(Map<String, String> boards, long orgId, String metric, Period.Window window) {
        return boards.computeIfAbsent(metric + ' ' + window.id(), k -> LeaderboardKeys.board(orgId, metric, window));
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
