package dev.pacesetter.contests;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * How a contest is played: its kind, what the score is compared on, how ties rank, and its prizes.
 *
 * <p>Which prize conditions fit is decided by the kind: ranks for a leaderboard race, a team battle and
 * a head-to-head (rank 1 only), finishing positions for a race to target, goals (tiers) for a threshold.
 *
 * @param kind     how the contest is won
 * @param scoring  raw score or percent of each participant's own target
 * @param tieRule  how equal scores rank; {@link TieRule#STANDARD_COMPETITION} when null
 * @param prizes   the prizes, in the order they are listed; may be empty (bragging rights only)
 */
public record Format(ContestKind kind, Scoring scoring, TieRule tieRule, List<Prize> prizes) {

    /** Validates the prizes against the kind. */
    public Format {
        Checks.present(kind, "kind");
        Checks.present(scoring, "scoring");
        tieRule = tieRule == null ? TieRule.STANDARD_COMPETITION : tieRule;
        prizes = List.copyOf(Checks.present(prizes, "prizes"));
        Set<Object> seen = new HashSet<>();
        for (int i = 0; i < prizes.size(); i++) {
            String field = "prizes[" + i + "].condition";
            Prize.Condition condition = prizes.get(i).condition();
            checkFits(kind, condition, field);
            Checks.require(seen.add(normalised(condition)), field, "repeats an earlier prize's condition");
        }
    }

    private static void checkFits(ContestKind kind, Prize.Condition condition, String field) {
        switch (kind) {
            case ContestKind.LeaderboardRace race -> rankWithin(condition, race.winners(), kind, field);
            case ContestKind.TeamBattle battle -> rankWithin(condition, battle.winners(), kind, field);
            case ContestKind.HeadToHead duel -> rankWithin(condition, 1, kind, field);
            case ContestKind.RaceToTarget race -> {
                Checks.require(condition instanceof Prize.FirstToTarget, field,
                        "a RACE_TO_TARGET awards by finishing position");
                int position = ((Prize.FirstToTarget) condition).position();
                Checks.require(position <= race.winners(), field,
                        "position " + position + " is beyond the race's " + race.winners() + " winners");
            }
            case ContestKind.Threshold threshold -> {
                Checks.require(condition instanceof Prize.Threshold, field, "a THRESHOLD awards by goal");
                Checks.require(((Prize.Threshold) condition).goal().compareTo(threshold.goal()) >= 0, field,
                        "a tier's goal must be at least the contest goal " + threshold.goal().toPlainString());
            }
        }
    }

    private static void rankWithin(Prize.Condition condition, int winners, ContestKind kind, String field) {
        Checks.require(condition instanceof Prize.Rank, field, "a " + kind.code() + " awards by rank");
        int rank = ((Prize.Rank) condition).rank();
        Checks.require(rank <= winners, field, "rank " + rank + " is beyond the " + winners + " winning ranks");
    }

    /** Goals 100 and 100.0 are the same tier. */
    private static Object normalised(Prize.Condition condition) {
        return condition instanceof Prize.Threshold t ? t.goal().stripTrailingZeros() : condition;
    }
}
