package dev.pacesetter.contests;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.OptionalLong;
import java.util.function.IntToLongFunction;
import java.util.function.LongUnaryOperator;

/**
 * One entrant's rank worked out from counts over the whole field instead of the whole list, so a
 * store that can count (a Redis sorted set: ZRANK, ZCOUNT) ranks a million entrants without loading
 * them. Gives exactly what {@link Standings#rank} gives:
 * <ul>
 *   <li>STANDARD_COMPETITION ("1224"): one plus the entrants with a strictly higher score;</li>
 *   <li>DENSE ("1223"): one plus the distinct scores strictly higher than this one;</li>
 *   <li>FIRST_TO_REACH: the position in {@link StandingOrder}, except that entrants who never scored
 *       (score zero, reached {@link ReachedAt#FROM_START}) share the rank of the first of them. Two
 *       scoring entrants never share a {@link ReachedAt}: each ledger entry is credited to one user.</li>
 * </ul>
 *
 * @param entry          the entrant's entry
 * @param index          its zero-based position in {@link StandingOrder}
 * @param better         how many entrants have a strictly higher score
 * @param distinctBetter how many distinct scores are strictly higher
 * @param same           how many entrants have this score, this one included
 */
public record Placing(Entry entry, long index, long better, long distinctBetter, long same) {

    /** Validates the counts. */
    public Placing {
        Checks.present(entry, "entry");
        Checks.require(index >= 0 && better >= 0 && distinctBetter >= 0 && same >= 1, "placing",
                "counts must not be negative, and the entrant counts itself");
        Checks.require(better <= index && index < better + same, "placing", "index must fall among equal scores");
    }

    private boolean groupedFromStart(TieRule rule) {
        return rule != TieRule.FIRST_TO_REACH || entry.reachedAt().equals(ReachedAt.FROM_START);
    }

    /** The entrant's standing under the tie rule. */
    public Standing standing(TieRule rule) {
        long rank = switch (rule) {
            case STANDARD_COMPETITION -> better + 1;
            case DENSE -> distinctBetter + 1;
            case FIRST_TO_REACH -> groupedFromStart(rule) ? better + 1 : index + 1;
        };
        boolean tied = groupedFromStart(rule) && same > 1;
        return new Standing(Math.toIntExact(rank), tied, entry);
    }

    /** How many of {@code total} entrants rank strictly below this one. */
    public long behind(TieRule rule, long total) {
        return groupedFromStart(rule) ? total - better - same : total - index - 1;
    }

    /**
     * The share of the other entrants ranked strictly below, as {@link Progress#percentile}: 0.0 to
     * 100.0 rounded down; a lone entrant is at 100.0.
     */
    public BigDecimal percentile(TieRule rule, long total) {
        if (total == 1) {
            return BigDecimal.valueOf(1000, 1);
        }
        return BigDecimal.valueOf(behind(rule, total) * 100).divide(BigDecimal.valueOf(total - 1), 1, RoundingMode.DOWN);
    }

    /**
     * The points to rank at {@code rank} or better, as {@link Progress#pointsToRank}, given the score
     * of the entrant the caller must draw level with: under STANDARD and FIRST_TO_REACH the one at
     * position {@code rank} of the listing (zero-based {@code rank - 1}), under DENSE the
     * {@code rank}-th distinct score. Those never count this entrant, who ranks below {@code rank}.
     */
    public static long pointsToRank(TieRule rule, Standing me, int rank, long scoreToMatch) {
        if (me.rank() <= rank) {
            return 0;
        }
        return (rule == TieRule.FIRST_TO_REACH ? scoreToMatch + 1 : scoreToMatch) - me.score();
    }

    /**
     * The points to the nearest prize not held yet, as {@link Progress#pointsToNearestPrize}, for the
     * kinds that can have a large field (leaderboard race, race to target, threshold); empty for the
     * others, which the caller ranks in memory (a duel has two entrants, a team battle few teams).
     *
     * @param definition    the contest
     * @param me            the entrant's standing
     * @param scoreToMatch  for a rank, the score {@link #pointsToRank} must draw level with
     * @param finishers     how many entrants have reached a race's goal (score at least the goal)
     */
    public static OptionalLong pointsToNearestPrize(ContestDefinition definition, Standing me,
                                                    IntToLongFunction scoreToMatch, LongUnaryOperator finishers) {
        List<Prize> prizes = definition.format().prizes();
        ScoreScale scale = ScoreScale.of(definition);
        TieRule rule = definition.format().tieRule();
        return switch (definition.format().kind()) {
            case ContestKind.LeaderboardRace race -> {
                boolean scoring = me.score() > 0;
                OptionalLong target = prizes.stream().mapToLong(p -> ((Prize.Rank) p.condition()).rank())
                        .filter(rank -> !scoring || rank < me.rank()).max();
                if (target.isEmpty()) {
                    yield target;
                }
                int rank = (int) target.getAsLong();
                long toRank = me.rank() <= rank ? 0 : pointsToRank(rule, me, rank, scoreToMatch.applyAsLong(rank));
                yield OptionalLong.of(scoring ? toRank : Math.max(toRank, 1 - me.score()));
            }
            case ContestKind.RaceToTarget race -> {
                long goal = scale.toUnits(race.goal());
                long taken = finishers.applyAsLong(goal);
                boolean open = prizes.stream().anyMatch(p -> ((Prize.FirstToTarget) p.condition()).position() > taken);
                yield me.score() >= goal || !open ? OptionalLong.empty() : OptionalLong.of(goal - me.score());
            }
            case ContestKind.Threshold threshold -> prizes.stream()
                    .mapToLong(p -> scale.toUnits(((Prize.Threshold) p.condition()).goal()))
                    .filter(goal -> goal > me.score()).min().stream()
                    .map(goal -> goal - me.score()).findFirst();
            case ContestKind.HeadToHead duel -> OptionalLong.empty();
            case ContestKind.TeamBattle battle -> OptionalLong.empty();
        };
    }
}
