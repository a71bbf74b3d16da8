package dev.pacesetter.contests;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Something a contest awards, and the condition for winning it.
 *
 * @param condition   when the prize is won
 * @param description what the winner gets, e.g. "Dinner for two"
 * @param cashValue   the prize's cash value, when it has one; above zero
 */
public record Prize(Condition condition, String description, Optional<Money> cashValue) {

    /** Validates the prize. */
    public Prize {
        Checks.present(condition, "prize.condition");
        description = Checks.text(description, "prize.description", 200);
        cashValue = Checks.orEmpty(cashValue);
        Checks.require(cashValue.map(Money::positive).orElse(true), "prize.cashValue", "must be more than zero");
    }

    /** A prize for a final rank. */
    public static Prize forRank(int rank, String description, Optional<Money> cashValue) {
        return new Prize(new Rank(rank), description, cashValue);
    }

    /** A prize for everyone reaching a goal. */
    public static Prize forThreshold(BigDecimal goal, String description, Optional<Money> cashValue) {
        return new Prize(new Threshold(goal), description, cashValue);
    }

    /** A prize for the n-th participant to reach a race's goal. */
    public static Prize forFinisher(int position, String description, Optional<Money> cashValue) {
        return new Prize(new FirstToTarget(position), description, cashValue);
    }

    /** When a prize is won. Which conditions a contest may use depends on its kind. */
    public sealed interface Condition {
    }

    /**
     * Won by the entrants holding this final rank (ties share it, per the tie rule).
     *
     * @param rank the rank, 1 or more
     */
    public record Rank(int rank) implements Condition {
        /** Validates the rank. */
        public Rank {
            Checks.between(rank, 1, ContestKind.MAX_WINNERS, "prize.rank");
        }
    }

    /**
     * Won by everyone whose final score reaches the goal, when it is the highest tier they reach.
     *
     * @param goal the score to reach, in the contest's natural unit
     */
    public record Threshold(BigDecimal goal) implements Condition {
        /** Validates the goal. */
        public Threshold {
            Checks.present(goal, "prize.goal");
            Checks.require(goal.signum() > 0, "prize.goal", "must be more than zero");
        }
    }

    /**
     * Won by the entrant who is the {@code position}-th to reach a race's goal.
     *
     * @param position 1 for the first to reach the goal, 2 for the second, ...
     */
    public record FirstToTarget(int position) implements Condition {
        /** Validates the position. */
        public FirstToTarget {
            Checks.between(position, 1, ContestKind.MAX_WINNERS, "prize.position");
        }
    }
}
