package dev.pacesetter.contests;

import java.math.BigDecimal;

/**
 * How a contest is won. Goals are in the contest's natural unit: activities, points, currency units of
 * the metric, or percent of target when scoring is {@link Scoring#PERCENT_OF_TARGET}
 * (see {@link ScoreScale#toUnits}).
 */
public sealed interface ContestKind {

    /** At most this many winners a kind may name, to keep prize cost bounded. */
    int MAX_WINNERS = 1000;

    /** The stable code used in messages and on the wire, e.g. {@code LEADERBOARD_RACE}. */
    String code();

    /** Whether individuals or teams enter. */
    default Entrant entrant() {
        return Entrant.INDIVIDUAL;
    }

    /** Who enters a contest. */
    enum Entrant { INDIVIDUAL, TEAM }

    /**
     * The top {@code winners} by final rank win.
     *
     * @param winners how many ranks win, 1..1000
     */
    record LeaderboardRace(int winners) implements ContestKind {
        /** Validates the winner count. */
        public LeaderboardRace {
            Checks.between(winners, 1, MAX_WINNERS, "kind.winners");
        }

        @Override
        public String code() {
            return "LEADERBOARD_RACE";
        }
    }

    /**
     * The first {@code winners} to reach {@code goal} win, in the order they reached it.
     *
     * @param goal               the score to reach, above zero
     * @param winners            how many finishers win, 1..1000
     * @param endWhenPrizesTaken whether the contest ends early once the last finisher's prize is taken
     */
    record RaceToTarget(BigDecimal goal, int winners, boolean endWhenPrizesTaken) implements ContestKind {
        /** Validates the goal and the winner count. */
        public RaceToTarget {
            requirePositive(goal);
            Checks.between(winners, 1, MAX_WINNERS, "kind.winners");
        }

        @Override
        public String code() {
            return "RACE_TO_TARGET";
        }
    }

    /**
     * Everyone who reaches {@code goal} wins.
     *
     * @param goal the score to reach, above zero
     */
    record Threshold(BigDecimal goal) implements ContestKind {
        /** Validates the goal. */
        public Threshold {
            requirePositive(goal);
        }

        @Override
        public String code() {
            return "THRESHOLD";
        }
    }

    /**
     * A duel: the challenger names an opponent, who accepts or declines. The higher score wins; a tie
     * that the tie rule does not break is a draw.
     *
     * @param challenger the participant who issued the challenge
     * @param opponent   the participant challenged
     */
    record HeadToHead(String challenger, String opponent) implements ContestKind {
        /** Validates that two different participants are named. */
        public HeadToHead {
            challenger = Checks.text(challenger, "kind.challenger", 100);
            opponent = Checks.text(opponent, "kind.opponent", 100);
            Checks.require(!challenger.equals(opponent), "kind.opponent", "must differ from the challenger");
        }

        @Override
        public String code() {
            return "HEAD_TO_HEAD";
        }
    }

    /**
     * Teams compete on the sum or the average of their participating members' scores; the top
     * {@code winners} teams by rank win.
     *
     * @param aggregation how member scores make the team score
     * @param winners     how many team ranks win, 1..1000
     */
    record TeamBattle(TeamAggregation aggregation, int winners) implements ContestKind {
        /** Validates the aggregation and the winner count. */
        public TeamBattle {
            Checks.present(aggregation, "kind.aggregation");
            Checks.between(winners, 1, MAX_WINNERS, "kind.winners");
        }

        @Override
        public String code() {
            return "TEAM_BATTLE";
        }

        @Override
        public Entrant entrant() {
            return Entrant.TEAM;
        }
    }

    private static void requirePositive(BigDecimal goal) {
        Checks.present(goal, "kind.goal");
        Checks.require(goal.signum() > 0, "kind.goal", "must be more than zero, was " + goal.toPlainString());
    }
}
