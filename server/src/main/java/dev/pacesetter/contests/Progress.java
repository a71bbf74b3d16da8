package dev.pacesetter.contests;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.OptionalLong;

/**
 * Where an entrant stands and how far they are from the next step up, for the "you are 3 deals from
 * second place" nudges. All distances are in score units ({@link ScoreScale}) and assume everyone else
 * stands still; an entrant who catches up reaches the score later than the others, which matters under
 * {@link TieRule#FIRST_TO_REACH} (they must pass, not just draw level).
 */
public final class Progress {

    private Progress() {
    }

    /**
     * The share of the other entrants ranked strictly below, 0.0 to 100.0 (rounded down): the leader of
     * ten is at 100.0, the last at 0.0; a lone entrant is at 100.0.
     */
    public static BigDecimal percentile(Standings standings, String entrantId) {
        Standing me = standings.require(entrantId);
        if (standings.size() == 1) {
            return BigDecimal.valueOf(1000, 1);
        }
        long behind = standings.list().stream().filter(s -> s.rank() > me.rank()).count();
        return BigDecimal.valueOf(behind * 100).divide(BigDecimal.valueOf(standings.size() - 1L), 1, RoundingMode.DOWN);
    }

    /** Points needed to move up at least one rank; empty for an entrant ranked first. */
    public static OptionalLong pointsToNextRank(Standings standings, String entrantId) {
        Standing me = standings.require(entrantId);
        return me.rank() == 1 ? OptionalLong.empty() : OptionalLong.of(pointsToRank(standings, entrantId, me.rank() - 1));
    }

    /**
     * Points needed to rank at {@code rank} or better; zero when already there.
     *
     * @param standings the current standings
     * @param entrantId who is asking
     * @param rank      the rank to reach, 1 or more
     */
    public static long pointsToRank(Standings standings, String entrantId, int rank) {
        Checks.require(rank >= 1, "rank", "must be 1 or more");
        Standing me = standings.require(entrantId);
        if (me.rank() <= rank) {
            return 0;
        }
        // Ranked below `rank`, so at least `rank` others are ahead and the index below exists.
        List<Entry> others = standings.entries().stream().filter(e -> !e.entrantId().equals(entrantId)).toList();
        long needed = switch (standings.tieRule()) {
            case STANDARD_COMPETITION -> others.get(rank - 1).score();
            case DENSE -> others.stream().mapToLong(Entry::score).distinct().skip(rank - 1L).findFirst().orElseThrow();
            case FIRST_TO_REACH -> others.get(rank - 1).score() + 1;
        };
        return needed - me.score();
    }

    /**
     * Points to the nearest prize the entrant does not hold yet; empty when none is left to reach.
     * <ul>
     *   <li>by rank (race, team battle): the best prize rank above the current one (any prize rank, and
 *       a score above zero, for an entrant who has not scored);</li>
     *   <li>head-to-head: the points to lead outright;</li>
     *   <li>race to target: the points to the goal, while a finishing prize is still open;</li>
     *   <li>threshold: the points to the next tier.</li>
     * </ul>
     *
     * @param definition the contest
     * @param standings  current standings under the contest's tie rule (capped, in a race to target)
     * @param entrantId  who is asking
     */
    public static OptionalLong pointsToNearestPrize(ContestDefinition definition, Standings standings,
                                                    String entrantId) {
        Standing me = standings.require(entrantId);
        List<Prize> prizes = definition.format().prizes();
        ScoreScale scale = ScoreScale.of(definition);
        return switch (definition.format().kind()) {
            case ContestKind.LeaderboardRace race -> nextPrizeRank(prizes, standings, me);
            case ContestKind.TeamBattle battle -> nextPrizeRank(prizes, standings, me);
            case ContestKind.HeadToHead duel -> prizes.isEmpty() || me.rank() == 1 && !me.tied()
                    ? OptionalLong.empty() : OptionalLong.of(leadBy(standings, me));
            case ContestKind.RaceToTarget race -> {
                long goal = scale.toUnits(race.goal());
                int taken = PrizeAward.finishers(standings, goal).size();
                boolean open = prizes.stream().anyMatch(p -> ((Prize.FirstToTarget) p.condition()).position() > taken);
                yield me.score() >= goal || !open ? OptionalLong.empty() : OptionalLong.of(goal - me.score());
            }
            case ContestKind.Threshold threshold -> prizes.stream()
                    .mapToLong(p -> scale.toUnits(((Prize.Threshold) p.condition()).goal()))
                    .filter(goal -> goal > me.score()).min().stream()
                    .map(goal -> goal - me.score()).findFirst();
        };
    }

    /**
     * A scoring entrant holds the prize of their rank, so the nearest one they lack is the best prize
     * rank above theirs. An entrant without a score holds nothing (see {@link PrizeAward}): for them it
     * is the easiest prize rank, and they need at least a score of one.
     */
    private static OptionalLong nextPrizeRank(List<Prize> prizes, Standings standings, Standing me) {
        boolean scoring = me.score() > 0;
        OptionalLong target = prizes.stream().mapToLong(p -> ((Prize.Rank) p.condition()).rank())
                .filter(rank -> !scoring || rank < me.rank()).max();
        if (target.isEmpty()) {
            return target;
        }
        long toRank = pointsToRank(standings, me.entrantId(), (int) target.getAsLong());
        return OptionalLong.of(scoring ? toRank : Math.max(toRank, 1 - me.score()));
    }

    /** A duel is won by a strictly higher score: level is a draw, or a loss for the later one. */
    private static long leadBy(Standings standings, Standing me) {
        long other = standings.list().stream().filter(s -> s != me).mapToLong(Standing::score).max().orElse(0);
        return Math.max(0, other - me.score()) + 1;
    }
}
