package dev.pacesetter.coaching;

/**
 * Maps a direction-adjusted peer percentile to a proficiency level. The bands follow the level
 * descriptions in the skill model: Proficient (3) is "around the team median", Advanced (4) is "in the
 * team's top quartile".
 *
 * <pre>
 *   percentile      level
 *   [ 0, 10)          1   bottom tenth
 *   [10, 35)          2   below the middle
 *   [35, 75)          3   around the median
 *   [75, 95)          4   top quartile
 *   [95, 100]         5   top twentieth
 * </pre>
 *
 * With mid-rank percentiles the best of {@code n} distinct values sits at {@code 100 × (n − ½) / n}, so
 * level 5 needs at least 10 peers: in a small group KPIs alone cannot call anyone an expert.
 */
final class PercentileBands {

    /** The lowest percentile of levels 2, 3, 4 and 5. */
    private static final double[] LOWER_BOUNDS = {10, 35, 75, 95};

    private PercentileBands() {
    }

    static int level(double percentile) {
        Checks.require(percentile >= 0 && percentile <= 100, "percentile", "must be within 0..100, was " + percentile);
        int level = 1;
        for (double bound : LOWER_BOUNDS) {
            if (percentile >= bound) {
                level++;
            }
        }
        return level;
    }
}
