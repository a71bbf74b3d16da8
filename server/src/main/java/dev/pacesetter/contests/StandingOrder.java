package dev.pacesetter.contests;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;

/**
 * The one total order of every contest listing, best first:
 * <ol>
 *   <li>higher score first;</li>
 *   <li>then whoever reached that score first ({@link ReachedAt}: occurrence instant, then ledger
 *       position);</li>
 *   <li>then, as a last resort that only decides between entrants credited by the same ledger entry or
 *       not scored at all, the entrant id in UTF-8 byte order, which is how Redis orders equal
 *       members (see {@link SortedSetKey}).</li>
 * </ol>
 * The tie rule never changes this order; it only decides which neighbours share a rank.
 */
public final class StandingOrder {

    /** The order, as a comparator. */
    public static final Comparator<Entry> ORDER = StandingOrder::compare;

    private StandingOrder() {
    }

    static int compare(Entry a, Entry b) {
        int byScore = Long.compare(b.score(), a.score());
        if (byScore != 0) {
            return byScore;
        }
        int byReach = a.reachedAt().compareTo(b.reachedAt());
        return byReach != 0 ? byReach : compareIds(a.entrantId(), b.entrantId());
    }

    static int compareIds(String a, String b) {
        return Arrays.compareUnsigned(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }
}
