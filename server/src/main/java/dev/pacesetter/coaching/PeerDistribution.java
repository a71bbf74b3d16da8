package dev.pacesetter.coaching;

import dev.pacesetter.content.SkillInfluence.Direction;

import java.util.Arrays;
import java.util.Collection;
import java.util.Optional;

/**
 * The measured values of one signal across the peers of one sales role, sorted once so that each
 * placement is two binary searches.
 *
 * <p><b>Percentile</b> (mid-rank, ties explicit): with {@code n} peer values, {@code below} values
 * worse than the rep's and {@code equal} values the same as it,
 * <pre>
 *   percentile = 100 × (below + ½ × equal) / n
 * </pre>
 * so tied reps share one percentile, halfway through the block they occupy. For
 * {@code HIGHER_IS_BETTER} "worse" means lower; for {@code LOWER_IS_BETTER} it means higher, which makes
 * the two directions exact mirror images ({@code p} and {@code 100 − p}). "Equal" is exact equality:
 * values computed the same way from the same counts are bitwise equal.
 *
 * <p>Fewer than {@link #MIN_PEERS} values is too small a group to place anyone in.
 */
final class PeerDistribution {

    /** Below this many peer values a percentile says more about the group size than the rep. */
    static final int MIN_PEERS = 5;

    private final String signalId;
    private final double[] sorted;

    private PeerDistribution(String signalId, double[] sorted) {
        this.signalId = signalId;
        this.sorted = sorted;
    }

    static PeerDistribution of(String signalId, Collection<Double> values) {
        Checks.text(signalId, "signalId");
        double[] v = Checks.present(values, "values").stream().mapToDouble(Double::doubleValue).toArray();
        for (double d : v) {
            Checks.finite(d, "values");
        }
        Arrays.sort(v);
        return new PeerDistribution(signalId, v);
    }

    String signalId() {
        return signalId;
    }

    int size() {
        return sorted.length;
    }

    boolean placeable() {
        return sorted.length >= MIN_PEERS;
    }

    /** The direction-adjusted mid-rank percentile of a value; higher is better in both directions. */
    double percentile(double value, Direction direction) {
        Checks.require(sorted.length > 0, "peers", "no peer values for " + signalId);
        int lower = firstIndexNotBelow(value);
        int upper = firstIndexAbove(value);
        int equal = upper - lower;
        int worse = direction == Direction.HIGHER_IS_BETTER ? lower : sorted.length - upper;
        return 100.0 * (worse + 0.5 * equal) / sorted.length;
    }

    /** The placement of a value, or empty when the group is smaller than {@link #MIN_PEERS}. */
    Optional<PeerPlacement> place(double value, Direction direction) {
        if (!placeable()) {
            return Optional.empty();
        }
        double p = percentile(value, direction);
        return Optional.of(new PeerPlacement(signalId, value, direction, p, PercentileBands.level(p), sorted.length));
    }

    private int firstIndexNotBelow(double value) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < value) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private int firstIndexAbove(double value) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] <= value) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
