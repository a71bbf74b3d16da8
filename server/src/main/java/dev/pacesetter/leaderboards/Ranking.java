package dev.pacesetter.leaderboards;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Pure ranking rules shared by the Redis reads and in-memory (team) rankings. */
final class Ranking {

    private Ranking() {
    }

    /** The written total order: score descending, then user id ascending (display order within a tie). */
    static final Comparator<long[]> ORDER = Comparator.<long[]>comparingLong(e -> -e[1]).thenComparingLong(e -> e[0]);

    /**
     * Assigns standard competition ranks ("1224") to entries already in {@link #ORDER}, given the
     * rank of the first one (which the caller knows from how many score strictly more).
     *
     * @param entries pairs of {userId, score}
     */
    static List<Standing> rank(List<long[]> entries, long firstRank, long firstOffset) {
        List<Standing> out = new ArrayList<>(entries.size());
        long rank = firstRank;
        for (int i = 0; i < entries.size(); i++) {
            long[] e = entries.get(i);
            if (i > 0 && e[1] != entries.get(i - 1)[1]) {
                rank = firstOffset + i + 1;
            }
            out.add(new Standing(rank, e[0], e[1]));
        }
        return out;
    }

    /** Ranks a whole small population (a team) in memory. */
    static List<Standing> rankAll(List<long[]> entries) {
        List<long[]> sorted = new ArrayList<>(entries);
        sorted.sort(ORDER);
        return rank(sorted, 1, 0);
    }

    /**
     * Share of ranked members the given member is ahead of or level with, in percent with one
     * decimal: the sole leader is 100.0; last of ten alone is 10.0.
     */
    static double percentile(long strictlyAbove, long total) {
        if (total <= 0) {
            return 0.0;
        }
        return Math.round(1000.0 * (total - strictlyAbove) / total) / 10.0;
    }
}
