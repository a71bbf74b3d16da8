package dev.pacesetter.contests;

import java.util.Locale;

/**
 * How a standing is stored in a Redis sorted set so that Redis's own order is {@link StandingOrder}.
 *
 * <p>The score alone takes the whole double: a double is exact for integers up to 2<sup>53</sup>, and a
 * team's quarter of deals in cents, or a percent-of-target score in millionths, needs most of that.
 * Packing "who reached it first" into the same double would leave too few bits: one year in
 * milliseconds takes 35 bits, and the ledger position that separates two activities in the same
 * millisecond is unbounded. A coarser clock would create ties that Redis breaks by member name, which
 * is exactly the accidental order the rules forbid. So the secondary key goes into the member:
 * <ul>
 *   <li>sorted-set score: the negated score ({@link #score(long)}), so ascending order (ZRANGE, ZRANK)
 *       is best first;</li>
 *   <li>member: a fixed-width, byte-sortable encoding of {@link ReachedAt}, then the entrant id
 *       ({@link #member(Entry)}). Redis orders equal scores by member bytes (memcmp), which is
 *       "reached first", then id in UTF-8 byte order.</li>
 * </ul>
 * The member changes whenever the score does, so an update is a small Lua script: look the old member
 * up in a hash (entrant &rarr; member), ZREM it, ZADD the new score and member, HSET the hash. All keys
 * of a contest share one hash tag, so this stays on one cluster slot.
 */
public final class SortedSetKey {

    /** Characters of the reached-at prefix, before the separator and the entrant id. */
    static final int PREFIX = 40;

    private SortedSetKey() {
    }

    /**
     * The sorted-set score of a contest score: its negation.
     *
     * @throws ContestRuleException when the score is beyond {@link ScoreScale#MAX_SCORE}
     */
    public static double score(long score) {
        Checks.require(score >= -ScoreScale.MAX_SCORE && score <= ScoreScale.MAX_SCORE, "score", score + " is beyond the exact range +-2^53");
        return (double) Math.negateExact(score);
    }

    /** The score argument to pass to ZADD: the negated score in plain decimal digits, never an exponent. */
    public static String scoreArgument(long score) {
        score(score);
        return Long.toString(Math.negateExact(score));
    }

    /**
     * The member of an entry: 16 hex digits of the instant's seconds, 8 of its nanoseconds and 16 of the
     * ledger position (signed values with the sign bit flipped, so byte order is numeric order), a
     * {@code :} and the entrant id.
     */
    public static String member(Entry entry) {
        ReachedAt reached = entry.reachedAt();
        return String.format(Locale.ROOT, "%016x%08x%016x:%s",
                reached.at().getEpochSecond() ^ Long.MIN_VALUE, reached.at().getNano(),
                reached.ledgerPosition() ^ Long.MIN_VALUE, entry.entrantId());
    }

    /** The entrant id inside a member. */
    public static String entrantId(String member) {
        Checks.require(member != null && member.length() > PREFIX + 1 && member.charAt(PREFIX) == ':', "member",
                "is not a contest standing member: " + member);
        return member.substring(PREFIX + 1);
    }
}
