/**
 * The pure rules of sales contests: definitions, what counts, the lifecycle, ranking, team scores,
 * recurrence, prizes and the post-finalisation check. Plain Java over records; no Helidon, JPA, Jedis
 * or Jakarta types, and no clock reads: every instant is passed in. Storage, Redis and HTTP wrap these
 * rules in {@code dev.pacesetter.contests.service}.
 *
 * <h2>How a service uses it</h2>
 * <ol>
 *   <li>Build a {@link dev.pacesetter.contests.ContestDefinition} from the request; its records refuse
 *       what cannot run with a {@link dev.pacesetter.contests.ContestRuleException} naming the field.
 *       Start it with {@link dev.pacesetter.contests.Contest#draft} and move it with
 *       {@link dev.pacesetter.contests.ContestLifecycle#apply}; a scheduler asks
 *       {@link dev.pacesetter.contests.ContestLifecycle#due} and claims the step in the database.</li>
 *   <li>For each ledger activity, {@link dev.pacesetter.contests.ActivityRules#evaluate} says whether it
 *       counts and what it adds (the projection's increment); {@link dev.pacesetter.contests.ScoreTally}
 *       recomputes a participant's {@link dev.pacesetter.contests.Entry} from the ledger (rebuilds,
 *       non-additive metrics, races to target). A team battle folds member entries with
 *       {@link dev.pacesetter.contests.TeamScores}.</li>
 *   <li>{@link dev.pacesetter.contests.Standings#rank} ranks entries; {@link dev.pacesetter.contests.Progress}
 *       answers "how far to the next rank, to a prize"; {@link dev.pacesetter.contests.PrizeAward}
 *       decides the {@link dev.pacesetter.contests.Outcome} at finalisation, and
 *       {@link dev.pacesetter.contests.WinnerCheck} compares it with a later correction's.</li>
 *   <li>Recurring contests get their next period from {@link dev.pacesetter.contests.Recurrence}.</li>
 * </ol>
 *
 * <h2>Scores are whole units</h2>
 * Every score is a {@code long} count of the contest's unit ({@link dev.pacesetter.contests.ScoreScale}):
 * activities, points, minor currency units, millionths of a participant's own target, and thousandths
 * of that for team averages. Goals round up into units, so "score &ge; goal" means the goal was reached.
 * Nothing is a floating-point number until the Redis boundary, and there it is exact.
 *
 * <h2>One total order</h2>
 * {@link dev.pacesetter.contests.StandingOrder} is the only order of any listing: higher score, then
 * whoever reached it first ({@link dev.pacesetter.contests.ReachedAt}: the occurrence instant of the
 * activity that made the score, then its ledger position, which is unique), then, only for entrants
 * credited by one and the same ledger entry or not scored at all, the entrant id in UTF-8 byte order.
 * Tie rules never reorder; they decide which neighbours share a rank (STANDARD 1224, DENSE 1223,
 * FIRST_TO_REACH distinct except for those last-resort cases, which share). Business time comes before
 * ledger position because the grace period exists for late activity: a deal synced an hour late still
 * happened first.
 *
 * <h2>Redis: a secondary key in the member, not in the score</h2>
 * Packing (score, reached-at) into the one double a sorted set holds is not exact at our ranges. A
 * double holds integers exactly up to 2<sup>53</sup>. A time component for a contest of up to 400 days
 * takes 25 bits in seconds (35 in milliseconds), leaving 28 bits for the score: $2.7M in cents, which a
 * team's quarter of deals passes easily, and not even one percent-of-target team average at 100 %
 * (10<sup>9</sup> units). Worse, seconds cannot separate two activities in the same second, which batch
 * imports produce all the time, and the ledger position that does separate them is unbounded. Any
 * split of the 53 bits leaves ties that Redis breaks by member name, exactly the accidental order these
 * rules forbid. So
 * {@link dev.pacesetter.contests.SortedSetKey} keeps the exact (negated) score as the double and puts a
 * fixed-width, byte-sortable encoding of the reached-at moment in front of the entrant id in the
 * member. Redis orders equal scores by memcmp of members, so ZRANGE order is StandingOrder for every
 * score within &plusmn;2<sup>53</sup> and every instant and position; a property test holds the two
 * comparators to each other. The cost: the member changes when the score does, so an update is a
 * small Lua script (old member from a hash, ZREM, ZADD, HSET) on one hash-tagged slot.
 *
 * <h2>A million entrants: fold, then rank by counts</h2>
 * The projection never recounts an entrant's history for an ordinary activity: Redis keeps each
 * entrant's {@link dev.pacesetter.contests.TallyState} (score, raw score, latest counted activity) and
 * {@link dev.pacesetter.contests.ScoreTally#fold} applies the next activity to it, declining (so the
 * caller recounts just that entrant) exactly where a fold could differ from a recount: corrections,
 * and activity landing before the latest counted one under a capped or percent score. Reads never
 * rank the field in Java: {@link dev.pacesetter.contests.Placing} ranks one entrant from counts Redis
 * answers in O(log n): STANDARD is one plus ZCOUNT of strictly better scores; DENSE is one plus the
 * number of strictly better <em>distinct</em> scores, counted in a second sorted set that holds each
 * score present once (with a hash counting its holders, so a score leaves the set when its last
 * holder does); FIRST_TO_REACH is the position (ZRANK), entrants who never scored sharing the first
 * of theirs. Percentile and distances to the next rank or a prize need one more ZRANGE or ZCOUNT.
 *
 * <h2>Corrections, lateness and time</h2>
 * A reversal repeats the original's facts and cancels it; an amendment is a reversal plus a new
 * activity. Activity counts when it occurred in the contest's period and reached the ledger before the
 * grace period ended; a correction arriving later does not move frozen standings but is reported by
 * {@link dev.pacesetter.contests.WinnerCheck}. Wall-clock times resolve one way everywhere: a time
 * skipped by DST means the end of the gap, a repeated one its first occurrence.
 */
package dev.pacesetter.contests;
