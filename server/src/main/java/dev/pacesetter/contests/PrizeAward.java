package dev.pacesetter.contests;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Who wins what, from final standings. Pure: finalisation calls it once on the frozen standings, and
 * {@link WinnerCheck} calls it again on corrected ones.
 *
 * <p><b>Ties at the prize line.</b> Tied entrants share a place, and each receives that place's prize
 * in full. Winners are everyone whose place is within the kind's winner count, so a tie that straddles
 * the last winning rank takes the whole tie in: with three winners and standard ranks 1, 2, 3, 3 there
 * are four winners and two rank-3 prizes ({@link Outcome#extraPrizes()} says so), while ranks 1, 2, 2, 4
 * give two rank-2 prizes and leave the rank-3 prize unawarded. DENSE ranks (1, 2, 2, 3) hand out every
 * rank and add the extra winners on top. Only {@link TieRule#FIRST_TO_REACH} keeps the prize count
 * exact, which is why an organiser with a fixed budget should pick it.
 *
 * <p><b>No score, no prize.</b> Winning by rank (race, team battle, duel) needs a score above zero, so
 * a quiet contest does not hand its prizes to people who did nothing (all tied at zero, all "first").
 */
public final class PrizeAward {

    private PrizeAward() {
    }

    /**
     * The outcome of a contest.
     *
     * @param definition the contest
     * @param standings  final standings, ranked under the contest's tie rule: individuals, or teams in a
     *                   team battle (see {@link TeamScores}); from {@link ScoreTally} in a race to target
     */
    public static Outcome decide(ContestDefinition definition, Standings standings) {
        Format format = definition.format();
        Checks.require(standings.tieRule() == format.tieRule(), "standings",
                "are ranked " + standings.tieRule() + " but the contest ranks " + format.tieRule());
        ScoreScale scale = ScoreScale.of(definition);
        return switch (format.kind()) {
            case ContestKind.LeaderboardRace race -> byRank(format.prizes(), standings, race.winners());
            case ContestKind.TeamBattle battle -> byRank(format.prizes(), standings, battle.winners());
            case ContestKind.HeadToHead duel -> headToHead(format.prizes(), standings, duel);
            case ContestKind.RaceToTarget race ->
                    byFinish(format.prizes(), finishers(standings, scale.toUnits(race.goal())), race.winners());
            case ContestKind.Threshold threshold -> byThreshold(format.prizes(), standings, scale,
                    scale.toUnits(threshold.goal()));
        };
    }

    /**
     * Whether a race to target has given away its last winning place, so that one with
     * {@code endWhenPrizesTaken} may end now. False for every other kind.
     */
    public static boolean allPrizesTaken(ContestDefinition definition, Standings standings) {
        if (!(definition.format().kind() instanceof ContestKind.RaceToTarget race)) {
            return false;
        }
        return finishers(standings, ScoreScale.of(definition).toUnits(race.goal())).size() >= race.winners();
    }

    private static Outcome byRank(List<Prize> prizes, Standings standings, int winnerCount) {
        List<Winner> winners = new ArrayList<>();
        for (Standing standing : standings.list()) {
            if (standing.rank() <= winnerCount && standing.score() > 0) {
                winners.add(new Winner(standing.entrantId(), standing.rank(), standing.tied(),
                        prizesFor(prizes, c -> c instanceof Prize.Rank r && r.rank() == standing.rank())));
            }
        }
        return new Outcome(winners, unawarded(prizes, winners), false);
    }

    private static Outcome headToHead(List<Prize> prizes, Standings standings, ContestKind.HeadToHead duel) {
        Checks.require(standings.size() == 2 && standings.find(duel.challenger()).isPresent()
                && standings.find(duel.opponent()).isPresent(), "standings",
                "a HEAD_TO_HEAD ranks exactly " + duel.challenger() + " and " + duel.opponent());
        Standing first = standings.list().get(0);
        if (first.tied()) {
            return new Outcome(List.of(), prizes, true);
        }
        return byRank(prizes, standings, 1);
    }

    /** Entries at or above the goal, by who reached it first; equal moments share a position. */
    static List<Standing> finishers(Standings standings, long goalUnits) {
        List<Entry> done = standings.entries().stream().filter(e -> e.score() >= goalUnits)
                .sorted(Comparator.comparing(Entry::reachedAt)
                        .thenComparing(Entry::entrantId, StandingOrder::compareIds))
                .toList();
        List<Standing> positions = new ArrayList<>();
        for (int i = 0; i < done.size(); i++) {
            boolean same = i > 0 && done.get(i - 1).reachedAt().equals(done.get(i).reachedAt());
            int position = same ? positions.get(i - 1).rank() : i + 1;
            boolean shared = same || i + 1 < done.size() && done.get(i + 1).reachedAt().equals(done.get(i).reachedAt());
            positions.add(new Standing(position, shared, done.get(i)));
        }
        return positions;
    }

    private static Outcome byFinish(List<Prize> prizes, List<Standing> finishers, int winnerCount) {
        List<Winner> winners = new ArrayList<>();
        for (Standing finisher : finishers) {
            if (finisher.rank() <= winnerCount) {
                winners.add(new Winner(finisher.entrantId(), finisher.rank(), finisher.tied(), prizesFor(prizes,
                        c -> c instanceof Prize.FirstToTarget f && f.position() == finisher.rank())));
            }
        }
        return new Outcome(winners, unawarded(prizes, winners), false);
    }

    private static Outcome byThreshold(List<Prize> prizes, Standings standings, ScoreScale scale, long goal) {
        List<Prize> tiers = prizes.stream()
                .sorted(Comparator.comparing((Prize p) -> ((Prize.Threshold) p.condition()).goal()).reversed())
                .toList();
        List<Winner> winners = new ArrayList<>();
        for (Standing standing : standings.list()) {
            if (standing.score() >= goal) {
                Optional<Prize> tier = tiers.stream()
                        .filter(p -> scale.toUnits(goalOf(p)) <= standing.score()).findFirst();
                winners.add(new Winner(standing.entrantId(), standing.rank(), standing.tied(), tier.stream().toList()));
            }
        }
        return new Outcome(winners, unawarded(prizes, winners), false);
    }

    private static BigDecimal goalOf(Prize prize) {
        return ((Prize.Threshold) prize.condition()).goal();
    }

    private static List<Prize> prizesFor(List<Prize> prizes, Predicate<Prize.Condition> wins) {
        return prizes.stream().filter(p -> wins.test(p.condition())).toList();
    }

    private static List<Prize> unawarded(List<Prize> prizes, List<Winner> winners) {
        return prizes.stream().filter(p -> winners.stream().noneMatch(w -> w.prizes().contains(p))).toList();
    }
}
